#pragma once
// Seeded k-fold cross-validation of any registered model on one training
// window, and a grid search over a small declared hyperparameter grid. Models
// are ranked by validation normalized Gini of the predicted horizon value,
// with MAE as the tie-break (the same rule as the "auto" model).

#include "eval/RegressionMetrics.h"
#include "models/Model.h"

#include <QList>
#include <QPair>
#include <QVariantList>

#include <cstdint>
#include <vector>

namespace ltv::eval {

struct CrossValidationResult
{
    QString model;
    QVariantMap options;
    int folds = 0;
    std::vector<double> outOfFold; // ltv predicted for each row by the fold that did not train on it
    RegressionMetrics metrics;     // of the out-of-fold predictions against labels->revenue
    std::vector<double> foldGini;  // per fold
    QStringList messages;          // fit failures, if any
};

// The rows of data (summary, features, sequences, labels: whichever are set) are split
// into k seeded folds; each fold is predicted by a model fitted on the others.
// Throws std::invalid_argument for an unknown model or missing labels.
CrossValidationResult crossValidate(const QString &modelId, const models::TrainingData &data,
                                    const QVariantMap &options, int k, std::uint64_t seed,
                                    const pipeline::JobContext &job);

// true when a ranks before b: higher Gini, then lower MAE (NaN ranks last).
bool ranksBefore(const RegressionMetrics &a, const RegressionMetrics &b);

// A declared grid: option name -> the values to try.
using ParameterGrid = QList<QPair<QString, QVariantList>>;

struct GridSearchResult
{
    std::vector<CrossValidationResult> trials; // in grid order (last option varies fastest)
    std::size_t bestIndex = 0;
    QVariantMap bestOptions() const { return trials.empty() ? QVariantMap() : trials[bestIndex].options; }
};

// Every combination of the grid on top of baseOptions, each cross-validated
// with the same folds.
GridSearchResult gridSearch(const QString &modelId, const models::TrainingData &data, const ParameterGrid &grid,
                            const QVariantMap &baseOptions, int k, std::uint64_t seed, const pipeline::JobContext &job);

} // namespace ltv::eval
