#pragma once
// Settings for importing a file. Everything left at its default is detected
// from the file (encoding, delimiter, header, mapping, date order, decimal mark).

#include "io/CsvReader.h"
#include "io/NumberParser.h"
#include "io/TextEncoding.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ltv::io {

enum class HeaderMode { Auto, Present, Absent };

struct ImportOptions
{
    // "role=COLUMN" entries (see ColumnMapping.h); unmapped roles are suggested.
    QStringList mapping;
    // e.g. "dd/MM/yyyy"; empty: detect (and stop with an error when ambiguous).
    QString dateFormat;
    DecimalSeparator decimalSeparator = DecimalSeparator::Auto;
    TextEncoding encoding = TextEncoding::Auto;
    // ",", ";", "tab", "|", "whitespace"; empty: detect.
    QString delimiter;
    HeaderMode header = HeaderMode::Auto;
    // Store an HMAC-SHA256 pseudonym instead of the customer id.
    bool pseudonymize = false;
    // Rejected rows tolerated; one more stops the import and writes nothing. Negative: no limit.
    std::int64_t maxErrors = 1000;
};

// Reads a --delimiter value. Returns false for an unknown one.
bool parseDelimiter(const QString &text, CsvDialect *dialect);
QString delimiterName(const CsvDialect &dialect);

} // namespace ltv::io
