#include "eval/CrossValidation.h"

#include "eval/Folds.h"
#include "eval/Ranking.h"
#include "features/FeatureMatrixBuilder.h"
#include "features/SequenceBuilder.h"
#include "features/Splits.h"
#include "models/ModelRegistry.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::eval {
namespace {

std::size_t rowCount(const models::TrainingData &data)
{
    if (data.labels)
        return data.labels->size();
    if (data.features)
        return static_cast<std::size_t>(data.features->rows());
    return data.summary ? data.summary->size() : 0;
}

} // namespace

bool ranksBefore(const RegressionMetrics &a, const RegressionMetrics &b)
{
    const bool aOk = std::isfinite(a.normalizedGini);
    const bool bOk = std::isfinite(b.normalizedGini);
    if (aOk != bOk)
        return aOk;
    if (aOk && a.normalizedGini != b.normalizedGini)
        return a.normalizedGini > b.normalizedGini;
    if (std::isfinite(a.mae) != std::isfinite(b.mae))
        return std::isfinite(a.mae);
    return a.mae < b.mae;
}

CrossValidationResult crossValidate(const QString &modelId, const models::TrainingData &data,
                                    const QVariantMap &options, int k, std::uint64_t seed,
                                    const pipeline::JobContext &job)
{
    if (!data.labels)
        throw std::invalid_argument("cross-validation needs labels");
    if (!models::ModelRegistry::builtin().contains(modelId))
        throw std::invalid_argument(QString(QStringLiteral("unknown model ") + modelId).toStdString());
    const std::size_t n = rowCount(data);
    CrossValidationResult result;
    result.model = modelId;
    result.options = options;
    result.folds = std::max(2, k);
    result.outOfFold.assign(n, std::numeric_limits<double>::quiet_NaN());
    const std::vector<int> assignment = kFoldAssignment(n, result.folds, seed);

    for (int fold = 0; fold < result.folds; ++fold) {
        job.throwIfCancelled();
        const std::vector<std::size_t> trainRows = rowsNotInFold(assignment, fold);
        const std::vector<std::size_t> testRows = rowsInFold(assignment, fold);
        features::CustomerSummary trainSummary, testSummary;
        features::FeatureMatrix trainFeatures, testFeatures;
        features::Sequences trainSequences, testSequences;
        const features::Labels trainLabels = features::selectRows(*data.labels, trainRows);
        const features::Labels testLabels = features::selectRows(*data.labels, testRows);
        if (data.summary) {
            trainSummary = features::selectRows(*data.summary, trainRows);
            testSummary = features::selectRows(*data.summary, testRows);
        }
        if (data.features) {
            trainFeatures = features::selectRows(*data.features, trainRows);
            testFeatures = features::selectRows(*data.features, testRows);
        }
        if (data.sequences) {
            trainSequences = features::selectRows(*data.sequences, trainRows);
            testSequences = features::selectRows(*data.sequences, testRows);
        }
        models::TrainingData train{data.summary ? &trainSummary : nullptr,
                                   data.features ? &trainFeatures : nullptr,
                                   data.sequences ? &trainSequences : nullptr,
                                   &trainLabels,
                                   data.horizon,
                                   data.unit};
        auto model = models::ModelRegistry::builtin().create(modelId);
        const models::FitReport report = model->fit(
            train, options,
            job.subTask(static_cast<double>(fold) / result.folds, static_cast<double>(fold + 1) / result.folds));
        if (!model->isFitted()) {
            result.messages << report.message;
            continue;
        }
        models::PredictionInput input;
        input.summary = data.summary ? &testSummary : nullptr;
        input.features = data.features ? &testFeatures : nullptr;
        input.sequences = data.sequences ? &testSequences : nullptr;
        input.horizon = data.horizon;
        input.unit = data.unit;
        const models::Predictions p = model->predict(input);
        std::vector<double> foldPredicted(testRows.size());
        for (std::size_t i = 0; i < testRows.size(); ++i) {
            result.outOfFold[testRows[i]] = p.ltv[i];
            foldPredicted[i] = p.ltv[i];
        }
        result.foldGini.push_back(normalizedGini(testLabels.revenue, foldPredicted));
    }
    result.metrics = evaluateRegression(data.labels->revenue, result.outOfFold);
    return result;
}

GridSearchResult gridSearch(const QString &modelId, const models::TrainingData &data, const ParameterGrid &grid,
                            const QVariantMap &baseOptions, int k, std::uint64_t seed, const pipeline::JobContext &job)
{
    // Enumerate combinations like an odometer, the last option fastest.
    std::vector<QVariantMap> combinations{baseOptions};
    for (const auto &[name, values] : grid) {
        std::vector<QVariantMap> next;
        for (const QVariantMap &partial : combinations)
            for (const QVariant &v : values) {
                QVariantMap options = partial;
                options.insert(name, v);
                next.push_back(options);
            }
        if (!values.isEmpty())
            combinations = std::move(next);
    }
    GridSearchResult result;
    for (std::size_t i = 0; i < combinations.size(); ++i) {
        const double total = static_cast<double>(combinations.size());
        result.trials.push_back(
            crossValidate(modelId, data, combinations[i], k, seed,
                          job.subTask(static_cast<double>(i) / total, static_cast<double>(i + 1) / total)));
        if (ranksBefore(result.trials.back().metrics, result.trials[result.bestIndex].metrics))
            result.bestIndex = i;
    }
    return result;
}

} // namespace ltv::eval
