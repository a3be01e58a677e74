#pragma once
// Central finite differences for the gradient checks of the nn building blocks.

#include "models/nn/Tensor.h"

#include <algorithm>
#include <functional>

namespace ltv::models::nn::testing {

// d objective / d entry of `variable`, by central differences with step h.
inline Matrix numericGradient(Matrix &variable, const std::function<double()> &objective, double h = 1e-5)
{
    Matrix grad(variable.rows(), variable.cols());
    for (Eigen::Index i = 0; i < variable.size(); ++i) {
        const double saved = variable.data()[i];
        variable.data()[i] = saved + h;
        const double up = objective();
        variable.data()[i] = saved - h;
        const double down = objective();
        variable.data()[i] = saved;
        grad.data()[i] = (up - down) / (2.0 * h);
    }
    return grad;
}

// ||a - n|| / max(||a||, ||n||): the usual gradient-check relative error.
inline double relativeError(const Matrix &analytic, const Matrix &numeric)
{
    const double scale = std::max({analytic.norm(), numeric.norm(), 1e-300});
    return (analytic - numeric).norm() / scale;
}

inline Matrix randomMatrix(Eigen::Index rows, Eigen::Index cols, Rng &rng, double lo = -1.0, double hi = 1.0)
{
    std::uniform_real_distribution<double> dist(lo, hi);
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = dist(rng);
    return m;
}

// A scalar objective sum(G .* y) so that dObjective/dy = G for any layer output y.
inline double weightedSum(const Matrix &y, const Matrix &weights)
{
    return y.cwiseProduct(weights).sum();
}

} // namespace ltv::models::nn::testing
