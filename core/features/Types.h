#pragma once
// Basic value types shared by every core module.

#include <QString>

#include <cstdint>

namespace ltv {

// A calendar date as whole days since 1970-01-01 (negative before).
using Day = std::int32_t;

// The time unit models count in. Weeks are days/7 and months days/30.4375,
// as in the reference BTYD packages.
enum class TimeUnit { Day, Week, Month };

inline double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return 1.0;
    case TimeUnit::Week:
        return 7.0;
    case TimeUnit::Month:
        return 30.4375;
    }
    return 1.0;
}

QString timeUnitName(TimeUnit unit);              // "day", "week", "month"
bool parseTimeUnit(const QString &text, TimeUnit *unit); // accepts day(s)/d, week(s)/w, month(s)/m

// Days since epoch <-> ISO text (yyyy-MM-dd). dayFromIso returns false on bad input.
QString isoFromDay(Day day);
bool dayFromIso(const QString &iso, Day *day);

} // namespace ltv
