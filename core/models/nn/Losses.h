#pragma once
// Training losses. Each takes the network output (heads x batch) and the
// targets, and returns the loss averaged over the batch together with its
// gradient with respect to the output.

#include "models/nn/Tensor.h"

namespace ltv::models::nn {

struct LossValue
{
    double loss = 0.0;
    Matrix gradient; // same shape as the output
};

// Mean squared error of a 1-row output.
LossValue meanSquaredError(const Matrix &output, const Vector &target);

// Binary cross-entropy on a 1-row output of logits; targets are 0 or 1.
LossValue binaryCrossEntropy(const Matrix &output, const Vector &target);

// Zero-inflated lognormal (Wang, Liu & Miao 2019). Output rows: purchase
// logit, mu, raw sigma. Loss = BCE(logit, target > 0) + lognormal negative
// log-likelihood of the positive targets (including the log(target) and
// log(sqrt(2 pi)) terms, so it is a proper density).
inline constexpr double kZilnSigmaFloor = 1e-3;
LossValue zeroInflatedLognormal(const Matrix &output, const Vector &target);

double zilnSigma(double rawSigma); // softplus(raw) floored at kZilnSigmaFloor
// Predicted mean sigmoid(logit) * exp(mu + sigma^2 / 2) of each column.
Vector zilnMean(const Matrix &output);
// P(target > 0) of each column.
Vector zilnPositiveProbability(const Matrix &output);

} // namespace ltv::models::nn
