#include "models/nn/Convolution.h"

namespace ltv::models::nn {

Conv1D::Conv1D(int inChannels, int filters, int kernel, Rng &rng)
    : inChannels_(inChannels)
    , kernel_(kernel)
{
    weight.name = "conv.weight";
    bias.name = "conv.bias";
    bias.decay = false;
    weight.reset(filters, kernel * inChannels);
    bias.reset(filters, 1);
    initHeNormal(weight.value, kernel * inChannels, rng);
}

Matrix Conv1D::forward(const Matrix &x, int steps, int batch)
{
    steps_ = steps;
    batch_ = batch;
    const int padLeft = (kernel_ - 1) / 2;
    columns_ = Matrix::Zero(static_cast<Eigen::Index>(kernel_) * inChannels_, static_cast<Eigen::Index>(steps) * batch);
    for (int t = 0; t < steps; ++t)
        for (int k = 0; k < kernel_; ++k) {
            const int source = t + k - padLeft;
            if (source < 0 || source >= steps)
                continue;
            columns_.block(static_cast<Eigen::Index>(k) * inChannels_, static_cast<Eigen::Index>(t) * batch,
                           inChannels_, batch) = x.middleCols(static_cast<Eigen::Index>(source) * batch, batch);
        }
    Matrix y = weight.value * columns_;
    y.colwise() += bias.value.col(0);
    return y;
}

Matrix Conv1D::backward(const Matrix &dy)
{
    weight.grad.noalias() += dy * columns_.transpose();
    bias.grad.col(0) += dy.rowwise().sum();
    const Matrix dColumns = weight.value.transpose() * dy;
    const int padLeft = (kernel_ - 1) / 2;
    Matrix dx = Matrix::Zero(inChannels_, static_cast<Eigen::Index>(steps_) * batch_);
    for (int t = 0; t < steps_; ++t)
        for (int k = 0; k < kernel_; ++k) {
            const int source = t + k - padLeft;
            if (source < 0 || source >= steps_)
                continue;
            dx.middleCols(static_cast<Eigen::Index>(source) * batch_, batch_) += dColumns.block(
                static_cast<Eigen::Index>(k) * inChannels_, static_cast<Eigen::Index>(t) * batch_, inChannels_, batch_);
        }
    return dx;
}

Matrix MaxPool1D::forward(const Matrix &x, int steps, int batch)
{
    steps_ = steps;
    batch_ = batch;
    channels_ = x.rows();
    const int outSteps = outputSteps(steps);
    Matrix y(channels_, static_cast<Eigen::Index>(outSteps) * batch);
    argmax_.assign(static_cast<std::size_t>(y.size()), 0);
    for (int o = 0; o < outSteps; ++o)
        for (int b = 0; b < batch; ++b) {
            const Eigen::Index outCol = static_cast<Eigen::Index>(o) * batch + b;
            for (Eigen::Index c = 0; c < channels_; ++c) {
                Eigen::Index best = static_cast<Eigen::Index>(o * window_) * batch + b;
                for (int w = 1; w < window_; ++w) {
                    const Eigen::Index col = static_cast<Eigen::Index>(o * window_ + w) * batch + b;
                    if (x(c, col) > x(c, best))
                        best = col;
                }
                y(c, outCol) = x(c, best);
                argmax_[static_cast<std::size_t>(outCol * channels_ + c)] = best;
            }
        }
    return y;
}

Matrix MaxPool1D::backward(const Matrix &dy) const
{
    Matrix dx = Matrix::Zero(channels_, static_cast<Eigen::Index>(steps_) * batch_);
    for (Eigen::Index col = 0; col < dy.cols(); ++col)
        for (Eigen::Index c = 0; c < channels_; ++c)
            dx(c, argmax_[static_cast<std::size_t>(col * channels_ + c)]) += dy(c, col);
    return dx;
}

Matrix GlobalAveragePool::forward(const Matrix &x, int steps, int batch)
{
    steps_ = steps;
    batch_ = batch;
    Matrix y = Matrix::Zero(x.rows(), batch);
    for (int t = 0; t < steps; ++t)
        y += x.middleCols(static_cast<Eigen::Index>(t) * batch, batch);
    return y / static_cast<double>(steps);
}

Matrix GlobalAveragePool::backward(const Matrix &dy) const
{
    Matrix dx(dy.rows(), static_cast<Eigen::Index>(steps_) * batch_);
    const Matrix share = dy / static_cast<double>(steps_);
    for (int t = 0; t < steps_; ++t)
        dx.middleCols(static_cast<Eigen::Index>(t) * batch_, batch_) = share;
    return dx;
}

} // namespace ltv::models::nn
