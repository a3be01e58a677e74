#include "features/Types.h"

#include <QDate>

namespace ltv {

namespace {
const QDate kEpoch(1970, 1, 1);
}

QString timeUnitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return QStringLiteral("day");
    case TimeUnit::Week:
        return QStringLiteral("week");
    case TimeUnit::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

bool parseTimeUnit(const QString &text, TimeUnit *unit)
{
    const QString t = text.trimmed().toLower();
    if (t == u"d" || t == u"day" || t == u"days")
        *unit = TimeUnit::Day;
    else if (t == u"w" || t == u"week" || t == u"weeks")
        *unit = TimeUnit::Week;
    else if (t == u"m" || t == u"month" || t == u"months")
        *unit = TimeUnit::Month;
    else
        return false;
    return true;
}

QString isoFromDay(Day day)
{
    return kEpoch.addDays(day).toString(Qt::ISODate);
}

bool dayFromIso(const QString &iso, Day *day)
{
    const QDate date = QDate::fromString(iso.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return false;
    *day = static_cast<Day>(kEpoch.daysTo(date));
    return true;
}

} // namespace ltv
