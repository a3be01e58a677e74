#include "pages/segments/SegmentModelName.h"

#include <QCoreApplication>

namespace ltv::ui {

QStringList segmentModelIds()
{
    return {QStringLiteral("bgnbd"), QStringLiteral("pnbd"), QStringLiteral("mbgnbd")};
}

QString segmentModelName(const QString &id)
{
    // The Segments page's context, where these names were first translated.
    if (id == QLatin1String("bgnbd"))
        return QCoreApplication::translate("ltv::ui::SegmentsPage", "BG/NBD");
    if (id == QLatin1String("pnbd"))
        return QCoreApplication::translate("ltv::ui::SegmentsPage", "Pareto/NBD");
    if (id == QLatin1String("mbgnbd"))
        return QCoreApplication::translate("ltv::ui::SegmentsPage", "MBG/NBD");
    return id;
}

} // namespace ltv::ui
