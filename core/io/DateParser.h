#pragma once
// Dates as exports write them: 2024-03-05, 05/03/2024, 3/5/24, 20240305,
// 05.03.2024, optionally followed by a time (which is ignored: days are the
// model's resolution). A column's field order is either given or detected;
// detection never guesses between day/month and month/day.

#include "features/Types.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace ltv::io {

enum class DateOrder { Unknown, YearMonthDay, DayMonthYear, MonthDayYear };

struct DateFormat
{
    DateOrder order = DateOrder::Unknown;
    bool isValid() const { return order != DateOrder::Unknown; }
    // A Qt-style pattern describing the order, e.g. "dd/MM/yyyy".
    QString pattern() const;
};

// Reads a format such as "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yy", "yyyyMMdd",
// "dd.MM.yyyy HH:mm" or the words "ymd", "dmy", "mdy". Returns an invalid format otherwise.
DateFormat parseDateFormat(const QString &text);

// Parses one value; false when it is not a valid date in that order.
// Two-digit years are 1970-2069.
bool parseDate(std::string_view text, DateOrder order, Day *day);

// Days since 1970-01-01 for a proleptic Gregorian date (month 1-12, day 1-31).
Day daysFromCivil(int year, int month, int day);
bool isValidCivil(int year, int month, int day);

// Counts of sample values that parse in each order, for detection.
struct DateOrderVotes
{
    std::int64_t values = 0; // values that read as a date in some order
    std::int64_t ymd = 0;
    std::int64_t dmy = 0;
    std::int64_t mdy = 0;
    void add(std::string_view value);
    // Order all (or most) values parse in; Unknown when none fit or when
    // day/month and month/day fit equally (ambiguous).
    DateOrder decide() const;
    bool ambiguous() const;
};

} // namespace ltv::io
