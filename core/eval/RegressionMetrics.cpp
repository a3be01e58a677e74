#include "eval/RegressionMetrics.h"

#include "eval/PairedValues.h"

#include "eval/Ranking.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace ltv::eval {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

double meanSquaredError(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    if (!usablePairs(actual, predicted))
        return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i)
        sum += (predicted[i] - actual[i]) * (predicted[i] - actual[i]);
    return sum / static_cast<double>(actual.size());
}

double meanAbsoluteError(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    if (!usablePairs(actual, predicted))
        return kNaN;
    double sum = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i)
        sum += std::abs(predicted[i] - actual[i]);
    return sum / static_cast<double>(actual.size());
}

double rSquared(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    if (!usablePairs(actual, predicted))
        return kNaN;
    const double mean = std::accumulate(actual.begin(), actual.end(), 0.0) / static_cast<double>(actual.size());
    double ssRes = 0.0, ssTot = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        ssRes += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
        ssTot += (actual[i] - mean) * (actual[i] - mean);
    }
    return ssTot > 0.0 ? 1.0 - ssRes / ssTot : kNaN;
}

double totalRatio(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    if (!usablePairs(actual, predicted))
        return kNaN;
    const double total = std::accumulate(actual.begin(), actual.end(), 0.0);
    return total != 0.0 ? std::accumulate(predicted.begin(), predicted.end(), 0.0) / total : kNaN;
}

RegressionMetrics evaluateRegression(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    RegressionMetrics m;
    m.count = static_cast<int>(actual.size());
    if (!usablePairs(actual, predicted)) {
        m.mse = m.rmse = m.mae = m.r2 = m.normalizedGini = m.spearman = m.top20Capture = m.revenueRatio = kNaN;
        m.deciles.mape = kNaN;
        return m;
    }
    m.mse = meanSquaredError(actual, predicted);
    m.rmse = std::sqrt(m.mse);
    m.mae = meanAbsoluteError(actual, predicted);
    m.r2 = rSquared(actual, predicted);
    m.normalizedGini = normalizedGini(actual, predicted);
    m.spearman = spearman(actual, predicted);
    m.top20Capture = topShareCapture(actual, predicted, 0.2);
    m.revenueRatio = totalRatio(actual, predicted);
    m.deciles = decileTable(actual, predicted, 10);
    return m;
}

} // namespace ltv::eval
