#pragma once
// Chart data of the fitted models of one evaluation run, computed while the
// models are still alive (EvaluationResult keeps no fitted model):
// - per BTYD transaction model: holdout purchases by calibration frequency,
//   the tracking of cumulative repeat transactions, and the P(alive) and
//   expected-purchases matrices by frequency x recency;
// - per explainable ML model: its global feature importance.
// Plain values, so the GUI, the report and tests draw the same numbers.

#include "features/TransactionSet.h"
#include "models/Model.h"
#include "models/btyd/ChartData.h"

#include <QList>
#include <QString>

#include <vector>

namespace ltv::pipeline {

class JobContext;
struct EvaluationData;
struct EvaluationRequest;

struct BtydChartData
{
    QString model; // registry id, e.g. "bgnbd"
    TimeUnit unit = TimeUnit::Week;
    double horizon = 0.0; // holdout length in units (matrix and calibration horizon)

    // Evaluated (holdout) customers by calibration frequency; the last row
    // collects frequency >= calibrationMaxFrequency.
    std::vector<models::btyd::CalibrationHoldoutRow> calibration;
    int calibrationMaxFrequency = 7;

    // All calibration customers (the cohort the model was fitted on): repeat
    // purchase days up to the holdout end, cumulative, at weekly period ends.
    models::btyd::TrackingSeries tracking;
    Day calibrationEnd = 0;

    // Rows are recency 0..age in even steps, columns frequency 0..max (the
    // calibration's 99th percentile, 6..20). age: a whole number of units at
    // most 5 % below the oldest calibration customer's T, so every cell is a
    // possible customer.
    models::btyd::FrequencyRecencyMatrix pAlive;
    models::btyd::FrequencyRecencyMatrix expectedPurchases; // over `horizon`
};

struct ImportanceChartData
{
    QString model;
    QList<models::FeatureImportance> importance; // every target's shares (each sums to 1)
};

struct EvaluationCharts
{
    std::vector<BtydChartData> btyd;             // in the order the models were fitted
    std::vector<ImportanceChartData> importance; // explainable models only

    const BtydChartData *btydOf(const QString &model) const;
    const ImportanceChartData *importanceOf(const QString &model) const;
};

// Appends the chart data of one fitted model: BTYD models with a transaction
// model and ML models with a non-empty importance; others are skipped.
// `set` is the evaluated transaction set (any order).
void collectChartData(const models::Model &model, const features::TransactionSet &set, const EvaluationData &data,
                      const EvaluationRequest &request, EvaluationCharts &charts, const JobContext &job);

// Building blocks (exposed for tests).
// Per calibration customer, the first purchase day and every later purchase
// day (distinct days with a purchase line, as in features::summarize) up to `to`.
struct RepeatPurchaseDays
{
    std::vector<Day> firstPurchase;
    std::vector<Day> repeatDays;
};
RepeatPurchaseDays repeatPurchaseDays(const features::TransactionSet &set, const features::CustomerSummary &customers,
                                      Day to);
// Period length of the tracking series: a week, longer for long data so that
// the series has at most ~260 points.
int trackingStepDays(Day from, Day to);

} // namespace ltv::pipeline
