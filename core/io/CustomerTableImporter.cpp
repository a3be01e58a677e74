#include "io/CustomerTableImporter.h"
#include "features/Translation.h"
#include "io/ImportWriteFailure.h"

#include "io/ImportHistory.h"
#include "io/ImportLayout.h"
#include "io/Pseudonymizer.h"
#include "io/Sha256.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unordered_map>
#include <unordered_set>

namespace ltv::io {

namespace {
// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::io"}, text);
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

int columnIndex(const QStringList &columns, const QString &name)
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    bool isNumber = false;
    const int n = name.toInt(&isNumber);
    return isNumber && n >= 1 && n <= columns.size() ? n - 1 : -1;
}

ImportReport importCustomerTableFrom(store::Project &project, const QString &path, const ImportOptions &options,
                                     const pipeline::JobContext &job)
{
    ImportReport report;
    report.sourceFile = QFileInfo(path).fileName();
    report.pseudonymized = options.pseudonymize;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    ImportOptions layoutOptions = options;
    if (layoutOptions.header == HeaderMode::Auto)
        layoutOptions.header = HeaderMode::Present; // feature columns need names
    ImportLayout layout;
    if (!resolveImportLayout(file, layoutOptions, &layout, &report))
        return report;

    int customer = -1, target = -1;
    for (const QString &spec : options.mapping) {
        const QString role = spec.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString column = spec.section(QLatin1Char('='), 1).trimmed();
        const int index = columnIndex(layout.columns, column);
        if (index < 0 || (role != u"customer" && role != u"target")) {
            report.error = tr("mapping '%1' must be customer=COLUMN or target=COLUMN with a column of: %2")
                               .arg(spec, layout.columns.join(QStringLiteral(", ")));
            return report;
        }
        (role == u"customer" ? customer : target) = index;
    }
    for (int i = 0; customer < 0 && i < layout.columns.size(); ++i) {
        const QString n = layout.columns[i].toLower();
        if (n.contains(u"customer") || n.contains(u"client") || n == u"id")
            customer = i;
    }
    if (customer < 0)
        customer = 0;
    std::vector<int> features;
    QJsonArray featureNames;
    for (int i = 0; i < layout.columns.size(); ++i)
        if (i != customer && i != target) {
            features.push_back(i);
            featureNames.append(layout.columns[i]);
        }
    QStringList mappingLines{QStringLiteral("  customer <- %1").arg(layout.columns.value(customer))};
    if (target >= 0)
        mappingLines << QStringLiteral("  target <- %1").arg(layout.columns.value(target));
    mappingLines << QStringLiteral("  features <- %1").arg(features.size());
    report.mapping = mappingLines.join(QLatin1Char('\n'));
    const DecimalSeparator decimal =
        options.decimalSeparator == DecimalSeparator::Auto ? DecimalSeparator::Point : options.decimalSeparator;
    report.decimalSeparator = decimalSeparatorName(decimal);

    store::Database &db = project.database();
    const QByteArray secret = options.pseudonymize ? project.pseudonymSecret() : QByteArray();
    store::Transaction transaction(db);
    QJsonObject mappingJson{{QStringLiteral("customer"), layout.columns.value(customer)},
                            {QStringLiteral("features"), featureNames}};
    if (target >= 0)
        mappingJson.insert(QStringLiteral("target"), layout.columns.value(target));
    const std::int64_t importId =
        openImportRecord(db, QStringLiteral("customers"), report.sourceFile,
                         QString::fromUtf8(QJsonDocument(mappingJson).toJson(QJsonDocument::Compact)));
    store::Statement insertDataset = db.prepare(
        "INSERT INTO customer_datasets (import_id, name, columns_json, target_column) VALUES (?1, ?2, ?3, ?4)");
    insertDataset.bind(1, importId)
        .bind(2, QFileInfo(report.sourceFile).completeBaseName())
        .bind(3, QString::fromUtf8(QJsonDocument(featureNames).toJson(QJsonDocument::Compact)));
    if (target >= 0)
        insertDataset.bind(4, layout.columns[target]);
    else
        insertDataset.bindNull(4);
    insertDataset.execute();
    const std::int64_t datasetId = db.lastInsertRowId();

    std::unordered_map<std::string, std::int64_t> customers;
    {
        store::Statement s = db.prepare("SELECT id, external_id FROM customers");
        while (s.step())
            customers.emplace(std::string(s.columnUtf8(1)), s.columnInt(0));
    }
    store::Statement insertCustomer = db.prepare("INSERT INTO customers (external_id) VALUES (?1)");
    store::Statement insertValue = db.prepare(
        "INSERT INTO customer_dataset_values (dataset_id, customer_id, column_index, value) VALUES (?1, ?2, ?3, ?4)");
    std::unordered_set<std::int64_t> seen;

    Sha256 contentHash;
    CsvReader reader(file, layout.encoding, layout.dialect);
    reader.setHash(&contentHash);
    CsvRecord record;
    bool headerPending = layout.hasHeader;
    while (reader.next(record)) {
        if (headerPending) {
            headerPending = false;
            continue;
        }
        ++report.rowsRead;
        if ((report.rowsRead & 1023) == 0) {
            job.throwIfCancelled();
            job.setProgress(static_cast<double>(reader.bytesRead()) / std::max<double>(1.0, layout.fileSize));
        }
        const auto &f = record.fields;
        const auto rejectRow = [&](const QString &column, const QString &reason) {
            report.reject(record.line, column, reason);
            return options.maxErrors >= 0 && report.rowsRejected > options.maxErrors;
        };
        bool stop = false;
        if (!record.error.isEmpty())
            stop = rejectRow({}, record.error);
        else if (f.size() > static_cast<std::size_t>(layout.columns.size()))
            stop = rejectRow({}, tr("the row has %1 fields, the header %2").arg(f.size()).arg(layout.columns.size()));
        else if (static_cast<std::size_t>(customer) >= f.size() ||
                 trimmed(f[static_cast<std::size_t>(customer)]).empty())
            stop = rejectRow(layout.columns[customer], tr("empty customer id"));
        else {
            std::string id(trimmed(f[static_cast<std::size_t>(customer)]));
            if (options.pseudonymize)
                id = pseudonymize(id, secret);
            auto it = customers.find(id);
            if (it == customers.end()) {
                insertCustomer.bindText(1, id);
                insertCustomer.execute();
                it = customers.emplace(id, db.lastInsertRowId()).first;
                ++report.customersAdded;
            }
            if (!seen.insert(it->second).second) {
                stop = rejectRow(layout.columns[customer], tr("the customer appears on an earlier row"));
            } else {
                const auto store = [&](int column, std::int64_t index) {
                    insertValue.bind(1, datasetId).bind(2, it->second).bind(3, index);
                    const std::string_view v = static_cast<std::size_t>(column) < f.size()
                                                   ? trimmed(f[static_cast<std::size_t>(column)])
                                                   : std::string_view();
                    double number = 0.0;
                    if (v.empty())
                        insertValue.bindNull(4);
                    else if (parseNumber(v, decimal, &number))
                        insertValue.bind(4, number);
                    else
                        insertValue.bindText(4, v);
                    insertValue.execute();
                };
                for (std::size_t k = 0; k < features.size(); ++k)
                    store(features[k], static_cast<std::int64_t>(k));
                if (target >= 0)
                    store(target, -1);
                ++report.rowsImported;
            }
        }
        if (stop) {
            report.error = tr("more than %1 rows rejected; nothing was imported").arg(options.maxErrors);
            return report;
        }
    }
    job.throwIfCancelled();
    report.blankLines = reader.blankLines();
    report.contentHash = QString::fromLatin1(contentHash.result().toHex());
    if (project.findImport(report.contentHash, QStringLiteral("customers"))) {
        report.alreadyImported = true;
        report.rowsDuplicate = report.rowsImported;
        report.rowsImported = 0;
        return report;
    }
    if (report.rowsImported == 0)
        return report;
    completeImportRecord(db, importId, report); // no duplicates: a repeated customer is a rejected row
    transaction.commit();
    report.importId = importId;
    return report;
}

} // namespace

ImportReport importCustomerTable(store::Project &project, const QString &path, const ImportOptions &options,
                                 const pipeline::JobContext &job)
{
    return reportingWriteFailures(QFileInfo(path).fileName(),
                                  [&] { return importCustomerTableFrom(project, path, options, job); });
}

} // namespace ltv::io
