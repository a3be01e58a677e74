#include "io/NumberParser.h"

#include <array>
#include <cmath>
#include <limits>

namespace ltv::io {

QString decimalSeparatorName(DecimalSeparator separator)
{
    switch (separator) {
    case DecimalSeparator::Point:
        return QStringLiteral("point");
    case DecimalSeparator::Comma:
        return QStringLiteral("comma");
    default:
        return QStringLiteral("auto");
    }
}

bool parseDecimalSeparator(const QString &text, DecimalSeparator *separator)
{
    const QString t = text.trimmed().toLower();
    if (t == u"auto" || t.isEmpty())
        *separator = DecimalSeparator::Auto;
    else if (t == u"point" || t == u"dot" || t == u".")
        *separator = DecimalSeparator::Point;
    else if (t == u"comma" || t == u",")
        *separator = DecimalSeparator::Comma;
    else
        return false;
    return true;
}

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Currency signs and codes that may surround a number (UTF-8).
constexpr std::array<std::string_view, 19> kCurrency = {"US$",
                                                        "$",
                                                        "\xE2\x82\xAC" /* € */,
                                                        "\xC2\xA3" /* £ */,
                                                        "\xC2\xA5" /* ¥ */,
                                                        "\xEF\xBF\xA5" /* ￥ */,
                                                        "\xE5\x85\x83" /* 元 */,
                                                        "\xE2\x82\xB9" /* ₹ */,
                                                        "USD",
                                                        "EUR",
                                                        "GBP",
                                                        "CNY",
                                                        "RMB",
                                                        "JPY",
                                                        "CHF",
                                                        "SEK",
                                                        "kr",
                                                        "R$",
                                                        "zl"};

// Spaces that may separate thousands or stand between sign and number:
// space, no-break space (C2 A0), narrow no-break space (E2 80 AF).
std::size_t spaceLength(std::string_view s, std::size_t i)
{
    if (s[i] == ' ' || s[i] == '\t')
        return 1;
    if (s.substr(i, 2) == "\xC2\xA0")
        return 2;
    if (s.substr(i, 3) == "\xE2\x80\xAF")
        return 3;
    return 0;
}

std::string_view trimSpaces(std::string_view s)
{
    for (;;) {
        if (s.empty())
            return s;
        const std::size_t n = spaceLength(s, 0);
        if (n == 0)
            break;
        s.remove_prefix(n);
    }
    for (;;) {
        if (s.empty())
            return s;
        std::size_t n = 0;
        if (s.back() == ' ' || s.back() == '\t')
            n = 1;
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")
            n = 2;
        else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF")
            n = 3;
        if (n == 0)
            return s;
        s.remove_suffix(n);
    }
}

bool stripCurrency(std::string_view &s)
{
    // Fast path: a plain number starts with a digit, sign or point and ends with a digit.
    const auto plainStart = [](char c) { return isDigit(c) || c == '-' || c == '+' || c == '.' || c == '('; };
    if (!s.empty() && plainStart(s.front()) && (isDigit(s.back()) || s.back() == ')')) {
        bool hasLetterOrSign = false;
        for (char c : s)
            hasLetterOrSign =
                hasLetterOrSign || (static_cast<unsigned char>(c) >= 0x80) || (c >= 'A' && c <= 'z') || c == '$';
        if (!hasLetterOrSign)
            return false;
    }
    for (std::string_view c : kCurrency) {
        if (s.size() >= c.size() && s.substr(0, c.size()) == c) {
            s.remove_prefix(c.size());
            return true;
        }
        if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
            s.remove_suffix(c.size());
            return true;
        }
    }
    return false;
}

// Splits off sign, parentheses and currency; what remains is digits and separators.
bool normalise(std::string_view text, bool *negative, std::string_view *core)
{
    std::string_view s = trimSpaces(text);
    *negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        *negative = true;
        s = trimSpaces(s.substr(1, s.size() - 2));
    }
    // Sign and currency may come in either order, each at most once.
    bool sawSign = false, sawCurrency = false;
    for (int round = 0; round < 2; ++round) {
        if (!sawSign && !s.empty() && (s.front() == '-' || s.front() == '+')) {
            *negative = *negative != (s.front() == '-');
            s = trimSpaces(s.substr(1));
            sawSign = true;
        }
        if (!sawSign && s.size() >= 3 && s.substr(0, 3) == "\xE2\x88\x92") { // Unicode minus
            *negative = !*negative;
            s = trimSpaces(s.substr(3));
            sawSign = true;
        }
        if (!sawCurrency && stripCurrency(s)) {
            s = trimSpaces(s);
            sawCurrency = true;
        }
    }
    if (!sawSign && !s.empty() && s.back() == '-') { // trailing minus, as some ERPs write
        *negative = !*negative;
        s = trimSpaces(s.substr(0, s.size() - 1));
    }
    if (s.empty() || !(isDigit(s.front()) || s.front() == '.' || s.front() == ','))
        return false;
    *core = s;
    return true;
}

// Which decimal mark a bare number (digits and separators) needs, if it shows.
DecimalSeparator evidence(std::string_view s)
{
    const std::size_t lastPoint = s.rfind('.');
    const std::size_t lastComma = s.rfind(',');
    if (lastPoint != std::string_view::npos && lastComma != std::string_view::npos)
        return lastPoint > lastComma ? DecimalSeparator::Point : DecimalSeparator::Comma;
    const auto single = [&](char mark, std::size_t at) {
        const bool once = s.find(mark) == at;
        const std::size_t digitsAfter = s.size() - at - 1;
        if (once && digitsAfter != 3)
            return true; // 12.5 or 12,50: a decimal mark
        return false;
    };
    if (lastPoint != std::string_view::npos && single('.', lastPoint))
        return DecimalSeparator::Point;
    if (lastComma != std::string_view::npos && single(',', lastComma))
        return DecimalSeparator::Comma;
    if (lastPoint != std::string_view::npos && s.find('.') != lastPoint)
        return DecimalSeparator::Comma; // 1.234.567: points group thousands
    if (lastComma != std::string_view::npos && s.find(',') != lastComma)
        return DecimalSeparator::Point;
    return DecimalSeparator::Auto;
}

} // namespace

bool parseScaled(std::string_view text, DecimalSeparator separator, int scale, std::int64_t *value)
{
    bool negative = false;
    std::string_view s;
    if (!normalise(text, &negative, &s))
        return false;
    if (separator == DecimalSeparator::Auto) {
        separator = evidence(s);
        if (separator == DecimalSeparator::Auto)
            separator = DecimalSeparator::Point; // 1,234 reads as thousands, as most shop systems write it
    }
    const char decimal = separator == DecimalSeparator::Comma ? ',' : '.';
    const char grouping = separator == DecimalSeparator::Comma ? '.' : ',';
    std::int64_t integer = 0;
    int digitsInGroup = 0;
    bool grouped = false;
    bool anyDigit = false;
    std::size_t i = 0;
    constexpr std::int64_t kLimit = std::numeric_limits<std::int64_t>::max() / 100;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c)) {
            if (integer > kLimit / 10)
                return false;
            integer = integer * 10 + (c - '0');
            ++digitsInGroup;
            anyDigit = true;
            continue;
        }
        std::size_t space = spaceLength(s, i);
        if (c == grouping || space > 0 || c == '\'') {
            // A thousands separator must follow 1-3 digits (first group) or exactly 3.
            if (digitsInGroup == 0 || digitsInGroup > 3 || (grouped && digitsInGroup != 3))
                return false;
            grouped = true;
            digitsInGroup = 0;
            if (space > 1)
                i += space - 1;
            continue;
        }
        break;
    }
    if (grouped && digitsInGroup != 3)
        return false;
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (i < s.size() && s[i] == decimal) {
        ++i;
        for (; i < s.size() && isDigit(s[i]); ++i) {
            anyDigit = true;
            if (fractionDigits < scale) {
                fraction = fraction * 10 + (s[i] - '0');
                ++fractionDigits;
            } else if (fractionDigits == scale) {
                roundUp = s[i] >= '5';
                ++fractionDigits;
            }
        }
    }
    if (i != s.size() || !anyDigit)
        return false;
    for (int k = std::min(fractionDigits, scale); k < scale; ++k)
        fraction *= 10;
    std::int64_t factor = 1;
    for (int k = 0; k < scale; ++k)
        factor *= 10;
    if (integer > std::numeric_limits<std::int64_t>::max() / factor - 1)
        return false;
    std::int64_t result = integer * factor + fraction + (roundUp ? 1 : 0);
    *value = negative ? -result : result;
    return true;
}

bool parseNumber(std::string_view text, DecimalSeparator separator, double *value)
{
    std::int64_t scaled = 0;
    if (!parseScaled(text, separator, 6, &scaled))
        return false;
    *value = static_cast<double>(scaled) / 1e6;
    return true;
}

DecimalSeparator detectDecimalSeparator(const std::vector<std::string> &values, bool *conflict)
{
    bool point = false, comma = false;
    for (const std::string &v : values) {
        bool negative = false;
        std::string_view core;
        if (!normalise(v, &negative, &core))
            continue;
        const DecimalSeparator e = evidence(core);
        point = point || e == DecimalSeparator::Point;
        comma = comma || e == DecimalSeparator::Comma;
    }
    if (conflict)
        *conflict = point && comma;
    return comma && !point ? DecimalSeparator::Comma : DecimalSeparator::Point;
}

} // namespace ltv::io
