#include "io/Importer.h"
#include "features/Translation.h"

#include "io/ColumnMapping.h"
#include "io/DateParser.h"
#include "io/ImportFormats.h"
#include "io/ImportLayout.h"
#include "io/Pseudonymizer.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <string>
#include <unordered_map>

namespace ltv::io {

namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::io", "ltv::io::RowParser"}, text);
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Looks up or inserts rows of a (id, text UNIQUE) table, caching in memory.
class KeyTable
{
public:
    KeyTable(store::Database &db, const char *selectAll, const char *insert)
        : insert_(db.prepare(insert))
        , db_(db)
    {
        store::Statement s = db.prepare(selectAll);
        while (s.step())
            ids_.emplace(std::string(s.columnUtf8(1)), s.columnInt(0));
    }
    std::int64_t idFor(const std::string &key, bool *added)
    {
        auto it = ids_.find(key);
        if (it != ids_.end())
            return it->second;
        insert_.bindText(1, key);
        insert_.execute();
        const std::int64_t id = db_.lastInsertRowId();
        ids_.emplace(key, id);
        *added = true;
        return id;
    }

private:
    std::unordered_map<std::string, std::int64_t> ids_;
    store::Statement insert_;
    store::Database &db_;
};

struct ParsedRow
{
    std::string customer;
    Day day = 0;
    std::int64_t amountMinor = 0;
    double quantity = 1.0;
    std::string_view invoice;
    std::string_view product;
    bool isReturn = false;
};

class RowParser
{
public:
    RowParser(const ImportLayout &layout, const ColumnMapping &mapping, DateOrder order, DecimalSeparator decimal)
        : layout_(layout)
        , m_(mapping)
        , order_(order)
        , decimal_(decimal)
    {}

    // Fills row or returns false with (column, reason) set.
    bool parse(const CsvRecord &record, ParsedRow *row, QString *column, QString *reason) const
    {
        const auto &f = record.fields;
        if (!record.error.isEmpty()) {
            *reason = record.error;
            return false;
        }
        if (layout_.hasHeader && f.size() > static_cast<std::size_t>(layout_.columns.size())) {
            for (std::size_t i = static_cast<std::size_t>(layout_.columns.size()); i < f.size(); ++i)
                if (!trimmed(f[i]).empty()) {
                    *reason = tr("the row has %1 fields, the header %2").arg(f.size()).arg(layout_.columns.size());
                    return false;
                }
        }
        const auto field = [&](int index) -> std::string_view {
            return index >= 0 && static_cast<std::size_t>(index) < f.size()
                       ? trimmed(f[static_cast<std::size_t>(index)])
                       : std::string_view();
        };
        const auto fail = [&](int index, const QString &why) {
            *column = name(index);
            *reason = why;
            return false;
        };
        const std::string_view customer = field(m_.customer);
        if (customer.empty())
            return fail(m_.customer, static_cast<std::size_t>(m_.customer) < f.size() ? tr("empty customer id")
                                                                                      : tr("missing field"));
        if (!isValidUtf8(QByteArrayView(customer.data(), static_cast<qsizetype>(customer.size()))))
            return fail(m_.customer, tr("not valid text in the file's encoding"));
        row->customer.assign(customer);
        const std::string_view date = field(m_.date);
        if (date.empty())
            return fail(m_.date, tr("empty date"));
        if (!parseDate(date, order_, &row->day))
            return fail(m_.date,
                        tr("'%1' is not a date in the format %2").arg(fromUtf8(date), DateFormat{order_}.pattern()));
        row->quantity = 1.0;
        if (m_.quantity >= 0) {
            const std::string_view q = field(m_.quantity);
            if (!parseNumber(q, decimal_, &row->quantity))
                return fail(m_.quantity,
                            q.empty() ? tr("empty quantity") : tr("'%1' is not a number").arg(fromUtf8(q)));
        }
        if (m_.amount >= 0) {
            const std::string_view a = field(m_.amount);
            if (!parseMinorUnits(a, decimal_, &row->amountMinor))
                return fail(m_.amount, a.empty() ? tr("empty amount") : tr("'%1' is not an amount").arg(fromUtf8(a)));
        } else {
            const std::string_view p = field(m_.unitPrice);
            std::int64_t priceMicro = 0; // unit price in 1e-6 units
            if (!parseScaled(p, decimal_, 6, &priceMicro))
                return fail(m_.unitPrice, p.empty() ? tr("empty price") : tr("'%1' is not a price").arg(fromUtf8(p)));
            const long double cents =
                static_cast<long double>(row->quantity) * static_cast<long double>(priceMicro) / 1e4L;
            if (!std::isfinite(static_cast<double>(cents)) || std::fabs(static_cast<double>(cents)) > 9e15)
                return fail(m_.unitPrice, tr("amount out of range"));
            row->amountMinor = static_cast<std::int64_t>(std::llround(cents));
        }
        row->invoice = field(m_.invoice);
        row->product = field(m_.product);
        for (std::string_view text : {row->invoice, row->product})
            if (!isValidUtf8(QByteArrayView(text.data(), static_cast<qsizetype>(text.size()))))
                return fail(text.data() == row->invoice.data() ? m_.invoice : m_.product,
                            tr("not valid text in the file's encoding"));
        // Returns: a negative quantity or amount, or a cancellation invoice ("C536379").
        row->isReturn = row->quantity < 0 || row->amountMinor < 0 || (!row->invoice.empty() && row->invoice[0] == 'C');
        if (row->isReturn) { // stored negative so that sums give net revenue
            row->amountMinor = -std::llabs(row->amountMinor);
            row->quantity = -std::fabs(row->quantity);
        }
        return true;
    }

    QString name(int index) const
    {
        return index >= 0 && index < layout_.columns.size() ? layout_.columns[index] : tr("column %1").arg(index + 1);
    }

private:
    const ImportLayout &layout_;
    const ColumnMapping &m_;
    DateOrder order_;
    DecimalSeparator decimal_;
};

} // namespace

ImportReport importTransactions(store::Project &project, const QString &path, const ImportOptions &options,
                                const pipeline::JobContext &job)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.sourceFile = QFileInfo(path).fileName();
        report.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    return importTransactions(project, file, QFileInfo(path).fileName(), options, job);
}

ImportReport importTransactions(store::Project &project, QIODevice &file, const QString &sourceName,
                                const ImportOptions &options, const pipeline::JobContext &job)
{
    ImportReport report;
    report.sourceFile = sourceName;
    report.pseudonymized = options.pseudonymize;
    ImportLayout layout;
    if (!resolveLayout(file, options, &layout, &report.error))
        return report;
    report.encoding = encodingName(layout.encoding);
    report.delimiter = delimiterName(layout.dialect);
    report.hasHeader = layout.hasHeader;

    ColumnMapping mapping;
    if (!applyMappingSpecs(options.mapping, layout.columns, &mapping, &report.error))
        return report;
    suggestMapping(layout.columns, layout.hasHeader, layout.sampleRows, &mapping);
    report.mapping = mapping.describe(layout.columns);
    if (const QString missing = mapping.missingRoles(); !missing.isEmpty()) {
        report.error = tr("no column found for: %1. Map it with --map role=COLUMN (columns: %2)")
                           .arg(missing, layout.columns.join(QStringLiteral(", ")));
        return report;
    }
    DateOrder order = DateOrder::Unknown;
    if (!resolveDateOrder(file, layout, mapping.date, options, &order, &report.error))
        return report;
    report.dateFormat = DateFormat{order}.pattern();
    DecimalSeparator decimal = DecimalSeparator::Point;
    if (!resolveDecimalSeparator(layout, {mapping.amount, mapping.unitPrice, mapping.quantity}, options, &decimal,
                                 &report.error))
        return report;
    report.decimalSeparator = decimalSeparatorName(decimal);
    const RowParser parser(layout, mapping, order, decimal);

    store::Database &db = project.database();
    const QByteArray secret = options.pseudonymize ? project.pseudonymSecret() : QByteArray();
    db.exec("PRAGMA cache_size = -65536"); // 64 MiB: fewer spills of a large import's pages
    // Every id written below was just read from or inserted into its parent
    // table, so the per-row foreign-key lookups would only cost time. They
    // are switched back on however the import ends.
    db.exec("PRAGMA foreign_keys = OFF");
    struct ForeignKeysBackOn
    {
        store::Database &db;
        ~ForeignKeysBackOn()
        {
            try {
                db.exec("PRAGMA foreign_keys = ON");
            } catch (...) {
                // Only fails while a transaction is open, which the destructor order rules out.
            }
        }
    } foreignKeysBackOn{db};
    store::Transaction transaction(db);
    store::Statement insertImport = db.prepare(
        "INSERT INTO imports (kind, source_file, content_hash, mapping_json, rows_read, rows_imported, rows_rejected, "
        "rows_duplicate, imported_at) VALUES ('transactions', ?1, '', ?2, 0, 0, 0, 0, ?3)");
    insertImport.bind(1, report.sourceFile)
        .bind(2, mapping.toJson(layout.columns))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insertImport.execute();
    const std::int64_t importId = db.lastInsertRowId();

    KeyTable customers(db, "SELECT id, external_id FROM customers", "INSERT INTO customers (external_id) VALUES (?1)");
    KeyTable products(db, "SELECT id, code FROM products", "INSERT INTO products (code) VALUES (?1)");
    std::unordered_map<std::string, std::int64_t> pseudonymCache; // raw id -> customer id
    store::Statement insertRow = db.prepare(
        "INSERT OR IGNORE INTO transactions (import_id, customer_id, day, amount_minor, quantity, invoice, product_id, "
        "is_return, occurrence, source_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    // Rows of this import with a given identity, for numbering repeated identical rows.
    store::Statement countSame = db.prepare(
        "SELECT count(*) FROM transactions WHERE customer_id = ?1 AND day = ?2 AND amount_minor = ?3 AND invoice = ?4 "
        "AND product_id = ?5 AND import_id = ?6");
    // Per identity, how many rows of this file were duplicates of rows already stored.
    std::unordered_map<std::string, std::int64_t> duplicatesSeen;
    store::Statement upsertAttribute =
        db.prepare("INSERT OR REPLACE INTO customer_attributes (customer_id, name, value) VALUES (?1, ?2, ?3)");
    // Last attribute values written per customer, so unchanged values cost no write.
    std::unordered_map<std::int64_t, std::vector<std::string>> attributeCache;
    std::vector<QString> attributeNames;
    for (int a : mapping.attributes)
        attributeNames.push_back(parser.name(a));

    QCryptographicHash contentHash(QCryptographicHash::Sha256);
    CsvReader reader(file, layout.encoding, layout.dialect);
    reader.setHash(&contentHash);
    CsvRecord record;
    ParsedRow row;
    std::string lastCustomerKey, productKey;
    std::int64_t lastCustomerId = 0;
    bool headerPending = layout.hasHeader;
    const double totalBytes = std::max<double>(1.0, static_cast<double>(layout.fileSize));
    const QString progressMessage = tr("Importing %1").arg(report.sourceFile);
    while (reader.next(record)) {
        if (headerPending) {
            headerPending = false;
            continue;
        }
        ++report.rowsRead;
        if ((report.rowsRead & 4095) == 0) {
            job.throwIfCancelled();
            job.setProgress(static_cast<double>(reader.bytesRead()) / totalBytes, progressMessage);
        }
        QString column, reason;
        if (!parser.parse(record, &row, &column, &reason)) {
            report.reject(record.line, column, reason);
            if (options.maxErrors >= 0 && report.rowsRejected > options.maxErrors) {
                report.error = tr("more than %1 rows rejected; nothing was imported. Fix the file or the mapping, "
                                  "or raise --max-errors")
                                   .arg(options.maxErrors);
                report.blankLines = reader.blankLines();
                return report; // the transaction rolls back
            }
            continue;
        }
        bool added = false;
        std::int64_t customerId = 0;
        if (row.customer == lastCustomerKey) { // consecutive lines of one invoice
            customerId = lastCustomerId;
        } else {
            if (options.pseudonymize) {
                auto it = pseudonymCache.find(row.customer);
                if (it == pseudonymCache.end())
                    it = pseudonymCache
                             .emplace(row.customer, customers.idFor(pseudonymize(row.customer, secret), &added))
                             .first;
                customerId = it->second;
            } else {
                customerId = customers.idFor(row.customer, &added);
            }
            lastCustomerKey = row.customer;
            lastCustomerId = customerId;
        }
        report.customersAdded += added ? 1 : 0;
        std::int64_t productId = 0;
        if (!row.product.empty()) {
            bool productAdded = false;
            productKey.assign(row.product);
            productId = products.idFor(productKey, &productAdded);
            report.productsAdded += productAdded ? 1 : 0;
        }
        insertRow.bind(1, importId)
            .bind(2, customerId)
            .bind(3, static_cast<std::int64_t>(row.day))
            .bind(4, row.amountMinor)
            .bind(5, row.quantity)
            .bindText(6, row.invoice)
            .bind(7, productId)
            .bind(8, row.isReturn ? 1 : 0)
            .bind(9, std::int64_t{0})
            .bind(10, record.line);
        insertRow.execute();
        if (db.changes() == 0) {
            // The identity exists. The k-th identical row of this file is
            // occurrence k: k = rows of it this import stored + rows of it
            // this file repeated from earlier imports.
            countSame.bind(1, customerId)
                .bind(2, static_cast<std::int64_t>(row.day))
                .bind(3, row.amountMinor)
                .bindText(4, row.invoice)
                .bind(5, productId)
                .bind(6, importId);
            countSame.step();
            const std::int64_t storedByThisImport = countSame.columnInt(0);
            countSame.reset();
            std::string identity = std::to_string(customerId) + '|' + std::to_string(row.day) + '|' +
                                   std::to_string(row.amountMinor) + '|' + std::to_string(productId) + '|';
            identity.append(row.invoice);
            std::int64_t &seen = duplicatesSeen[identity];
            insertRow.bind(9, storedByThisImport + seen);
            insertRow.execute();
            if (db.changes() == 0) {
                ++seen;
                ++report.rowsDuplicate;
                continue;
            }
        }
        ++report.rowsImported;
        report.returns += row.isReturn ? 1 : 0;
        if (!mapping.attributes.empty()) {
            auto &cached = attributeCache[customerId];
            cached.resize(mapping.attributes.size());
            for (std::size_t a = 0; a < mapping.attributes.size(); ++a) {
                const int index = mapping.attributes[a];
                if (index >= static_cast<int>(record.fields.size()))
                    continue;
                const std::string_view value = trimmed(record.fields[static_cast<std::size_t>(index)]);
                if (value.empty() || value == cached[a])
                    continue;
                cached[a].assign(value);
                upsertAttribute.bind(1, customerId).bind(2, attributeNames[a]).bindText(3, value);
                upsertAttribute.execute();
            }
        }
    }
    job.throwIfCancelled();
    report.blankLines = reader.blankLines();
    report.contentHash = QString::fromLatin1(contentHash.result().toHex());
    if (reader.hadDecodingErrors() && report.rowsImported > 0)
        report.mapping +=
            QLatin1Char('\n') + tr("  (some bytes were not valid %1 and were replaced)").arg(report.encoding);

    if (const auto earlier = project.findImport(report.contentHash, QStringLiteral("transactions"))) {
        report.alreadyImported = true;
        return report; // nothing added: roll back
    }
    if (report.rowsImported == 0)
        return report; // nothing to record: roll back
    store::Statement finish = db.prepare("UPDATE imports SET content_hash = ?1, rows_read = ?2, rows_imported = ?3, "
                                         "rows_rejected = ?4, rows_duplicate = ?5 WHERE id = ?6");
    finish.bind(1, report.contentHash)
        .bind(2, report.rowsRead)
        .bind(3, report.rowsImported)
        .bind(4, report.rowsRejected)
        .bind(5, report.rowsDuplicate)
        .bind(6, importId);
    finish.execute();
    transaction.commit();
    report.importId = importId;
    job.setProgress(1.0, progressMessage);
    return report;
}

} // namespace ltv::io
