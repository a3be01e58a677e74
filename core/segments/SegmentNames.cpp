#include "segments/SegmentNames.h"

#include <QCoreApplication>

namespace ltv::segments {
namespace {

// The built-in names, for lupdate: RfmRules.cpp (defaultRfmRules, othersSegmentName)
// and ValueRisk.cpp (ValueRiskConfig::defaultCellNames) hold the same texts.
[[maybe_unused]] constexpr const char *kBuiltinNames[] = {
    QT_TRANSLATE_NOOP("SegmentNames", "Champions"),
    QT_TRANSLATE_NOOP("SegmentNames", "Loyal Customers"),
    QT_TRANSLATE_NOOP("SegmentNames", "New Customers"),
    QT_TRANSLATE_NOOP("SegmentNames", "Promising"),
    QT_TRANSLATE_NOOP("SegmentNames", "Potential Loyalist"),
    QT_TRANSLATE_NOOP("SegmentNames", "Need Attention"),
    QT_TRANSLATE_NOOP("SegmentNames", "About To Sleep"),
    QT_TRANSLATE_NOOP("SegmentNames", "Can't Lose Them"),
    QT_TRANSLATE_NOOP("SegmentNames", "At Risk"),
    QT_TRANSLATE_NOOP("SegmentNames", "Lost"),
    QT_TRANSLATE_NOOP("SegmentNames", "Hibernating"),
    QT_TRANSLATE_NOOP("SegmentNames", "Others"),
    QT_TRANSLATE_NOOP("SegmentNames", "High value, low risk: VIP care"),
    QT_TRANSLATE_NOOP("SegmentNames", "High value, medium risk: loyalty programme"),
    QT_TRANSLATE_NOOP("SegmentNames", "High value, high risk: win back now"),
    QT_TRANSLATE_NOOP("SegmentNames", "Medium value, low risk: cross-sell with small incentives"),
    QT_TRANSLATE_NOOP("SegmentNames", "Medium value, medium risk: loyalty nurture"),
    QT_TRANSLATE_NOOP("SegmentNames", "Medium value, high risk: targeted win-back"),
    QT_TRANSLATE_NOOP("SegmentNames", "Low value, low risk: small incentives only"),
    QT_TRANSLATE_NOOP("SegmentNames", "Low value, medium risk: low-cost nurture"),
    QT_TRANSLATE_NOOP("SegmentNames", "Low value, high risk: suppress"),
};

} // namespace

QString segmentDisplayName(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return QCoreApplication::translate("SegmentNames", utf8.constData());
}

Table withSegmentDisplayNames(Table table, qsizetype column)
{
    for (QStringList &row : table.rows)
        if (column < row.size())
            row[column] = segmentDisplayName(row[column]);
    return table;
}

} // namespace ltv::segments
