#include "eval/GainCurve.h"

#include "eval/Ranking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ltv::eval {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Vertices of the exact curve for the ranking by `key` (descending): one per
// group of equal keys.
std::vector<GainPoint> exactCurve(const std::vector<double> &actual, const std::vector<double> &key, double total)
{
    std::vector<std::size_t> order(key.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key[a] > key[b]; });
    const double n = static_cast<double>(key.size());
    std::vector<GainPoint> curve{{0.0, 0.0}};
    double cumulative = 0.0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && key[order[j]] == key[order[i]]) {
            cumulative += actual[order[j]];
            ++j;
        }
        curve.push_back({static_cast<double>(j) / n, cumulative / total});
        i = j;
    }
    curve.back() = {1.0, 1.0}; // exact end despite rounding in the running sum
    return curve;
}

std::vector<GainPoint> resample(const std::vector<GainPoint> &curve, int maxPoints)
{
    if (maxPoints < 2 || static_cast<int>(curve.size()) <= maxPoints)
        return curve;
    std::vector<GainPoint> sampled;
    sampled.reserve(static_cast<std::size_t>(maxPoints));
    for (int k = 0; k < maxPoints; ++k) {
        const double p = static_cast<double>(k) / (maxPoints - 1);
        sampled.push_back({p, gainAt(curve, p)});
    }
    return sampled;
}

} // namespace

double GainPoint::lift() const
{
    return population > 0.0 ? gain / population : kNaN;
}

double gainAt(const std::vector<GainPoint> &curve, double population)
{
    if (curve.empty())
        return kNaN;
    const auto upper = std::lower_bound(curve.begin(), curve.end(), population,
                                        [](const GainPoint &point, double p) { return point.population < p; });
    if (upper == curve.begin())
        return upper->gain;
    if (upper == curve.end())
        return curve.back().gain;
    const GainPoint &b = *upper;
    const GainPoint &a = *(upper - 1);
    const double width = b.population - a.population;
    return width > 0.0 ? a.gain + (population - a.population) / width * (b.gain - a.gain) : b.gain;
}

GainCurve gainCurve(const std::vector<double> &actual, const std::vector<double> &predicted, int maxPoints)
{
    GainCurve result;
    result.gini = kNaN;
    if (actual.size() != predicted.size() || actual.empty())
        return result;
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!std::isfinite(actual[i]) || !std::isfinite(predicted[i]))
            return result;
    const double total = std::accumulate(actual.begin(), actual.end(), 0.0);
    if (total == 0.0)
        return result;
    result.model = resample(exactCurve(actual, predicted, total), maxPoints);
    result.perfect = resample(exactCurve(actual, actual, total), maxPoints);
    result.gini = normalizedGini(actual, predicted);
    return result;
}

} // namespace ltv::eval
