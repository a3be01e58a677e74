#pragma once
// Turns the feature matrix and activity sequences into network inputs.
// Money and counts are heavy-tailed, so every value goes through a signed
// log1p before it is standardised with statistics of the training data.

#include "features/FeatureMatrix.h"
#include "models/nn/Trainer.h"

namespace ltv::models::nn {

double signedLog1p(double x);

// Per-column mean and standard deviation of the log1p-transformed values.
struct ColumnScaler
{
    std::vector<double> mean;
    std::vector<double> scale; // 1 for constant columns

    double apply(std::size_t column, double raw) const { return (signedLog1p(raw) - mean[column]) / scale[column]; }
};

ColumnScaler fitFeatureScaler(const features::FeatureMatrix &features);
ColumnScaler fitSequenceScaler(const features::Sequences &sequences);

// Fills dataset.features (features x N).
void loadFeatures(const features::FeatureMatrix &features, const ColumnScaler &scaler, Dataset &dataset);
// Fills dataset.sequence, mask and steps. Padded periods hold a raw zero
// ("no activity") for the CNN; the GRU skips them through the mask.
void loadSequences(const features::Sequences &sequences, const ColumnScaler &scaler, Dataset &dataset);

} // namespace ltv::models::nn
