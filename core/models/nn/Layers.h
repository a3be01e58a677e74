#pragma once
// Dense building blocks with hand-derived backward passes. forward() caches
// what backward() needs; backward() accumulates parameter gradients (call
// zeroGradients first) and returns the gradient with respect to the input.

#include "models/nn/Tensor.h"

namespace ltv::models::nn {

enum class Init { Xavier, He };

// y = W x + b, x is (in x batch).
class Dense
{
public:
    Dense() = default;
    Dense(int in, int out, Init init, Rng &rng);

    Matrix forward(const Matrix &x);
    Matrix backward(const Matrix &dy);
    ParamList params() { return {&weight, &bias}; }
    int inputs() const { return static_cast<int>(weight.value.cols()); }
    int outputs() const { return static_cast<int>(weight.value.rows()); }

    Param weight;
    Param bias;

private:
    Matrix x_;
};

enum class ActivationKind { ReLU, GELU, Tanh };

// Element-wise nonlinearity. GELU is the exact x * Phi(x).
class Activation
{
public:
    explicit Activation(ActivationKind kind = ActivationKind::ReLU)
        : kind_(kind)
    {}

    Matrix forward(const Matrix &x);
    Matrix backward(const Matrix &dy) const;

private:
    ActivationKind kind_;
    Matrix x_;
};

// Inverted dropout: scales kept units by 1/(1-p) in training so inference is the identity.
class Dropout
{
public:
    explicit Dropout(double rate = 0.0, std::uint64_t seed = 1)
        : rate_(rate)
        , rng_(seed)
    {}

    Matrix forward(const Matrix &x, bool training);
    Matrix backward(const Matrix &dy) const;
    void reseed(std::uint64_t seed) { rng_.seed(seed); }
    double rate() const { return rate_; }

private:
    double rate_;
    Rng rng_;
    Matrix mask_; // empty when the last pass was inference
};

// A lookup table for a categorical attribute: id -> dense vector (dim x 1).
class Embedding
{
public:
    Embedding() = default;
    Embedding(int vocabulary, int dim, Rng &rng);

    Matrix forward(const std::vector<int> &ids); // (dim x batch); ids outside the table map to zeros
    void backward(const Matrix &dy);
    ParamList params() { return {&table}; }

    Param table; // dim x vocabulary

private:
    std::vector<int> ids_;
};

} // namespace ltv::models::nn
