#pragma once
// Error and ranking metrics of a value prediction (e.g. horizon revenue),
// one implementation for every model.

#include "eval/DecileTable.h"

#include <vector>

namespace ltv::eval {

double meanSquaredError(const std::vector<double> &actual, const std::vector<double> &predicted);
double meanAbsoluteError(const std::vector<double> &actual, const std::vector<double> &predicted);
// 1 - SS_res / SS_tot; NaN when the actual values are constant.
double rSquared(const std::vector<double> &actual, const std::vector<double> &predicted);
// sum(predicted) / sum(actual); NaN when the actual total is zero.
double totalRatio(const std::vector<double> &actual, const std::vector<double> &predicted);

struct RegressionMetrics
{
    int count = 0;
    double mse = 0.0;
    double rmse = 0.0;
    double mae = 0.0;
    double r2 = 0.0;
    double normalizedGini = 0.0;
    double spearman = 0.0;
    double top20Capture = 0.0; // share of actual value in the top 20% by prediction
    double revenueRatio = 0.0; // total predicted / total actual
    DecileTable deciles;       // decile MAPE in deciles.mape
};

// All metrics at once. Every value is NaN when the sizes differ, the input is
// empty or a prediction is not finite (a model that did not predict this).
RegressionMetrics evaluateRegression(const std::vector<double> &actual, const std::vector<double> &predicted);

} // namespace ltv::eval
