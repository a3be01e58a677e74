#include "io/ImportReport.h"

#include "io/CsvWriter.h"

#include <QCoreApplication>

namespace ltv::io {

void ImportReport::reject(std::int64_t line, const QString &column, const QString &reason)
{
    ++rowsRejected;
    if (rejected.size() < kMaxListedRejections)
        rejected.push_back({line, column, reason});
}

QString ImportReport::toText(int maxListed) const
{
    // The context lupdate files this method's texts under.
    const auto tr = [](const char *s) { return QCoreApplication::translate("ltv::io::ImportReport", s); };
    QString t;
    t += tr("File: %1\n").arg(sourceFile);
    if (!encoding.isEmpty())
        t += tr("Format: %1, delimiter %2, %3, dates %4, decimal %5\n")
                 .arg(encoding, delimiter, hasHeader ? tr("header") : tr("no header"), dateFormat, decimalSeparator);
    if (!mapping.isEmpty())
        t += tr("Mapping:\n%1\n").arg(mapping);
    if (pseudonymized)
        t += tr("Customer ids pseudonymised (HMAC-SHA256)\n");
    // An import that failed before it counted anything (unreadable file,
    // missing column, project not writable) has no counts worth showing.
    if (!failed() || rowsRead > 0) {
        t += tr("Rows read: %1\n").arg(rowsRead);
        t += tr("Imported: %1 (returns: %2)\n").arg(rowsImported).arg(returns);
        t += tr("Rejected: %1\n").arg(rowsRejected);
        t += tr("Duplicate: %1\n").arg(rowsDuplicate);
        if (blankLines > 0)
            t += tr("Blank lines skipped: %1\n").arg(blankLines);
        t += tr("New customers: %1, new products: %2\n").arg(customersAdded).arg(productsAdded);
    }
    if (alreadyImported)
        t += tr("This file was imported before (same content): nothing added.\n");
    const int listed = std::min<int>(maxListed, static_cast<int>(rejected.size()));
    for (int i = 0; i < listed; ++i) {
        const RejectedRow &r = rejected[static_cast<std::size_t>(i)];
        t += r.column.isEmpty() ? tr("  line %1: %2\n").arg(r.line).arg(r.reason)
                                : tr("  line %1, column %2: %3\n").arg(r.line).arg(r.column, r.reason);
    }
    if (rowsRejected > listed)
        t += tr("  ... and %1 more rejected rows\n").arg(rowsRejected - listed);
    if (failed())
        t += tr("Error: %1\n").arg(error);
    return t;
}

QString ImportReport::rejectedToCsv() const
{
    QString csv = QStringLiteral("line,column,reason\r\n");
    for (const RejectedRow &r : rejected)
        csv += csvRow({QString::number(r.line), r.column, r.reason});
    return csv;
}

} // namespace ltv::io
