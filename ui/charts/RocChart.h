#pragma once
// ROC curves of several classifiers overlaid, each with its AUC in the
// legend, and the chance diagonal. The points are core's eval::rocCurve.

#include "charts/Chart.h"

#include "eval/Classification.h"

#include <QString>

#include <limits>

#include <vector>

class QLineSeries;

namespace ltv::ui::charts {

struct RocCurveSeries
{
    QString name;                                          // e.g. the model's display name
    std::vector<eval::RocPoint> points;                    // eval::rocCurve(labels, scores)
    double auc = std::numeric_limits<double>::quiet_NaN(); // eval::rocAuc(labels, scores)
};

class RocChart : public Chart
{
    Q_OBJECT
public:
    explicit RocChart(QGraphicsItem *parent = nullptr);

    // An empty title keeps the default ("ROC curves").
    void setCurves(const std::vector<RocCurveSeries> &curves, const QString &title = {});
    // The line of curve i (in setCurves order), nullptr when out of range.
    QLineSeries *curveSeries(int index) const;
    QLineSeries *chanceSeries() const { return chance_; }
    // "name (AUC 0.812)", the legend text of a curve.
    static QString legendText(const RocCurveSeries &curve);

    QSize preferredExportSize() const override { return {760, 680}; }

private:
    std::vector<QLineSeries *> curves_;
    QLineSeries *chance_ = nullptr;
};

} // namespace ltv::ui::charts
