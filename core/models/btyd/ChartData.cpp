#include "models/btyd/ChartData.h"

#include "models/btyd/ParallelRows.h"
#include "models/btyd/TransactionModel.h"

#include <algorithm>
#include <map>

namespace ltv::models::btyd {
namespace {

template <typename CellFn> FrequencyRecencyMatrix buildMatrix(double T, int maxFrequency, int recencySteps, CellFn cell)
{
    FrequencyRecencyMatrix m;
    m.age = T;
    const int steps = std::max(1, recencySteps);
    for (int k = 0; k <= steps; ++k)
        m.recency.push_back(T * k / steps);
    for (int f = 0; f <= std::max(0, maxFrequency); ++f)
        m.frequency.push_back(f);
    m.values.resize(m.recency.size() * m.frequency.size());
    parallelBlocks(m.recency.size(), [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t row = begin; row < end; ++row)
            for (std::size_t col = 0; col < m.frequency.size(); ++col) {
                const double x = m.frequency[col];
                m.values[row * m.frequency.size() + col] = cell(x, x > 0.0 ? m.recency[row] : 0.0);
            }
    });
    return m;
}

} // namespace

FrequencyRecencyMatrix expectedPurchasesMatrix(const TransactionModel &model, double T, double horizon,
                                               int maxFrequency, int recencySteps)
{
    return buildMatrix(T, maxFrequency, recencySteps,
                       [&](double x, double tx) { return model.conditionalExpectedPurchases(horizon, x, tx, T); });
}

FrequencyRecencyMatrix probabilityAliveMatrix(const TransactionModel &model, double T, int maxFrequency,
                                              int recencySteps)
{
    return buildMatrix(T, maxFrequency, recencySteps,
                       [&](double x, double tx) { return model.probabilityAlive(x, tx, T); });
}

std::vector<CalibrationHoldoutRow> calibrationVsHoldout(const TransactionModel &model,
                                                        const features::CustomerSummary &calibration,
                                                        const std::vector<double> &holdoutPurchases,
                                                        double holdoutLength, int maxFrequency)
{
    const std::size_t n = std::min(calibration.size(), holdoutPurchases.size());
    std::vector<double> predicted(n);
    parallelBlocks(n, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            predicted[i] = model.conditionalExpectedPurchases(holdoutLength, calibration.frequency[i],
                                                              calibration.recency[i], calibration.age[i]);
    });
    const int buckets = std::max(0, maxFrequency) + 1;
    std::vector<CalibrationHoldoutRow> rows(buckets);
    for (int b = 0; b < buckets; ++b)
        rows[b].frequency = b;
    for (std::size_t i = 0; i < n; ++i) {
        const int b = std::min(buckets - 1, static_cast<int>(calibration.frequency[i]));
        rows[b].customers += 1;
        rows[b].actual += holdoutPurchases[i];
        rows[b].predicted += predicted[i];
    }
    std::vector<CalibrationHoldoutRow> out;
    for (CalibrationHoldoutRow &r : rows) {
        if (r.customers == 0)
            continue;
        r.actual /= double(r.customers);
        r.predicted /= double(r.customers);
        out.push_back(r);
    }
    return out;
}

TrackingSeries trackingSeries(const TransactionModel &model, TimeUnit unit, const std::vector<Day> &firstPurchase,
                              const std::vector<Day> &repeatPurchaseDays, Day from, Day to, int stepDays)
{
    TrackingSeries s;
    if (stepDays <= 0 || to < from)
        return s;
    for (Day d = from; d <= to; d += stepDays)
        s.day.push_back(d);
    // Customers acquired on the same day share E[X(t)]: group by first purchase day.
    std::map<Day, double> cohort;
    for (Day f : firstPurchase)
        cohort[f] += 1.0;
    const std::vector<std::pair<Day, double>> cohorts(cohort.begin(), cohort.end());
    std::vector<Day> purchases = repeatPurchaseDays;
    std::sort(purchases.begin(), purchases.end());
    const double perUnit = daysPerUnit(unit);
    s.expectedCumulative.assign(s.day.size(), 0.0);
    s.actualCumulative.resize(s.day.size());
    parallelBlocks(s.day.size(), [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            double total = 0.0;
            for (const auto &[first, count] : cohorts)
                if (first < s.day[k])
                    total += count * model.expectedPurchases((s.day[k] - first) / perUnit);
            s.expectedCumulative[k] = total;
            s.actualCumulative[k] =
                double(std::upper_bound(purchases.begin(), purchases.end(), s.day[k]) - purchases.begin());
        }
    });
    for (std::size_t k = 0; k < s.day.size(); ++k) {
        s.actualIncremental.push_back(s.actualCumulative[k] - (k ? s.actualCumulative[k - 1] : 0.0));
        s.expectedIncremental.push_back(s.expectedCumulative[k] - (k ? s.expectedCumulative[k - 1] : 0.0));
    }
    return s;
}

AliveHistory probabilityAliveHistory(const TransactionModel &model, const std::vector<double> &purchaseTimes, double T,
                                     double step)
{
    std::vector<double> repeats;
    for (double t : purchaseTimes)
        if (t > 0.0 && t <= T)
            repeats.push_back(t);
    std::sort(repeats.begin(), repeats.end());
    std::vector<double> times = repeats;
    if (step > 0.0)
        for (double t = 0.0; t <= T + 1e-12; t += step)
            times.push_back(std::min(t, T));
    times.push_back(T);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    AliveHistory h;
    for (double t : times) {
        const auto seen = std::upper_bound(repeats.begin(), repeats.end(), t);
        const double x = double(seen - repeats.begin());
        const double tx = x > 0.0 ? *(seen - 1) : 0.0;
        h.time.push_back(t);
        h.pAlive.push_back(t > 0.0 ? model.probabilityAlive(x, tx, t) : 1.0);
    }
    return h;
}

} // namespace ltv::models::btyd
