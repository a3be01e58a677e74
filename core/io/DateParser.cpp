#include "io/DateParser.h"

namespace ltv::io {

QString DateFormat::pattern() const
{
    switch (order) {
    case DateOrder::YearMonthDay:
        return QStringLiteral("yyyy-MM-dd");
    case DateOrder::DayMonthYear:
        return QStringLiteral("dd/MM/yyyy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("MM/dd/yyyy");
    default:
        return {};
    }
}

DateFormat parseDateFormat(const QString &text)
{
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (lower == u"ymd")
        return {DateOrder::YearMonthDay};
    if (lower == u"dmy")
        return {DateOrder::DayMonthYear};
    if (lower == u"mdy")
        return {DateOrder::MonthDayYear};
    // Only the date part matters; find the first y, M and d.
    const qsizetype y = t.indexOf(QLatin1Char('y'));
    const qsizetype m = t.indexOf(QLatin1Char('M'));
    const qsizetype d = t.indexOf(QLatin1Char('d'));
    if (y < 0 || m < 0 || d < 0)
        return {};
    if (y < m && m < d)
        return {DateOrder::YearMonthDay};
    if (d < m && m < y)
        return {DateOrder::DayMonthYear};
    if (m < d && d < y)
        return {DateOrder::MonthDayYear};
    return {};
}

bool isValidCivil(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

Day daysFromCivil(int year, int month, int day)
{
    // Count from 0000-03-01 so that the leap day falls at the end of a year.
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return static_cast<Day>(era * 146097 + dayOfEra - 719468);
}

namespace {

struct Parts
{
    int value[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int count = 0;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Splits the date part into up to three numbers. An 8-digit run is yyyyMMdd.
bool split(std::string_view s, Parts *parts)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    std::size_t i = 0;
    char separator = 0;
    while (i < s.size() && parts->count < 3) {
        int v = 0, n = 0;
        while (i < s.size() && isDigit(s[i]) && n < 9) {
            v = v * 10 + (s[i] - '0');
            ++n;
            ++i;
        }
        if (n == 0)
            return false;
        parts->value[parts->count] = v;
        parts->digits[parts->count] = n;
        ++parts->count;
        if (parts->count == 3 || i >= s.size())
            break;
        const char c = s[i];
        if (c != '-' && c != '/' && c != '.')
            break;
        if (separator != 0 && c != separator)
            return false; // 2024-03/05
        separator = c;
        ++i;
    }
    // What follows the date must be a time part: whitespace or 'T' then digits and ':' etc.
    if (i < s.size()) {
        if (s[i] != ' ' && s[i] != 'T' && s[i] != 't')
            return false;
        for (std::size_t k = i + 1; k < s.size(); ++k) {
            const char c = s[k];
            if (!(isDigit(c) || c == ':' || c == '.' || c == ' ' || c == 'Z' || c == '+' || c == '-' || c == 'A' ||
                  c == 'P' || c == 'M' || c == 'a' || c == 'p' || c == 'm'))
                return false;
        }
    }
    if (parts->count == 1 && parts->digits[0] == 8) { // yyyyMMdd
        const int v = parts->value[0];
        parts->value[0] = v / 10000;
        parts->value[1] = v / 100 % 100;
        parts->value[2] = v % 100;
        parts->digits[0] = 4;
        parts->digits[1] = 2;
        parts->digits[2] = 2;
        parts->count = 3;
        return separator == 0;
    }
    return parts->count == 3 && separator != 0;
}

int fullYear(int value, int digits)
{
    if (digits == 4)
        return value;
    if (digits <= 2)
        return value < 70 ? 2000 + value : 1900 + value;
    return -1;
}

} // namespace

bool parseDate(std::string_view text, DateOrder order, Day *day)
{
    Parts p;
    if (!split(text, &p))
        return false;
    int y = 0, m = 0, d = 0;
    switch (order) {
    case DateOrder::YearMonthDay:
        if (p.digits[0] != 4 || p.digits[1] > 2 || p.digits[2] > 2)
            return false;
        y = p.value[0];
        m = p.value[1];
        d = p.value[2];
        break;
    case DateOrder::DayMonthYear:
        if (p.digits[0] > 2 || p.digits[1] > 2)
            return false;
        d = p.value[0];
        m = p.value[1];
        y = fullYear(p.value[2], p.digits[2]);
        break;
    case DateOrder::MonthDayYear:
        if (p.digits[0] > 2 || p.digits[1] > 2)
            return false;
        m = p.value[0];
        d = p.value[1];
        y = fullYear(p.value[2], p.digits[2]);
        break;
    case DateOrder::Unknown:
        return false;
    }
    if (!isValidCivil(y, m, d))
        return false;
    *day = daysFromCivil(y, m, d);
    return true;
}

void DateOrderVotes::add(std::string_view value)
{
    bool blank = true;
    for (char c : value)
        blank = blank && (c == ' ' || c == '\t');
    if (blank)
        return;
    Day d = 0;
    const bool y = parseDate(value, DateOrder::YearMonthDay, &d);
    const bool dm = parseDate(value, DateOrder::DayMonthYear, &d);
    const bool md = parseDate(value, DateOrder::MonthDayYear, &d);
    if (!y && !dm && !md)
        return; // not a date at all: that row is rejected later, it casts no vote
    ++values;
    ymd += y ? 1 : 0;
    dmy += dm ? 1 : 0;
    mdy += md ? 1 : 0;
}

bool DateOrderVotes::ambiguous() const
{
    return values > 0 && dmy == values && mdy == values && ymd < values;
}

DateOrder DateOrderVotes::decide() const
{
    const std::int64_t best = std::max({ymd, dmy, mdy});
    if (best == 0)
        return DateOrder::Unknown;
    if (ymd == best)
        return DateOrder::YearMonthDay;
    if (dmy == mdy)
        return DateOrder::Unknown;
    return dmy > mdy ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
}

} // namespace ltv::io
