#include "IsoDay.h"

#include <QtGlobal>

namespace ltv::test {

Day isoDay(const char *text)
{
    Day d = 0;
    if (!dayFromIso(QString::fromLatin1(text), &d))
        qFatal("bad date %s", text);
    return d;
}

} // namespace ltv::test
