#pragma once
// Parsing of amounts and quantities as analysts' exports write them:
// thousands separators, a decimal comma or point, currency signs or codes
// before or after the number, a leading or trailing minus, or parentheses.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>
#include <vector>

namespace ltv::io {

enum class DecimalSeparator { Auto, Point, Comma };

QString decimalSeparatorName(DecimalSeparator separator);                     // "auto", "point", "comma"
bool parseDecimalSeparator(const QString &text, DecimalSeparator *separator); // point|dot|.  comma|,  auto

// Parses text as a decimal number scaled by 10^scale (0..6), rounding half away
// from zero. Returns false when text is not a number in the given convention
// (Auto decides per value: with both '.' and ',' the last one is the decimal mark;
// a single ',' followed by exactly three digits is read as a thousands separator).
bool parseScaled(std::string_view text, DecimalSeparator separator, int scale, std::int64_t *value);
// Convenience: minor units (cents) and plain doubles.
inline bool parseMinorUnits(std::string_view text, DecimalSeparator separator, std::int64_t *cents)
{
    return parseScaled(text, separator, 2, cents);
}
bool parseNumber(std::string_view text, DecimalSeparator separator, double *value);

// Decides the convention of a column from sample values: Comma when some value
// can only be read with a decimal comma, Point otherwise. Sets *conflict when
// some values need a point and others a comma.
DecimalSeparator detectDecimalSeparator(const std::vector<std::string> &values, bool *conflict = nullptr);

} // namespace ltv::io
