#pragma once
// RFC 4180 output: fields quoted when they hold the delimiter, a quote, CR/LF
// or surrounding spaces; quotes doubled; records end with CRLF.

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace ltv::io {

// One record, CRLF-terminated.
QString csvRow(const QStringList &fields, QChar delimiter = QLatin1Char(','));
// Appends one UTF-8 field (quoted when needed) to out.
void appendCsvField(std::string &out, std::string_view utf8, char delimiter = ',');

} // namespace ltv::io
