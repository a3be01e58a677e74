#include "store/Project.h"

#include "features/Translation.h"
#include "pipeline/JobContext.h"
#include "store/Schema.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ltv::store {

Project::Project(Database db, QString path)
    : db_(std::move(db))
    , path_(std::move(path))
{}

namespace {
// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::store::Project", "ltv::store"}, text);
}
} // namespace

Project Project::open(const QString &path, bool create)
{
    return prepare(Database(path, create), path);
}

namespace {
// How long opening waits for another connection's lock in total; the same as
// the connection's busy timeout (store::Database).
constexpr qint64 kOpenWaitMs = 5000;
// Short naps, so that a cancelled job stops waiting within this many ms.
constexpr qint64 kNapMs = 20;

struct LockWait
{
    const pipeline::JobContext *job;
    QDeadlineTimer deadline;
    bool reported = false;
};

// SQLite's busy handler: non-zero means "try again".
int waitForLock(void *data, int /*attempts*/)
{
    auto *wait = static_cast<LockWait *>(data);
    if (wait->job->isCancelled() || wait->deadline.hasExpired())
        return 0;
    if (!wait->reported) {
        wait->reported = true;
        wait->job->setProgress(0.0, tr("Waiting for another program to finish writing the project"));
    }
    QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(wait->deadline.remainingTime(), 1, kNapMs)));
    return 1;
}
} // namespace

Project Project::open(const QString &path, bool create, const pipeline::JobContext &job)
{
    Database db(path, create);
    LockWait wait{&job, QDeadlineTimer(kOpenWaitMs)};
    sqlite3_busy_handler(db.handle(), &waitForLock, &wait);
    try {
        Project project = prepare(std::move(db), path);
        project.db_.setBusyTimeout(static_cast<int>(kOpenWaitMs)); // replaces waitForLock
        return project;
    } catch (const SqlError &) {
        job.throwIfCancelled();
        throw;
    }
}

Project Project::prepare(Database db, const QString &path)
{
    try {
        // 16 KiB pages for a new file (ignored for an existing one): large imports
        // write a third fewer pages and page headers than with the 4 KiB default.
        db.exec("PRAGMA page_size = 16384");
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA synchronous = NORMAL");
        migrate(db);
    } catch (const SqlError &error) {
        // A large import by another program holds the file for its whole
        // transaction (see io::BulkImportJournal); say so in plain words.
        if ((error.code() & 0xff) == SQLITE_BUSY || (error.code() & 0xff) == SQLITE_LOCKED)
            throw SqlError(tr("%1 is being written by another program, for example an import. Open it again when "
                              "that has finished.")
                               .arg(path)
                               .toStdString(),
                           error.code());
        throw;
    }
    return Project(std::move(db), path);
}

std::int64_t Project::transactionCount() const
{
    return db_.scalarInt("SELECT count(*) FROM transactions");
}

std::int64_t Project::customerCount() const
{
    return db_.scalarInt("SELECT count(*) FROM customers");
}

std::int64_t Project::productCount() const
{
    return db_.scalarInt("SELECT count(*) FROM products");
}

std::int64_t Project::amountMinorTotal() const
{
    return db_.scalarInt("SELECT ifnull(sum(amount_minor), 0) FROM transactions");
}

namespace {
ImportRecord readImport(const Statement &s)
{
    ImportRecord r;
    r.id = s.columnInt(0);
    r.kind = s.columnText(1);
    r.sourceFile = s.columnText(2);
    r.contentHash = s.columnText(3);
    r.mappingJson = s.columnText(4);
    r.rowsRead = s.columnInt(5);
    r.rowsImported = s.columnInt(6);
    r.rowsRejected = s.columnInt(7);
    r.rowsDuplicate = s.columnInt(8);
    r.importedAt = QDateTime::fromString(s.columnText(9), Qt::ISODate);
    return r;
}
constexpr const char *kImportColumns = "SELECT id, kind, source_file, content_hash, mapping_json, rows_read, "
                                       "rows_imported, rows_rejected, rows_duplicate, imported_at FROM imports ";
} // namespace

QList<ImportRecord> Project::importHistory() const
{
    QList<ImportRecord> records;
    Statement s = db_.prepare(std::string(kImportColumns) + "ORDER BY id");
    while (s.step())
        records << readImport(s);
    return records;
}

std::optional<ImportRecord> Project::findImport(const QString &contentHash, const QString &kind) const
{
    Statement s = db_.prepare(std::string(kImportColumns) + "WHERE content_hash = ?1 AND kind = ?2 ORDER BY id");
    s.bind(1, contentHash).bind(2, kind);
    if (s.step())
        return readImport(s);
    return std::nullopt;
}

QByteArray Project::pseudonymSecret()
{
    Statement select = db_.prepare("SELECT value FROM settings WHERE key = 'pseudonym_secret'");
    if (select.step())
        return select.columnBlob(0);
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), 8);
    Statement insert = db_.prepare("INSERT INTO settings (key, value) VALUES ('pseudonym_secret', ?1)");
    insert.bindBlob(1, secret).execute();
    return secret;
}

features::TransactionSet Project::loadTransactionSet() const
{
    features::TransactionSet set;
    QHash<std::int64_t, std::int32_t> customerIndex;
    {
        Statement s = db_.prepare("SELECT id, external_id FROM customers ORDER BY id");
        while (s.step()) {
            customerIndex.insert(s.columnInt(0), set.customerCount());
            set.customerIds << s.columnText(1);
        }
    }
    QHash<std::int64_t, std::int32_t> productIndex;
    {
        Statement s = db_.prepare("SELECT id, code FROM products ORDER BY id");
        while (s.step()) {
            productIndex.insert(s.columnInt(0), static_cast<std::int32_t>(set.productNames.size()));
            set.productNames << s.columnText(1);
        }
    }
    {
        Statement s =
            db_.prepare("SELECT customer_id, name, value FROM customer_attributes ORDER BY name, customer_id");
        QHash<QString, qsizetype> attributeIndex;
        while (s.step()) {
            const QString name = s.columnText(1);
            auto it = attributeIndex.find(name);
            if (it == attributeIndex.end()) {
                it = attributeIndex.insert(name, set.attributeNames.size());
                set.attributeNames << name;
                QStringList empty;
                empty.resize(set.customerIds.size());
                set.attributeValues.push_back(empty);
            }
            set.attributeValues[static_cast<std::size_t>(*it)][customerIndex.value(s.columnInt(0))] = s.columnText(2);
        }
    }
    set.reserve(static_cast<std::size_t>(transactionCount()));
    QHash<QByteArray, std::int32_t> orderIndex;
    Statement s = db_.prepare("SELECT customer_id, day, amount_minor, quantity, product_id, invoice, is_return "
                              "FROM transactions ORDER BY customer_id, day, id");
    while (s.step()) {
        std::int32_t order = -1;
        const std::string_view invoice = s.columnUtf8(5);
        if (!invoice.empty()) {
            const QByteArray key(invoice.data(), static_cast<qsizetype>(invoice.size()));
            auto it = orderIndex.find(key);
            if (it == orderIndex.end())
                it = orderIndex.insert(key, static_cast<std::int32_t>(orderIndex.size()));
            order = *it;
        }
        const std::int32_t product = productIndex.value(s.columnInt(4), -1);
        set.append(customerIndex.value(s.columnInt(0)), static_cast<Day>(s.columnInt(1)),
                   static_cast<double>(s.columnInt(2)) / 100.0, static_cast<float>(s.columnDouble(3)), product, order,
                   s.columnInt(6) != 0);
    }
    set.sortByCustomerAndDay();
    return set;
}

QList<CustomerDataset> Project::customerDatasets() const
{
    QList<CustomerDataset> datasets;
    Statement list = db_.prepare("SELECT id, name, columns_json, target_column FROM customer_datasets ORDER BY id");
    while (list.step()) {
        CustomerDataset d;
        d.id = list.columnInt(0);
        d.name = list.columnText(1);
        for (const QJsonValue &v : QJsonDocument::fromJson(list.columnText(2).toUtf8()).array())
            d.columns << v.toString();
        d.targetColumn = list.isNull(3) ? QString() : list.columnText(3);
        datasets << d;
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (CustomerDataset &d : datasets) {
        Statement s = db_.prepare("SELECT c.external_id, v.customer_id, v.column_index, v.value "
                                  "FROM customer_dataset_values v JOIN customers c ON c.id = v.customer_id "
                                  "WHERE v.dataset_id = ?1 ORDER BY v.customer_id, v.column_index");
        s.bind(1, d.id);
        std::int64_t currentCustomer = -1;
        const auto width = static_cast<std::size_t>(d.columns.size());
        while (s.step()) {
            if (s.columnInt(1) != currentCustomer) {
                currentCustomer = s.columnInt(1);
                d.customerIds << s.columnText(0);
                d.values.resize(d.values.size() + width, nan);
                if (!d.targetColumn.isEmpty())
                    d.target.push_back(nan);
            }
            const std::int64_t column = s.columnInt(2);
            const int type = s.columnType(3);
            const bool numeric = type == 1 /*SQLITE_INTEGER*/ || type == 2 /*SQLITE_FLOAT*/;
            const double value = numeric ? s.columnDouble(3) : nan;
            if (column < 0)
                d.target.back() = value;
            else if (static_cast<std::size_t>(column) < width)
                d.values[d.values.size() - width + static_cast<std::size_t>(column)] = value;
        }
    }
    return datasets;
}

QStringList Project::exportableTables() const
{
    QStringList tables;
    Statement s = db_.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') "
                              "AND name NOT LIKE 'sqlite_%' AND name <> 'settings' ORDER BY name");
    while (s.step())
        tables << s.columnText(0);
    return tables;
}

QString Project::exportQuery(const QString &table) const
{
    if (!exportableTables().contains(table))
        return {};
    if (table == u"transactions")
        return QStringLiteral(
            "SELECT c.external_id AS customer, date(t.day * 86400, 'unixepoch') AS date, "
            "printf('%s%d.%02d', CASE WHEN t.amount_minor < 0 THEN '-' ELSE '' END, abs(t.amount_minor) / 100, "
            "abs(t.amount_minor) % 100) AS amount, t.quantity AS quantity, t.invoice AS invoice, "
            "ifnull(p.code, '') AS product, t.is_return AS is_return "
            "FROM transactions t JOIN customers c ON c.id = t.customer_id "
            "LEFT JOIN products p ON p.id = t.product_id ORDER BY t.id");
    if (table == u"customers")
        return QStringLiteral("SELECT external_id AS customer FROM customers ORDER BY id");
    if (table == u"customer_attributes")
        return QStringLiteral("SELECT c.external_id AS customer, a.name AS name, a.value AS value "
                              "FROM customer_attributes a JOIN customers c ON c.id = a.customer_id "
                              "ORDER BY a.customer_id, a.name");
    // The name is one of the project's own tables (checked above), so quoting it is safe.
    return QStringLiteral("SELECT * FROM \"%1\"").arg(table);
}

} // namespace ltv::store
