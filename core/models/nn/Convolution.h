#pragma once
// Convolution and pooling over time for time-major sequence batches
// (channels x steps*batch, see Tensor.h). A kernel spans all input channels,
// so this is also a 2D convolution of the 1-channel (steps x channels) image
// with kernels as tall as the image.

#include "models/nn/Tensor.h"

namespace ltv::models::nn {

// 'Same' convolution with zero padding: the output has as many steps as the input.
class Conv1D
{
public:
    Conv1D() = default;
    Conv1D(int inChannels, int filters, int kernel, Rng &rng);

    Matrix forward(const Matrix &x, int steps, int batch);
    Matrix backward(const Matrix &dy);
    ParamList params() { return {&weight, &bias}; }
    int filters() const { return static_cast<int>(weight.value.rows()); }

    Param weight; // filters x (kernel * inChannels); column k*inChannels + c is tap k of channel c
    Param bias;   // filters x 1

private:
    int inChannels_ = 0;
    int kernel_ = 1;
    int steps_ = 0;
    int batch_ = 0;
    Matrix columns_; // im2col buffer, (kernel*inChannels) x (steps*batch)
};

// Max over non-overlapping windows of `window` steps; trailing steps that do
// not fill a window are dropped.
class MaxPool1D
{
public:
    explicit MaxPool1D(int window = 2)
        : window_(window)
    {}

    Matrix forward(const Matrix &x, int steps, int batch);
    Matrix backward(const Matrix &dy) const;
    int outputSteps(int steps) const { return steps / window_; }

private:
    int window_;
    int steps_ = 0;
    int batch_ = 0;
    Eigen::Index channels_ = 0;
    std::vector<Eigen::Index> argmax_; // input column of each output element
};

// Mean over all steps: (channels x steps*batch) -> (channels x batch).
class GlobalAveragePool
{
public:
    Matrix forward(const Matrix &x, int steps, int batch);
    Matrix backward(const Matrix &dy) const;

private:
    int steps_ = 0;
    int batch_ = 0;
};

} // namespace ltv::models::nn
