#pragma once
// Transactions over time, actual against what the model expected, cumulative
// by default, with the end of the calibration period marked.

#include "charts/Chart.h"

#include "features/Types.h"

#include <optional>
#include <vector>

class QLineSeries;

namespace ltv::ui::charts {

struct TrackingData
{
    std::vector<Day> day;         // end of each period (days since 1970-01-01), ascending
    std::vector<double> actual;   // actual transactions, cumulative
    std::vector<double> expected; // expected transactions, cumulative
    std::optional<Day> calibrationEnd;
};

class TrackingChart : public Chart
{
    Q_OBJECT
public:
    explicit TrackingChart(QGraphicsItem *parent = nullptr);

    // Same sizes required (false and an empty chart otherwise). valueTitle
    // names the y axis (default "Cumulative repeat transactions").
    bool setData(const TrackingData &data, const QString &valueTitle = {}, const QString &title = {});
    const TrackingData &data() const { return data_; }

    // x in milliseconds since the epoch (QDateTimeAxis), y as given.
    QLineSeries *actualSeries() const { return actual_; }
    QLineSeries *expectedSeries() const { return expected_; }
    QLineSeries *calibrationEndSeries() const { return marker_; }
    static qreal msecsOfDay(Day day);

    QSize preferredExportSize() const override { return {1000, 580}; }

private:
    TrackingData data_;
    QLineSeries *actual_ = nullptr;
    QLineSeries *expected_ = nullptr;
    QLineSeries *marker_ = nullptr;
};

} // namespace ltv::ui::charts
