#include "io/ImportLayout.h"

#include "io/ImportReport.h"

#include <QCoreApplication>

namespace ltv::io {

bool parseDelimiter(const QString &text, CsvDialect *dialect)
{
    const QString t = text.trimmed().toLower();
    if (text == u"\t" || t == u"tab" || t == u"\\t")
        *dialect = CsvDialect{'\t', false};
    else if (t == u"," || t == u"comma")
        *dialect = CsvDialect{',', false};
    else if (t == u";" || t == u"semicolon")
        *dialect = CsvDialect{';', false};
    else if (t == u"|" || t == u"pipe")
        *dialect = CsvDialect{'|', false};
    else if (t == u"whitespace" || t == u"space" || text == u" ")
        *dialect = CsvDialect{' ', true};
    else
        return false;
    return true;
}

QString delimiterName(const CsvDialect &dialect)
{
    if (dialect.whitespace)
        return QStringLiteral("whitespace");
    if (dialect.delimiter == '\t')
        return QStringLiteral("tab");
    return QString(QLatin1Char(dialect.delimiter));
}

bool resolveLayout(QIODevice &device, const ImportOptions &options, ImportLayout *layout, QString *error)
{
    layout->fileSize = device.size();
    // Grow the sample while it holds too few complete records (very long fields).
    QByteArray sample;
    bool truncated = false;
    for (qint64 bytes = kSniffBytes;; bytes *= 4) {
        device.seek(0);
        sample = device.read(bytes);
        truncated = layout->fileSize > sample.size();
        if (!truncated || bytes >= 64 * kSniffBytes ||
            sample.count('\n') >= 50) // a cheap lower bound on complete records
            break;
    }
    device.seek(0);
    layout->encoding = options.encoding == TextEncoding::Auto ? detectEncoding(sample) : options.encoding;
    if (options.delimiter.isEmpty()) {
        layout->dialect = sniffDialect(sample, layout->encoding, truncated);
    } else if (!parseDelimiter(options.delimiter, &layout->dialect)) {
        *error = QCoreApplication::translate("Importer", "unknown delimiter '%1' (use , ; tab | or whitespace)")
                     .arg(options.delimiter);
        return false;
    }
    std::vector<std::vector<std::string>> records =
        readSampleRecords(sample, layout->encoding, layout->dialect, 1000, truncated);
    if (records.empty()) {
        *error = QCoreApplication::translate("Importer", "the file is empty");
        return false;
    }
    layout->hasHeader =
        options.header == HeaderMode::Auto ? sniffHeader(records) : options.header == HeaderMode::Present;
    std::size_t width = 0;
    for (const auto &r : records)
        width = std::max(width, r.size());
    if (layout->hasHeader) {
        for (const std::string &name : records.front())
            layout->columns << QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())).trimmed();
        records.erase(records.begin());
    }
    // With a header its names define the width; without one the widest sample row does.
    for (auto i = static_cast<std::size_t>(layout->columns.size()); !layout->hasHeader && i < width; ++i)
        layout->columns << QCoreApplication::translate("Importer", "column %1").arg(i + 1);
    layout->sampleRows = std::move(records);
    return true;
}

bool resolveImportLayout(QIODevice &device, const ImportOptions &options, ImportLayout *layout, ImportReport *report)
{
    if (!resolveLayout(device, options, layout, &report->error))
        return false;
    report->encoding = encodingName(layout->encoding);
    report->delimiter = delimiterName(layout->dialect);
    report->hasHeader = layout->hasHeader;
    return true;
}

} // namespace ltv::io
