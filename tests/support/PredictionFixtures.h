#pragma once
// Predictions made up for tests, and an independent mean of predicted values.

#include "models/Model.h"

namespace ltv::test {

// Customers 0..n-1 with the given LTV and churn probability, P(alive) =
// 1 - churn (NaN where churn is NaN) and one expected purchase of `spend`.
models::Predictions syntheticPredictions(const std::vector<double> &ltv, const std::vector<double> &churn,
                                         double spend = 1.0);

// Mean of p.ltv over the customers of `evaluated` that have a finite one,
// computed here from scratch.
double meanLtvOver(const models::Predictions &p, const features::Labels &evaluated);

} // namespace ltv::test
