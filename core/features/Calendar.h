#pragma once
// Calendar parts of a Day without QDate (fast enough for tens of millions of lines).

#include "features/Types.h"

namespace ltv::features {

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1-12
    int day = 1;   // 1-31
};

// Proleptic Gregorian calendar date of a day since 1970-01-01.
CivilDate civilFromDay(Day day);
// Calendar month (1-12) of a day.
inline int monthOfDay(Day day)
{
    return civilFromDay(day).month;
}
// Months since January 1970 (January 1970 = 0), for month arithmetic.
inline int monthIndexOfDay(Day day)
{
    const CivilDate d = civilFromDay(day);
    return (d.year - 1970) * 12 + d.month - 1;
}

} // namespace ltv::features
