#include "io/Exporter.h"

#include "io/CsvWriter.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <charconv>

namespace ltv::io {

namespace {
void appendValue(std::string &out, const store::Statement &s, int column)
{
    switch (s.columnType(column)) {
    case 1: // SQLITE_INTEGER
        out += std::to_string(s.columnInt(column));
        break;
    case 2: { // SQLITE_FLOAT: shortest text that reads back to the same double
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, s.columnDouble(column));
        out.append(buffer, result.ptr);
        break;
    }
    case 4: // SQLITE_BLOB
        out += s.columnBlob(column).toBase64().toStdString();
        break;
    case 5: // SQLITE_NULL
        break;
    default:
        appendCsvField(out, s.columnUtf8(column));
    }
}
} // namespace

ExportResult exportTable(const store::Project &project, const QString &table, const QString &path,
                         const ExportOptions &options, const pipeline::JobContext &job)
{
    ExportResult result;
    const QString sql = project.exportQuery(table);
    if (sql.isEmpty()) {
        result.error = QCoreApplication::translate("Exporter", "no table '%1' (tables: %2)")
                           .arg(table, project.exportableTables().join(QStringLiteral(", ")));
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("Exporter", "cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    const std::int64_t total = std::max<std::int64_t>(
        1, project.database().scalarInt(
               (QStringLiteral("SELECT count(*) FROM (") + sql + QStringLiteral(")")).toUtf8().toStdString()));
    store::Statement s = project.database().prepare(sql.toUtf8().toStdString());
    std::string out;
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    for (int c = 0; c < s.columnCount(); ++c) {
        if (c > 0)
            out += ',';
        appendCsvField(out, s.columnName(c).toUtf8().toStdString());
    }
    out += "\r\n";
    while (s.step()) {
        for (int c = 0; c < s.columnCount(); ++c) {
            if (c > 0)
                out += ',';
            appendValue(out, s, c);
        }
        out += "\r\n";
        ++result.rows;
        if (out.size() > (1 << 20)) {
            file.write(out.data(), static_cast<qint64>(out.size()));
            out.clear();
            job.throwIfCancelled();
            job.setProgress(static_cast<double>(result.rows) / static_cast<double>(total));
        }
    }
    file.write(out.data(), static_cast<qint64>(out.size()));
    if (!file.commit()) {
        result.error = QCoreApplication::translate("Exporter", "cannot write %1: %2").arg(path, file.errorString());
        result.rows = 0;
    }
    return result;
}

} // namespace ltv::io
