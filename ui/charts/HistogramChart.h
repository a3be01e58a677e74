#pragma once
// Distribution of a value (predicted LTV per customer) as a histogram, on a
// linear or log scale, with the mean and the median marked.

#include "charts/Chart.h"
#include "charts/HistogramBins.h"

#include <vector>

class QAreaSeries;
class QLineSeries;

namespace ltv::ui::charts {

class HistogramChart : public Chart
{
    Q_OBJECT
public:
    explicit HistogramChart(QGraphicsItem *parent = nullptr);

    // valueTitle names the value with its unit, e.g. "Predicted 1-year LTV (USD)".
    void setValues(std::vector<double> values, const QString &valueTitle = {}, const QString &title = {});
    void setLogScale(bool logScale);
    bool logScale() const { return logScale_; }
    void setBinCount(int bins);

    const HistogramBins &bins() const { return bins_; }
    // The outline of the bars: (first edge, 0), then (edge i, count i), (edge i+1,
    // count i) for every bin, then (last edge, 0).
    QLineSeries *outlineSeries() const { return outline_; }
    QLineSeries *meanSeries() const { return mean_; }
    QLineSeries *medianSeries() const { return median_; }

    QSize preferredExportSize() const override { return {960, 580}; }

private:
    void rebuild();

    std::vector<double> values_;
    QString valueTitle_;
    QString title_;
    bool logScale_ = false;
    int binCount_ = 40;
    HistogramBins bins_;
    QLineSeries *outline_ = nullptr;
    QLineSeries *mean_ = nullptr;
    QLineSeries *median_ = nullptr;
};

} // namespace ltv::ui::charts
