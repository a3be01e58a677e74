#pragma once
// Rank-based metrics of a value prediction: how well the ordering by the
// prediction concentrates the actual value. Ties in the prediction are
// handled as their expectation over random tie-breaking, so every result is
// deterministic and independent of the input order.

#include <vector>

namespace ltv::eval {

// Average ranks (1-based); tied values share the mean of their positions.
std::vector<double> averageRanks(const std::vector<double> &values);

// Raw Gini of the gain chart: customers sorted by `predicted` descending,
// (1/n) * sum_i (cumulative share of actual at i) - (n + 1) / (2n).
// NaN when the actual total is zero or the sizes differ.
double giniRaw(const std::vector<double> &actual, const std::vector<double> &predicted);

// giniRaw(actual, predicted) / giniRaw(actual, actual): 1 for the perfect
// ranking, -1 for the reversed one, about 0 for a random one.
double normalizedGini(const std::vector<double> &actual, const std::vector<double> &predicted);

// Spearman rank correlation (Pearson correlation of average ranks); NaN when
// either side is constant.
double spearman(const std::vector<double> &a, const std::vector<double> &b);

// Share of the total actual value held by the top `fraction` of customers by
// prediction (a tie group straddling the cut counts pro rata). NaN when the
// actual total is zero.
double topShareCapture(const std::vector<double> &actual, const std::vector<double> &predicted, double fraction);

} // namespace ltv::eval
