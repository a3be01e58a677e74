#pragma once
// How a file is written, resolved once before an import: options given by
// the user win, the rest is sniffed from the start of the file.

#include "io/CsvSniffer.h"
#include "io/ImportOptions.h"

#include <QIODevice>

namespace ltv::io {

struct ImportReport;

struct ImportLayout
{
    TextEncoding encoding = TextEncoding::Utf8;
    CsvDialect dialect;
    bool hasHeader = false;
    QStringList columns;
    std::vector<std::vector<std::string>> sampleRows;
    qint64 fileSize = 0;
};

// Reads the sample from device (then seeks back to 0). Returns false with a
// translated error for an unreadable or empty file.
bool resolveLayout(QIODevice &device, const ImportOptions &options, ImportLayout *layout, QString *error);

// resolveLayout() at the start of an import: the error goes to
// report->error, the detected encoding, delimiter and header into the report.
bool resolveImportLayout(QIODevice &device, const ImportOptions &options, ImportLayout *layout, ImportReport *report);

} // namespace ltv::io
