#include "models/ml/LinearSolvers.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace ltv::models::ml {
namespace {

Eigen::Map<const Eigen::MatrixXd> mapMatrix(const std::vector<double> &z, std::size_t n, std::size_t p)
{
    return {z.data(), static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(p)};
}

double sigmoid(double t)
{
    return t >= 0 ? 1.0 / (1.0 + std::exp(-t)) : std::exp(t) / (1.0 + std::exp(t));
}

} // namespace

LinearFit fitRidge(const std::vector<double> &z, std::size_t n, std::size_t p, const std::vector<double> &y, double l2)
{
    LinearFit fit;
    const auto Z = mapMatrix(z, n, p);
    const Eigen::Map<const Eigen::VectorXd> Y(y.data(), static_cast<Eigen::Index>(n));
    const double nd = static_cast<double>(n);
    fit.intercept = Y.mean();
    const Eigen::VectorXd centred = Y.array() - fit.intercept;
    Eigen::MatrixXd A = Z.transpose() * Z / nd;
    A.diagonal().array() += l2;
    // A tiny jitter keeps an all-constant design (zero columns) solvable with l2 = 0.
    A.diagonal().array() += 1e-12;
    const Eigen::VectorXd b = A.ldlt().solve(Z.transpose() * centred / nd);
    fit.coefficients.assign(b.data(), b.data() + b.size());
    fit.loss = (centred - Z * b).squaredNorm() / nd;
    fit.iterations = 1;
    return fit;
}

LinearFit fitLogisticRidge(const std::vector<double> &z, std::size_t n, std::size_t p, const std::vector<double> &y,
                           double l2, int maxIterations)
{
    LinearFit fit;
    const auto Z = mapMatrix(z, n, p);
    const Eigen::Map<const Eigen::VectorXd> Y(y.data(), static_cast<Eigen::Index>(n));
    const double nd = static_cast<double>(n);
    const auto P = static_cast<Eigen::Index>(p);

    // Design with a leading column of ones; the penalty skips it.
    Eigen::MatrixXd X(static_cast<Eigen::Index>(n), P + 1);
    X.col(0).setOnes();
    X.rightCols(P) = Z;
    Eigen::VectorXd w = Eigen::VectorXd::Zero(P + 1);
    const double rate = std::clamp(Y.mean(), 1e-6, 1.0 - 1e-6);
    w(0) = std::log(rate / (1.0 - rate));
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(P + 1, 2.0 * l2);
    penalty(0) = 0.0;

    // The penalised mean log loss; log(1 + e^t) is computed without overflow.
    const auto objective = [&](const Eigen::VectorXd &weights) {
        const Eigen::VectorXd eta = X * weights;
        double sum = 0.0;
        for (Eigen::Index i = 0; i < eta.size(); ++i) {
            const double t = eta(i);
            sum += (t > 0 ? t + std::log1p(std::exp(-t)) : std::log1p(std::exp(t))) - Y(i) * t;
        }
        return sum / nd + 0.5 * penalty.dot(weights.cwiseProduct(weights));
    };

    // Newton's method with a backtracking line search: a full Newton step can
    // overshoot and cycle between two points when the classes are nearly
    // separable (the top-value class on CDNOW did), so each step is halved
    // until the objective decreases enough.
    fit.converged = false;
    double current = objective(w);
    for (int iter = 0; iter < maxIterations; ++iter) {
        const Eigen::VectorXd eta = X * w;
        Eigen::VectorXd prob(eta.size());
        for (Eigen::Index i = 0; i < eta.size(); ++i)
            prob(i) = sigmoid(eta(i));
        const Eigen::VectorXd weights = (prob.array() * (1.0 - prob.array())).max(1e-12);
        const Eigen::VectorXd gradient = X.transpose() * (prob - Y) / nd + penalty.cwiseProduct(w);
        Eigen::MatrixXd H = X.transpose() * weights.asDiagonal() * X / nd;
        H.diagonal() += penalty;
        H.diagonal().array() += 1e-10;
        const Eigen::VectorXd step = H.ldlt().solve(gradient);
        const double slope = gradient.dot(step); // > 0: the step descends
        double fraction = 1.0;
        double next = objective(w - step);
        while (next > current - 1e-4 * fraction * slope && fraction > 1e-10) {
            fraction *= 0.5;
            next = objective(w - fraction * step);
        }
        w -= fraction * step;
        current = next;
        fit.iterations = iter + 1;
        if (fraction * step.cwiseAbs().maxCoeff() < 1e-9) {
            fit.converged = true;
            break;
        }
    }
    fit.intercept = w(0);
    fit.coefficients.assign(w.data() + 1, w.data() + 1 + P);
    const Eigen::VectorXd eta = X * w;
    double loss = 0.0;
    for (Eigen::Index i = 0; i < eta.size(); ++i) {
        const double q = std::clamp(sigmoid(eta(i)), 1e-15, 1.0 - 1e-15);
        loss -= Y(i) > 0.5 ? std::log(q) : std::log1p(-q);
    }
    fit.loss = loss / nd;
    return fit;
}

} // namespace ltv::models::ml
