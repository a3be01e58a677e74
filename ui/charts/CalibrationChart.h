#pragma once
// Holdout purchases against calibration-period frequency: the mean number of
// holdout transactions per frequency bucket, actual against predicted (the
// classic BTYD calibration plot).

#include "charts/Chart.h"

#include <QStringList>

#include <vector>

class QLineSeries;

namespace ltv::ui::charts {

struct CalibrationData
{
    std::vector<double> frequency;     // calibration frequency of each bucket (0, 1, 2, ...)
    std::vector<double> actualMean;    // mean actual holdout purchases in the bucket
    std::vector<double> predictedMean; // mean predicted holdout purchases
    // Optional bucket labels (e.g. "7+" for the last, open bucket); empty =
    // the frequencies themselves.
    QStringList labels;
};

class CalibrationChart : public Chart
{
    Q_OBJECT
public:
    explicit CalibrationChart(QGraphicsItem *parent = nullptr);

    // The three vectors must have the same size; otherwise the chart is empty
    // and false is returned. Points are drawn at x = bucket index.
    bool setData(const CalibrationData &data, const QString &title = {});
    const CalibrationData &data() const { return data_; }

    QLineSeries *actualSeries() const { return actual_; }
    QLineSeries *predictedSeries() const { return predicted_; }

private:
    CalibrationData data_;
    QLineSeries *actual_ = nullptr;
    QLineSeries *predicted_ = nullptr;
};

} // namespace ltv::ui::charts
