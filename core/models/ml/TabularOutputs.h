#pragma once
// The outputs every tabular model lays out the same way: one prediction per
// row of the feature matrix, and per-feature contributions with a trailing
// bias column.

#include "models/Model.h"

#include <functional>

namespace ltv::models::ml {

// Writes one output's value per feature-matrix row into `values`; returns
// false when the model has no such output.
using OutputValues = std::function<bool(const QString &target, std::vector<double> &values)>;

// Predictions for the rows of `x`: "ltv", "purchases" and "churn" (NaN when
// the model lacks one), "topValue" when the model has it (empty otherwise).
// P(alive) and spend per purchase are NaN: a tabular model has neither. The
// caller names the model, its options and the data cut.
Predictions tabularPredictions(const features::FeatureMatrix &x, const OutputValues &values);

// An explanation of `target` for the rows of `x` on `scale`, its columns the
// trained ones and "bias"; the caller fills the values.
Contributions contributionsFrame(const QString &target, const QString &scale, const QStringList &trainedColumns,
                                 const features::FeatureMatrix &x);

} // namespace ltv::models::ml
