#include "charts/HistogramBins.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ltv::ui::charts {

HistogramBins makeHistogramBins(const std::vector<double> &values, int bins, bool logScale)
{
    HistogramBins result;
    bins = std::max(1, bins);
    std::vector<double> finite;
    finite.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    result.excluded = static_cast<long long>(values.size() - finite.size());
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    result.mean = nan;
    result.median = nan;
    if (finite.empty())
        return result;

    double sum = 0.0;
    for (double v : finite)
        sum += v;
    result.mean = sum / static_cast<double>(finite.size());
    std::vector<double> sorted = finite;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t mid = sorted.size() / 2;
    result.median = sorted.size() % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;

    std::vector<double> placed;
    placed.reserve(finite.size());
    for (double v : finite) {
        if (logScale && v <= 0.0)
            ++result.excluded;
        else
            placed.push_back(logScale ? std::log10(v) : v);
    }
    if (placed.empty())
        return result;
    double low = *std::min_element(placed.begin(), placed.end());
    double high = *std::max_element(placed.begin(), placed.end());
    if (high <= low) { // one distinct value: a bin of width 1 (a decade on log scale) around it
        low -= 0.5;
        high += 0.5;
    }
    const double width = (high - low) / bins;
    result.counts.assign(static_cast<std::size_t>(bins), 0);
    for (double v : placed) {
        auto bin = static_cast<std::size_t>(std::floor((v - low) / width));
        bin = std::min(bin, static_cast<std::size_t>(bins - 1));
        ++result.counts[bin];
    }
    result.edges.resize(static_cast<std::size_t>(bins) + 1);
    for (int i = 0; i <= bins; ++i) {
        const double edge = i == bins ? high : low + i * width;
        result.edges[static_cast<std::size_t>(i)] = logScale ? std::pow(10.0, edge) : edge;
    }
    return result;
}

} // namespace ltv::ui::charts
