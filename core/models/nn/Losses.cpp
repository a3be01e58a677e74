#include "models/nn/Losses.h"

#include <cmath>
#include <numbers>

namespace ltv::models::nn {

LossValue meanSquaredError(const Matrix &output, const Vector &target)
{
    const double n = static_cast<double>(output.cols());
    const RowVector diff = output.row(0) - target.transpose();
    LossValue out;
    out.loss = diff.squaredNorm() / n;
    out.gradient = (2.0 / n) * diff;
    return out;
}

LossValue binaryCrossEntropy(const Matrix &output, const Vector &target)
{
    const Eigen::Index count = output.cols();
    const double n = static_cast<double>(count);
    LossValue out;
    out.gradient.resize(1, count);
    for (Eigen::Index i = 0; i < count; ++i) {
        const double logit = output(0, i);
        // -[y log p + (1-y) log(1-p)] = softplus(logit) - y * logit
        out.loss += softplus(logit) - target(i) * logit;
        out.gradient(0, i) = (sigmoid(logit) - target(i)) / n;
    }
    out.loss /= n;
    return out;
}

double zilnSigma(double rawSigma)
{
    return std::max(softplus(rawSigma), kZilnSigmaFloor);
}

LossValue zeroInflatedLognormal(const Matrix &output, const Vector &target)
{
    const Eigen::Index count = output.cols();
    const double n = static_cast<double>(count);
    const double halfLog2Pi = 0.5 * std::log(2.0 * std::numbers::pi);
    LossValue out;
    out.gradient = Matrix::Zero(3, count);
    for (Eigen::Index i = 0; i < count; ++i) {
        const double logit = output(0, i);
        const double y = target(i);
        const double positive = y > 0.0 ? 1.0 : 0.0;
        out.loss += softplus(logit) - positive * logit;
        out.gradient(0, i) = (sigmoid(logit) - positive) / n;
        if (y <= 0.0)
            continue;
        const double mu = output(1, i);
        const double raw = output(2, i);
        const double sp = softplus(raw);
        const double sigma = std::max(sp, kZilnSigmaFloor);
        const double logY = std::log(y);
        const double d = logY - mu;
        out.loss += logY + std::log(sigma) + halfLog2Pi + d * d / (2.0 * sigma * sigma);
        out.gradient(1, i) = -d / (sigma * sigma) / n;
        const double dSigma = 1.0 / sigma - d * d / (sigma * sigma * sigma);
        const double dRaw = sp > kZilnSigmaFloor ? sigmoid(raw) : 0.0;
        out.gradient(2, i) = dSigma * dRaw / n;
    }
    out.loss /= n;
    return out;
}

Vector zilnMean(const Matrix &output)
{
    Vector mean(output.cols());
    for (Eigen::Index i = 0; i < output.cols(); ++i) {
        const double sigma = zilnSigma(output(2, i));
        mean(i) = sigmoid(output(0, i)) * std::exp(output(1, i) + 0.5 * sigma * sigma);
    }
    return mean;
}

Vector zilnPositiveProbability(const Matrix &output)
{
    Vector p(output.cols());
    for (Eigen::Index i = 0; i < output.cols(); ++i)
        p(i) = sigmoid(output(0, i));
    return p;
}

} // namespace ltv::models::nn
