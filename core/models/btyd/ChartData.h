#pragma once
// Data behind the BTYD charts, as plain values for the UI and reports:
// frequency/recency matrices, calibration vs holdout by frequency, tracking of
// expected vs actual repeat transactions, and a customer's P(alive) history.

#include "features/CustomerSummary.h"
#include "features/Types.h"

#include <vector>

namespace ltv::models::btyd {

class TransactionModel;

// values[row * columns + column]; rows are recency, columns frequency.
struct FrequencyRecencyMatrix
{
    std::vector<double> recency;   // row values, model units
    std::vector<double> frequency; // column values
    std::vector<double> values;
    double age = 0.0; // T used for every cell

    double at(std::size_t row, std::size_t column) const { return values[row * frequency.size() + column]; }
};

// Expected purchases in the next `horizon` for customers of age T with
// frequency 0..maxFrequency and recency 0..T in recencySteps+1 steps. For
// frequency 0 the recency is 0 by definition; that column repeats the value.
FrequencyRecencyMatrix expectedPurchasesMatrix(const TransactionModel &model, double T, double horizon,
                                               int maxFrequency, int recencySteps);
FrequencyRecencyMatrix probabilityAliveMatrix(const TransactionModel &model, double T, int maxFrequency,
                                              int recencySteps);

// Mean holdout purchases by calibration frequency, actual vs predicted.
struct CalibrationHoldoutRow
{
    int frequency = 0; // calibration frequency; the last row collects >= maxFrequency
    std::size_t customers = 0;
    double actual = 0.0;    // mean holdout repeat purchases
    double predicted = 0.0; // mean conditional expected purchases over the holdout
};
std::vector<CalibrationHoldoutRow> calibrationVsHoldout(const TransactionModel &model,
                                                        const features::CustomerSummary &calibration,
                                                        const std::vector<double> &holdoutPurchases,
                                                        double holdoutLength, int maxFrequency);

// Expected vs actual repeat transactions of a cohort over time (the tracking plot).
struct TrackingSeries
{
    std::vector<Day> day; // period ends
    std::vector<double> actualCumulative;
    std::vector<double> expectedCumulative;
    std::vector<double> actualIncremental;
    std::vector<double> expectedIncremental;
};
// firstPurchase: per customer, the day of the first purchase; repeatPurchaseDays:
// every repeat purchase day of every customer (one entry per purchase day).
// Points at from + k * stepDays up to `to`; a purchase on day d counts for
// period ends >= d, and a customer contributes E[X((end - first) / unit)].
TrackingSeries trackingSeries(const TransactionModel &model, TimeUnit unit, const std::vector<Day> &firstPurchase,
                              const std::vector<Day> &repeatPurchaseDays, Day from, Day to, int stepDays);

// P(alive) of one customer as time passes: at every grid point (step) from 0
// to T and just at each purchase, using only the purchases seen so far.
// purchaseTimes: the customer's purchase times in model units, first = 0.
struct AliveHistory
{
    std::vector<double> time;
    std::vector<double> pAlive;
};
AliveHistory probabilityAliveHistory(const TransactionModel &model, const std::vector<double> &purchaseTimes, double T,
                                     double step);

} // namespace ltv::models::btyd
