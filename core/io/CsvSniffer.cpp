#include "io/CsvSniffer.h"

#include "io/DateParser.h"
#include "io/NumberParser.h"

#include <QBuffer>

#include <algorithm>
#include <map>

namespace ltv::io {

std::vector<std::vector<std::string>> readSampleRecords(const QByteArray &bytes, TextEncoding encoding,
                                                        CsvDialect dialect, int maxRows, bool dropLastPartial)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, encoding, dialect, 64 * 1024);
    std::vector<std::vector<std::string>> rows;
    CsvRecord record;
    while (static_cast<int>(rows.size()) < maxRows + 1 && reader.next(record)) {
        std::vector<std::string> row;
        row.reserve(record.fields.size());
        for (std::string_view f : record.fields)
            row.emplace_back(f);
        rows.push_back(std::move(row));
    }
    // The sample may end mid-record; that record's fields are unreliable.
    if (dropLastPartial && rows.size() > 1)
        rows.pop_back();
    if (static_cast<int>(rows.size()) > maxRows)
        rows.resize(static_cast<std::size_t>(maxRows));
    return rows;
}

namespace {
struct Consistency
{
    double share = 0.0; // fraction of records with the most common field count
    std::size_t fields = 0;
};

Consistency measure(const std::vector<std::vector<std::string>> &records)
{
    std::map<std::size_t, int> counts;
    for (const auto &r : records)
        ++counts[r.size()];
    Consistency c;
    int best = 0;
    for (const auto &[fields, n] : counts)
        if (n > best || (n == best && fields > c.fields)) {
            best = n;
            c.fields = fields;
        }
    c.share = records.empty() ? 0.0 : static_cast<double>(best) / static_cast<double>(records.size());
    return c;
}
} // namespace

CsvDialect sniffDialect(const QByteArray &bytes, TextEncoding encoding, bool truncated)
{
    constexpr int kRows = 200;
    // Preference order among equally consistent candidates: a ';' file with
    // decimal commas also splits consistently on ','.
    const char candidates[] = {'\t', ';', ',', '|'};
    CsvDialect best;
    Consistency bestScore;
    for (char delimiter : candidates) {
        const CsvDialect dialect{delimiter, false};
        const Consistency c = measure(readSampleRecords(bytes, encoding, dialect, kRows, truncated));
        if (c.fields < 2 || c.share < 0.9)
            continue;
        if (bestScore.fields == 0 || c.share > bestScore.share + 0.05) {
            best = dialect;
            bestScore = c;
        }
    }
    if (bestScore.fields >= 2)
        return best;
    const CsvDialect whitespace{' ', true};
    const Consistency c = measure(readSampleRecords(bytes, encoding, whitespace, kRows, truncated));
    if (c.fields >= 2 && c.share >= 0.9)
        return whitespace;
    return CsvDialect{};
}

bool looksNumericOrDate(std::string_view value)
{
    double number = 0.0;
    if (parseNumber(value, DecimalSeparator::Auto, &number))
        return true;
    Day day = 0;
    return parseDate(value, DateOrder::YearMonthDay, &day) || parseDate(value, DateOrder::DayMonthYear, &day) ||
           parseDate(value, DateOrder::MonthDayYear, &day);
}

bool sniffHeader(const std::vector<std::vector<std::string>> &records)
{
    if (records.empty())
        return false;
    const auto &first = records.front();
    for (const std::string &f : first)
        if (looksNumericOrDate(f))
            return false;
    if (records.size() == 1) // a lone record of names: a header-only file
        return true;
    for (std::size_t column = 0; column < first.size(); ++column) {
        int numeric = 0, total = 0;
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (column >= records[r].size() || records[r][column].empty())
                continue;
            ++total;
            numeric += looksNumericOrDate(records[r][column]) ? 1 : 0;
        }
        if (total > 0 && numeric * 2 > total)
            return true;
    }
    // All-text data: a header when its names occur nowhere below.
    for (std::size_t column = 0; column < first.size(); ++column)
        for (std::size_t r = 1; r < records.size(); ++r)
            if (column < records[r].size() && records[r][column] == first[column])
                return false;
    return true;
}

} // namespace ltv::io
