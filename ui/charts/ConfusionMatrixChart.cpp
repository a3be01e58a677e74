#include "charts/ConfusionMatrixChart.h"

#include <QLocale>

namespace ltv::ui::charts {

ConfusionMatrixChart::ConfusionMatrixChart(QGraphicsItem *parent)
    : HeatmapChart(parent)
{
    setMatrix(eval::ConfusionMatrix{});
}

void ConfusionMatrixChart::setMatrix(const eval::ConfusionMatrix &matrix, const QString &positiveName,
                                     const QString &negativeName)
{
    matrix_ = matrix;
    const QString positive = positiveName.isEmpty() ? tr("Positive") : positiveName;
    const QString negative = negativeName.isEmpty() ? tr("Negative") : negativeName;
    const QLocale locale;
    const double total = static_cast<double>(matrix.total());

    HeatmapData data;
    data.rowLabels = {positive, negative};
    data.columnLabels = {positive, negative};
    data.rowTitle = tr("Actual class");
    data.columnTitle = tr("Predicted class");
    data.valueTitle = tr("Customers");
    data.decimals = 0;
    data.minimum = 0.0;
    const std::int64_t counts[4] = {matrix.truePositive, matrix.falseNegative, matrix.falsePositive,
                                    matrix.trueNegative};
    for (std::int64_t count : counts) {
        data.values.push_back(static_cast<double>(count));
        const QString share =
            total > 0 ? locale.toString(100.0 * static_cast<double>(count) / total, 'f', 1) : QStringLiteral("–");
        data.cellTexts.push_back(tr("%1\n(%2%)").arg(locale.toString(static_cast<qlonglong>(count)), share));
    }
    setData(data);
    setTitle(tr("Confusion matrix at threshold %1").arg(locale.toString(matrix.threshold, 'f', 3)));
}

} // namespace ltv::ui::charts
