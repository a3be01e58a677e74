#pragma once
// The confusion matrix at one threshold as a 2 x 2 heatmap: rows are the
// actual class, columns the predicted class, each cell its count and its
// share of all customers. Fed by eval::confusionAt.

#include "charts/HeatmapChart.h"

#include "eval/Classification.h"

namespace ltv::ui::charts {

class ConfusionMatrixChart : public HeatmapChart
{
    Q_OBJECT
public:
    explicit ConfusionMatrixChart(QGraphicsItem *parent = nullptr);

    // positiveName / negativeName label the classes (e.g. "Churned", "Active");
    // empty keeps "Positive" / "Negative".
    void setMatrix(const eval::ConfusionMatrix &matrix, const QString &positiveName = {},
                   const QString &negativeName = {});
    const eval::ConfusionMatrix &matrix() const { return matrix_; }

    QSize preferredExportSize() const override { return {720, 560}; }

private:
    eval::ConfusionMatrix matrix_;
};

} // namespace ltv::ui::charts
