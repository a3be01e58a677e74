#pragma once
// Penalised linear solvers on standardised features (column-major n x p):
// ridge least squares and L2-penalised logistic regression. The intercept is
// never penalised.

#include <cstddef>
#include <vector>

namespace ltv::models::ml {

struct LinearFit
{
    double intercept = 0.0;
    std::vector<double> coefficients;
    int iterations = 0;
    bool converged = true;
    double loss = 0.0; // mean training loss (squared error or cross-entropy)
};

// argmin (1/n) sum (y - b0 - z b)^2 + l2 * |b|^2. Standardised z has column
// means 0, so b0 = mean(y).
LinearFit fitRidge(const std::vector<double> &z, std::size_t n, std::size_t p, const std::vector<double> &y, double l2);

// argmin (1/n) sum cross-entropy(y, sigmoid(b0 + z b)) + l2 * |b|^2 by Newton's
// method (each step solves the penalised normal equations exactly).
LinearFit fitLogisticRidge(const std::vector<double> &z, std::size_t n, std::size_t p, const std::vector<double> &y,
                           double l2, int maxIterations = 100);

} // namespace ltv::models::ml
