#pragma once
// Turns the chart data core computed for an evaluation run into the inputs of
// the Evaluation page's BTYD and feature-importance charts, with translated
// titles and units. No number is recomputed: only reordered for display.

#include "charts/BarChart.h"
#include "charts/CalibrationChart.h"
#include "charts/HeatmapChart.h"
#include "charts/TrackingChart.h"
#include "pipeline/EvaluationCharts.h"

namespace ltv::ui::evaluation {

// "weeks", "days", "months" (translated).
QString unitName(TimeUnit unit);

// Buckets 0 .. max-1 and "max+"; the means as core computed them.
charts::CalibrationData calibrationData(const pipeline::BtydChartData &data);
// Cumulative actual and expected repeat transactions, the calibration end marked.
charts::TrackingData trackingData(const pipeline::BtydChartData &data);

// The matrices with the most recent buyers (highest recency) in the top row:
// heatmap row r is core's matrix row (rows - 1 - r); columns are frequency.
charts::HeatmapData probabilityAliveHeatmap(const pipeline::BtydChartData &data);
charts::HeatmapData expectedPurchasesHeatmap(const pipeline::BtydChartData &data);
int matrixRowOfHeatmapRow(const models::btyd::FrequencyRecencyMatrix &matrix, int heatmapRow);

// The `top` features with the largest share for the value target (the first
// target when there is none), one bar set per shown target: predicted value
// and churn. Values in percent of the target's total.
struct ImportanceBars
{
    charts::BarData bars;
    QStringList features; // column ids in category order
    QStringList targets;  // target ids in set order
    QString description;  // what the share is of (gain, coefficients)
};
ImportanceBars importanceBars(const pipeline::ImportanceChartData &data, int top = 12);

// A readable, translated name for a feature column ("time_since_last" ->
// "Time since the last purchase"); unknown columns are returned as they are.
QString featureTitle(const QString &column, TimeUnit unit);

} // namespace ltv::ui::evaluation
