#include "io/Importer.h"
#include "features/Translation.h"

#include "io/BulkImportJournal.h"
#include "io/ColumnMapping.h"
#include "io/DateParser.h"
#include "io/ImportDeduplicator.h"
#include "io/ImportFormats.h"
#include "io/ImportHistory.h"
#include "io/ImportLayout.h"
#include "io/ImportWriteFailure.h"
#include "io/RowBatchReader.h"
#include "io/RowParser.h"
#include "io/TransactionWriter.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <string>
#include <unordered_map>

namespace ltv::io {

namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::io", "ltv::io::RowParser"}, text);
}

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

namespace {

ImportReport importFrom(store::Project &project, QIODevice &file, const QString &sourceName,
                        const ImportOptions &options, const pipeline::JobContext &job)
{
    ImportReport report;
    report.sourceFile = sourceName;
    report.pseudonymized = options.pseudonymize;
    ImportLayout layout;
    if (!resolveImportLayout(file, options, &layout, &report))
        return report;

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
    db.exec("PRAGMA cache_size = -32768"); // 32 MiB: fewer spills of a large import's pages
    // Every id written below was just read from or assigned after its parent
    // table's ids, so the per-row foreign-key lookups would only cost time.
    // They are switched back on however the import ends.
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
    const BulkImportJournal journal(db, layout.fileSize);
    store::Transaction transaction(db);
    const std::int64_t importId =
        openImportRecord(db, QStringLiteral("transactions"), report.sourceFile, mapping.toJson(layout.columns));

    ImportDeduplicator dedup(db, layout);
    TransactionWriter writer(db, importId, dedup.rebuildsIndex());
    store::Statement insertCustomer = db.prepare("INSERT INTO customers (id, external_id) VALUES (?1, ?2)");
    store::Statement insertProduct = db.prepare("INSERT INTO products (id, code) VALUES (?1, ?2)");
    store::Statement upsertAttribute =
        db.prepare("INSERT OR REPLACE INTO customer_attributes (customer_id, name, value) VALUES (?1, ?2, ?3)");
    // Last attribute values written per customer, so unchanged values cost no write.
    std::unordered_map<std::int64_t, std::vector<std::string>> attributeCache;
    // Rows of one customer usually follow each other: their cache entry is kept at hand.
    std::int64_t cachedCustomer = -1;
    std::vector<std::string> *cachedValues = nullptr;
    std::vector<QString> attributeNames;
    for (int a : mapping.attributes)
        attributeNames.push_back(parser.name(a));

    const double totalBytes = std::max<double>(1.0, static_cast<double>(layout.fileSize));
    const QString progressMessage = tr("Importing %1").arg(report.sourceFile);
    std::vector<RowPlacement> placements;
    RowBatchReader reader(file, layout, mapping, parser, db, secret, dedup.needsIdentityHashes());
    while (const RowBatch *batch = reader.next()) {
        job.throwIfCancelled();
        job.setProgress(static_cast<double>(batch->bytesRead) / totalBytes, progressMessage);
        for (const NewKey &key : batch->newCustomers)
            insertCustomer.bind(1, key.id).bindText(2, batch->view(key.text)).execute();
        for (const NewKey &key : batch->newProducts)
            insertProduct.bind(1, key.id).bindText(2, batch->view(key.text)).execute();
        dedup.placeBatch(*batch, placements);
        for (std::size_t i = 0; i < batch->rows.size(); ++i) {
            const BatchRow &row = batch->rows[i];
            ++report.rowsRead;
            if (row.rejection >= 0) {
                const RejectedRow &r = batch->rejections[static_cast<std::size_t>(row.rejection)];
                report.reject(r.line, r.column, r.reason);
                if (options.maxErrors >= 0 && report.rowsRejected > options.maxErrors) {
                    report.error = tr("more than %1 rows rejected; nothing was imported. Fix the file or the "
                                      "mapping, or raise --max-errors")
                                       .arg(options.maxErrors);
                    return report; // the transaction rolls back
                }
                continue;
            }
            if (placements[i].duplicate || !writer.add(*batch, row, placements[i])) {
                ++report.rowsDuplicate;
                continue;
            }
            ++report.rowsImported;
            report.returns += row.isReturn ? 1 : 0;
            if (!mapping.attributes.empty()) {
                if (row.customerId != cachedCustomer) {
                    cachedCustomer = row.customerId;
                    cachedValues = &attributeCache[row.customerId];
                    cachedValues->resize(mapping.attributes.size());
                }
                std::vector<std::string> &cached = *cachedValues;
                for (std::size_t a = 0; a < mapping.attributes.size(); ++a) {
                    const std::string_view value = batch->view(batch->attributes[row.firstAttribute + a]);
                    if (value.empty() || value == cached[a])
                        continue;
                    cached[a].assign(value);
                    upsertAttribute.bind(1, row.customerId).bind(2, attributeNames[a]).bindText(3, value);
                    upsertAttribute.execute();
                }
            }
        }
        writer.flush();
    }
    job.throwIfCancelled();
    report.customersAdded = reader.customersAdded();
    report.productsAdded = reader.productsAdded();
    report.blankLines = reader.blankLines();
    report.contentHash = QString::fromLatin1(reader.contentHash().toHex());
    if (reader.hadDecodingErrors() && report.rowsImported > 0)
        report.mapping +=
            QLatin1Char('\n') + tr("  (some bytes were not valid %1 and were replaced)").arg(report.encoding);

    if (const auto earlier = project.findImport(report.contentHash, QStringLiteral("transactions"))) {
        report.alreadyImported = true;
        return report; // nothing added: roll back
    }
    if (report.rowsImported == 0)
        return report; // nothing to record: roll back
    job.setProgress(0.99, progressMessage);
    dedup.finish();
    completeImportRecord(db, importId, report);
    transaction.commit();
    report.importId = importId;
    job.setProgress(1.0, progressMessage);
    return report;
}

} // namespace

ImportReport importTransactions(store::Project &project, QIODevice &file, const QString &sourceName,
                                const ImportOptions &options, const pipeline::JobContext &job)
{
    return reportingWriteFailures(sourceName, [&] { return importFrom(project, file, sourceName, options, job); });
}

} // namespace ltv::io
