#include "io/CsvWriter.h"

namespace ltv::io {

namespace {
template <typename Text, typename Char> bool needsQuotes(const Text &text, Char delimiter)
{
    if (text.empty())
        return false;
    if (text.front() == Char(' ') || text.back() == Char(' '))
        return true;
    for (auto c : text)
        if (c == delimiter || c == Char('"') || c == Char('\n') || c == Char('\r'))
            return true;
    return false;
}
} // namespace

QString csvRow(const QStringList &fields, QChar delimiter)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += delimiter;
        const QString &f = fields[i];
        const std::u16string_view view(reinterpret_cast<const char16_t *>(f.utf16()),
                                       static_cast<std::size_t>(f.size()));
        if (needsQuotes(view, static_cast<char16_t>(delimiter.unicode()))) {
            QString quoted = f;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            row += QLatin1Char('"') + quoted + QLatin1Char('"');
        } else {
            row += f;
        }
    }
    row += QStringLiteral("\r\n");
    return row;
}

void appendCsvField(std::string &out, std::string_view utf8, char delimiter)
{
    if (!needsQuotes(utf8, delimiter)) {
        out.append(utf8);
        return;
    }
    out.push_back('"');
    for (char c : utf8) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

} // namespace ltv::io
