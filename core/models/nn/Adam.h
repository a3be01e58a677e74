#pragma once
// Adam with decoupled weight decay (Loshchilov & Hutter, "AdamW"): the decay
// shrinks weights directly instead of entering the adaptive moments.

#include "models/nn/Tensor.h"

namespace ltv::models::nn {

struct AdamOptions
{
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weightDecay = 0.0;
};

class Adam
{
public:
    explicit Adam(AdamOptions options = {})
        : options_(options)
    {}

    // One update from the gradients in params; the list must be the same
    // tensors, in the same order, on every call.
    void step(const ParamList &params);
    long steps() const { return step_; }

private:
    AdamOptions options_;
    long step_ = 0;
    std::vector<Matrix> m_;
    std::vector<Matrix> v_;
};

} // namespace ltv::models::nn
