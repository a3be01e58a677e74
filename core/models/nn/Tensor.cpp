#include "models/nn/Tensor.h"

#include <cmath>

namespace ltv::models::nn {

void initXavierUniform(Matrix &w, Eigen::Index fanIn, Eigen::Index fanOut, Rng &rng)
{
    const double limit = std::sqrt(6.0 / static_cast<double>(fanIn + fanOut));
    std::uniform_real_distribution<double> dist(-limit, limit);
    for (Eigen::Index i = 0; i < w.size(); ++i)
        w.data()[i] = dist(rng);
}

void initHeNormal(Matrix &w, Eigen::Index fanIn, Rng &rng)
{
    std::normal_distribution<double> dist(0.0, std::sqrt(2.0 / static_cast<double>(fanIn)));
    for (Eigen::Index i = 0; i < w.size(); ++i)
        w.data()[i] = dist(rng);
}

void zeroGradients(const ParamList &params)
{
    for (Param *p : params)
        p->grad.setZero();
}

double clipGradientNorm(const ParamList &params, double maxNorm)
{
    double sq = 0.0;
    for (const Param *p : params)
        sq += p->grad.squaredNorm();
    const double norm = std::sqrt(sq);
    if (maxNorm > 0.0 && norm > maxNorm) {
        const double scale = maxNorm / norm;
        for (Param *p : params)
            p->grad *= scale;
    }
    return norm;
}

double sigmoid(double x)
{
    if (x >= 0.0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

double softplus(double x)
{
    return x > 0.0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

} // namespace ltv::models::nn
