#include "models/nn/Layers.h"

#include <cmath>
#include <numbers>

namespace ltv::models::nn {

Dense::Dense(int in, int out, Init init, Rng &rng)
{
    weight.name = "weight";
    bias.name = "bias";
    bias.decay = false;
    weight.reset(out, in);
    bias.reset(out, 1);
    if (init == Init::He)
        initHeNormal(weight.value, in, rng);
    else
        initXavierUniform(weight.value, in, out, rng);
}

Matrix Dense::forward(const Matrix &x)
{
    x_ = x;
    Matrix y = weight.value * x;
    y.colwise() += bias.value.col(0);
    return y;
}

Matrix Dense::backward(const Matrix &dy)
{
    weight.grad.noalias() += dy * x_.transpose();
    bias.grad.col(0) += dy.rowwise().sum();
    return weight.value.transpose() * dy;
}

namespace {

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalPdf(double x)
{
    return std::exp(-0.5 * x * x) / std::sqrt(2.0 * std::numbers::pi);
}

} // namespace

Matrix Activation::forward(const Matrix &x)
{
    x_ = x;
    switch (kind_) {
    case ActivationKind::ReLU:
        return x.cwiseMax(0.0);
    case ActivationKind::GELU:
        return x.unaryExpr([](double v) { return v * normalCdf(v); });
    case ActivationKind::Tanh:
        return x.array().tanh().matrix();
    }
    return x;
}

Matrix Activation::backward(const Matrix &dy) const
{
    switch (kind_) {
    case ActivationKind::ReLU:
        return (x_.array() > 0.0).select(dy, 0.0);
    case ActivationKind::GELU:
        return dy.cwiseProduct(x_.unaryExpr([](double v) { return normalCdf(v) + v * normalPdf(v); }));
    case ActivationKind::Tanh:
        return dy.cwiseProduct((1.0 - x_.array().tanh().square()).matrix());
    }
    return dy;
}

Matrix Dropout::forward(const Matrix &x, bool training)
{
    if (!training || rate_ <= 0.0) {
        mask_.resize(0, 0);
        return x;
    }
    std::bernoulli_distribution keep(1.0 - rate_);
    const double scale = 1.0 / (1.0 - rate_);
    mask_.resize(x.rows(), x.cols());
    for (Eigen::Index i = 0; i < mask_.size(); ++i)
        mask_.data()[i] = keep(rng_) ? scale : 0.0;
    return x.cwiseProduct(mask_);
}

Matrix Dropout::backward(const Matrix &dy) const
{
    return mask_.size() == 0 ? dy : Matrix(dy.cwiseProduct(mask_));
}

Embedding::Embedding(int vocabulary, int dim, Rng &rng)
{
    table.name = "embedding";
    table.reset(dim, vocabulary);
    std::normal_distribution<double> dist(0.0, 1.0 / std::sqrt(static_cast<double>(dim)));
    for (Eigen::Index i = 0; i < table.value.size(); ++i)
        table.value.data()[i] = dist(rng);
}

Matrix Embedding::forward(const std::vector<int> &ids)
{
    ids_ = ids;
    Matrix out = Matrix::Zero(table.value.rows(), static_cast<Eigen::Index>(ids.size()));
    for (std::size_t b = 0; b < ids.size(); ++b)
        if (ids[b] >= 0 && ids[b] < table.value.cols())
            out.col(static_cast<Eigen::Index>(b)) = table.value.col(ids[b]);
    return out;
}

void Embedding::backward(const Matrix &dy)
{
    for (std::size_t b = 0; b < ids_.size(); ++b)
        if (ids_[b] >= 0 && ids_[b] < table.value.cols())
            table.grad.col(ids_[b]) += dy.col(static_cast<Eigen::Index>(b));
}

} // namespace ltv::models::nn
