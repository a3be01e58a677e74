#pragma once
// Binning for the distribution histogram, kept apart from drawing so it can
// be tested: equal-width bins, or equal-width in log10 for skewed values such
// as LTV (where values <= 0 cannot be placed and are counted apart).

#include <vector>

namespace ltv::ui::charts {

struct HistogramBins
{
    std::vector<double> edges; // bins + 1 ascending edges; bin i is [edges[i], edges[i+1]), the last closed
    std::vector<long long> counts;
    long long excluded = 0; // not finite, or <= 0 on a log scale
    double mean = 0.0;      // of all finite values (NaN when none)
    double median = 0.0;    // of all finite values (NaN when none)
};

HistogramBins makeHistogramBins(const std::vector<double> &values, int bins, bool logScale);

} // namespace ltv::ui::charts
