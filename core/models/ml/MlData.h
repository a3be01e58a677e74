#pragma once
// Shared plumbing of the tabular ML models: validating the training inputs,
// timing a fit, matching prediction columns to training columns by name, and
// the targets derived from the horizon labels.

#include "models/Model.h"

#include <QString>

#include <functional>
#include <vector>

namespace ltv::models::ml {

// Empty when data has a feature matrix and labels with the same customers in
// the same order; otherwise a translated explanation.
QString checkTrainingData(const TrainingData &data);

// A fit that starts with checkTrainingData(): when the data fails the check,
// the report says why and `fit` does not run. Otherwise `fit` fills the
// report and returns whether it fitted; report.seconds is its duration then
// (a fit that gave up, its reason in the message, records none).
FitReport checkedTimedFit(const TrainingData &data, const std::function<bool(FitReport &report)> &fit);

// For each training column, its index in `input`. Throws std::runtime_error
// naming the first training column the input lacks.
std::vector<int> matchColumns(const QStringList &trainedColumns, const features::FeatureMatrix &input);

// Churn target: 1 when the customer made no purchase in the horizon.
std::vector<double> churnTarget(const features::Labels &labels);
// Top-value target as 0/1 doubles; empty when the labels carry no flag.
std::vector<double> topValueTarget(const features::Labels &labels);

// Rows of a validation fold: a seeded shuffle takes round(fraction * n) rows
// (none when fraction <= 0 or too few rows); `train` gets the rest. Both in
// ascending order.
void splitValidation(std::size_t rows, double fraction, std::uint64_t seed, std::vector<std::size_t> *train,
                     std::vector<std::size_t> *validation);

} // namespace ltv::models::ml
