#pragma once
// A gated recurrent unit over time-major sequence batches (see Tensor.h),
// with the gate layout of Cho et al. 2014 as used by common frameworks:
//   r = sigmoid(Wr x + br + Ur h + cr)
//   z = sigmoid(Wz x + bz + Uz h + cz)
//   n = tanh(Wn x + bn + r * (Un h + cn))
//   h' = (1 - z) * n + z * h
// Masked (padded) steps carry the previous state through unchanged, so left
// padding does not disturb the final state. The output is the final state.

#include "models/nn/Tensor.h"

namespace ltv::models::nn {

class Gru
{
public:
    Gru() = default;
    Gru(int inputs, int hidden, Rng &rng);

    // x: inputs x (steps*batch); mask: steps x batch with 1 for real steps. Returns hidden x batch.
    Matrix forward(const Matrix &x, const Matrix &mask, int steps, int batch);
    // dh: gradient of the final state. Returns the gradient of x.
    Matrix backward(const Matrix &dh);
    ParamList params() { return {&inputWeight, &hiddenWeight, &inputBias, &hiddenBias}; }
    int hidden() const { return static_cast<int>(hiddenWeight.value.cols()); }

    Param inputWeight;  // 3H x inputs, gate blocks r, z, n
    Param hiddenWeight; // 3H x H
    Param inputBias;    // 3H x 1
    Param hiddenBias;   // 3H x 1

private:
    int steps_ = 0;
    int batch_ = 0;
    Matrix x_;
    Matrix mask_;
    // Per-step caches, H x (steps*batch), time-major like the input.
    Matrix previous_;
    Matrix reset_;
    Matrix update_;
    Matrix candidate_;
    Matrix hiddenCandidate_; // Un h + cn, before the reset gate
};

} // namespace ltv::models::nn
