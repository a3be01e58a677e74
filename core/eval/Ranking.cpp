#include "eval/Ranking.h"

#include "eval/PairedValues.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ltv::eval {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Indices sorted by value descending, ties by index so the order is stable.
std::vector<std::size_t> orderDescending(const std::vector<double> &values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    return order;
}

// Groups of equal prediction in descending order: each entry is the group size
// and the sum of the actual values in it.
struct TieGroup
{
    std::size_t size = 0;
    double actualSum = 0.0;
};

std::vector<TieGroup> tieGroups(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    const std::vector<std::size_t> order = orderDescending(predicted);
    std::vector<TieGroup> groups;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        TieGroup g;
        while (j < order.size() && predicted[order[j]] == predicted[order[i]]) {
            g.actualSum += actual[order[j]];
            ++g.size;
            ++j;
        }
        groups.push_back(g);
        i = j;
    }
    return groups;
}

} // namespace

std::vector<double> averageRanks(const std::vector<double> &values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && values[order[j]] == values[order[i]])
            ++j;
        const double mean = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            ranks[order[k]] = mean;
        i = j;
    }
    return ranks;
}

double giniRaw(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    if (!usablePairs(actual, predicted))
        return kNaN;
    const double total = std::accumulate(actual.begin(), actual.end(), 0.0);
    if (total == 0.0)
        return kNaN;
    const auto n = static_cast<double>(actual.size());
    // Inside a tie group of size m the expected cumulative sum at its k-th
    // position is C0 + S * k / m, so the group adds m * C0 + S * (m + 1) / 2.
    double cumulative = 0.0;
    double sumOfCumulative = 0.0;
    for (const TieGroup &g : tieGroups(actual, predicted)) {
        const auto m = static_cast<double>(g.size);
        sumOfCumulative += m * cumulative + g.actualSum * (m + 1.0) / 2.0;
        cumulative += g.actualSum;
    }
    return (sumOfCumulative / total - (n + 1.0) / 2.0) / n;
}

double normalizedGini(const std::vector<double> &actual, const std::vector<double> &predicted)
{
    const double perfect = giniRaw(actual, actual);
    if (!std::isfinite(perfect) || perfect == 0.0)
        return kNaN;
    return giniRaw(actual, predicted) / perfect;
}

double spearman(const std::vector<double> &a, const std::vector<double> &b)
{
    if (!usablePairs(a, b) || a.size() < 2)
        return kNaN;
    const std::vector<double> ra = averageRanks(a);
    const std::vector<double> rb = averageRanks(b);
    const auto n = static_cast<double>(a.size());
    const double meanA = std::accumulate(ra.begin(), ra.end(), 0.0) / n;
    const double meanB = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - meanA) * (rb[i] - meanB);
        saa += (ra[i] - meanA) * (ra[i] - meanA);
        sbb += (rb[i] - meanB) * (rb[i] - meanB);
    }
    if (saa == 0.0 || sbb == 0.0)
        return kNaN;
    return sab / std::sqrt(saa * sbb);
}

double topShareCapture(const std::vector<double> &actual, const std::vector<double> &predicted, double fraction)
{
    if (!usablePairs(actual, predicted))
        return kNaN;
    const double total = std::accumulate(actual.begin(), actual.end(), 0.0);
    if (total == 0.0)
        return kNaN;
    const double cut = std::clamp(fraction, 0.0, 1.0) * static_cast<double>(actual.size());
    double taken = 0.0;
    double captured = 0.0;
    for (const TieGroup &g : tieGroups(actual, predicted)) {
        const auto m = static_cast<double>(g.size);
        if (taken + m <= cut) {
            captured += g.actualSum;
            taken += m;
            continue;
        }
        captured += g.actualSum * (cut - taken) / m; // pro rata share of the straddling group
        break;
    }
    return captured / total;
}

} // namespace ltv::eval
