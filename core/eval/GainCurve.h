#pragma once
// The cumulative gain curve of a value prediction: customers ranked by the
// prediction (descending), the share of all customers reached against the
// share of the total actual value they hold. Ties in the prediction count as
// their expectation over random tie-breaking (the curve runs straight across
// a tie group), as in Ranking.h, so the area between the curve and the
// diagonal is exactly giniRaw. Lift is gain / population share.

#include <vector>

namespace ltv::eval {

struct GainPoint
{
    double population = 0.0; // share of customers, in [0, 1]
    double gain = 0.0;       // share of the total actual value
    double lift() const;     // gain / population; NaN at population 0
};

struct GainCurve
{
    std::vector<GainPoint> model;   // ranked by the prediction
    std::vector<GainPoint> perfect; // ranked by the actual value itself
    double gini = 0.0;              // normalizedGini(actual, predicted)
};

// Starts at (0, 0) and ends at (1, 1). With maxPoints >= 2 and more vertices
// than that, the exact curve is sampled at maxPoints evenly spaced population
// shares (by linear interpolation between its vertices); maxPoints <= 0 keeps
// every vertex (one per tie group). Empty curves and NaN Gini when the sizes
// differ, the input is empty or not finite, or the actual total is zero.
GainCurve gainCurve(const std::vector<double> &actual, const std::vector<double> &predicted, int maxPoints = 201);

// Linear interpolation of a curve's gain at a population share.
double gainAt(const std::vector<GainPoint> &curve, double population);

} // namespace ltv::eval
