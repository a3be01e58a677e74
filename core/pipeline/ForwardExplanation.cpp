#include "pipeline/ForwardExplanation.h"

#include "features/Translation.h"
#include "models/ModelOptions.h"
#include "models/ModelRegistry.h"
#include "models/ml/MlData.h"
#include "pipeline/Evaluation.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::pipeline {
namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::pipeline"}, text);
}

// The validation fold of a model with one (options "validationFraction" and
// "seed", as the model reads them): its RMSE against the mean's.
void scoreValidationFold(const models::Model &model, const QVariantMap &options, const EvaluationData &data,
                         ForwardExplanation &out)
{
    out.validationRmse = out.validationMeanRmse = std::numeric_limits<double>::quiet_NaN();
    const QVariantMap effective = models::optionsWithDefaults(model.hyperparameters(), options);
    if (!effective.contains(QStringLiteral("validationFraction")))
        return;
    std::vector<std::size_t> trainRows, validationRows;
    models::ml::splitValidation(static_cast<std::size_t>(data.trainingFeatures.rows()),
                                effective.value(QStringLiteral("validationFraction")).toDouble(),
                                effective.value(QStringLiteral("seed")).toULongLong(), &trainRows, &validationRows);
    if (validationRows.empty() || trainRows.empty())
        return;
    double mean = 0.0;
    for (std::size_t r : trainRows)
        mean += data.trainingLabels.revenue[r];
    mean /= static_cast<double>(trainRows.size());
    const features::FeatureMatrix held = features::selectRows(data.trainingFeatures, validationRows);
    models::PredictionInput input;
    input.features = &held;
    const models::Predictions p = model.predict(input);
    double model2 = 0.0, mean2 = 0.0;
    for (std::size_t i = 0; i < validationRows.size(); ++i) {
        const double actual = data.trainingLabels.revenue[validationRows[i]];
        model2 += (p.ltv[i] - actual) * (p.ltv[i] - actual);
        mean2 += (mean - actual) * (mean - actual);
    }
    out.validationCustomers = validationRows.size();
    out.validationRmse = std::sqrt(model2 / static_cast<double>(validationRows.size()));
    out.validationMeanRmse = std::sqrt(mean2 / static_cast<double>(validationRows.size()));
}

} // namespace

QVariantMap defaultExplanationOptions(const QString &modelId)
{
    QVariantMap options;
    if (modelId == QLatin1String("xgboost")) {
        options.insert(QStringLiteral("objective"), QStringLiteral("squarederror"));
        options.insert(QStringLiteral("purchasesModel"), false);
    } else if (modelId == QLatin1String("linear")) {
        options.insert(QStringLiteral("logTarget"), false);
        options.insert(QStringLiteral("clampAtZero"), false); // a clamped prediction is no longer the sum
    }
    options.insert(QStringLiteral("churnModel"), false);
    options.insert(QStringLiteral("topValueModel"), false);
    return options;
}

std::int64_t ForwardExplanation::row(std::int32_t customer) const
{
    // Rows follow the summary, which is ordered by customer index.
    const auto it = std::lower_bound(features.customer.begin(), features.customer.end(), customer);
    if (it != features.customer.end() && *it == customer)
        return it - features.customer.begin();
    const auto linear = std::find(features.customer.begin(), features.customer.end(), customer);
    return linear == features.customer.end() ? -1 : linear - features.customer.begin();
}

double ForwardExplanation::base(std::size_t r) const
{
    return contributions.at(r, static_cast<std::size_t>(contributions.columns.size()) - 1);
}

double ForwardExplanation::contributionSum(std::size_t r) const
{
    double sum = 0.0;
    for (qsizetype j = 0; j + 1 < contributions.columns.size(); ++j)
        sum += contributions.at(r, static_cast<std::size_t>(j));
    return sum;
}

ForwardExplanation explainForward(const features::TransactionSet &set, const ExplanationRequest &request,
                                  const JobContext &job)
{
    const models::ModelRegistry &registry = models::ModelRegistry::builtin();
    std::unique_ptr<models::Model> model = registry.create(request.modelId);
    if (!model || model->family() != models::ModelFamily::MachineLearning)
        throw std::invalid_argument(tr("Feature contributions need an explainable machine-learning model, not \"%1\".")
                                        .arg(request.modelId)
                                        .toStdString());
    ForwardExplanation out;
    out.request = request;
    out.options = defaultExplanationOptions(request.modelId);
    for (auto it = request.modelOptions.begin(); it != request.modelOptions.end(); ++it)
        out.options.insert(it.key(), it.value());
    out.trainingAsOf = request.asOf - request.horizonDays;

    // The shifted window ending at asOf: train on the horizon before it,
    // predict the one after it. Its holdout lies in the future and is unused.
    EvaluationRequest data;
    data.calibrationEnd = request.asOf;
    data.horizonDays = request.horizonDays;
    data.unit = request.unit;
    data.protocol = TrainingProtocol::ShiftedWindow;
    data.featureOptions = request.featureOptions;
    EvaluationData prepared = prepareEvaluationData(set, data, job.subTask(0.0, 0.3));
    out.trainingCustomers = prepared.trainingLabels.size();
    if (out.trainingCustomers == 0) {
        out.error = tr("No customer had bought by %1, one horizon before %2, so there is nothing to learn "
                       "the feature contributions from: use a shorter horizon.")
                        .arg(isoFromDay(out.trainingAsOf), isoFromDay(request.asOf));
        return out;
    }
    const double horizon = static_cast<double>(request.horizonDays) / daysPerUnit(request.unit);
    models::TrainingData training;
    training.summary = &prepared.trainingSummary;
    training.features = &prepared.trainingFeatures;
    training.labels = &prepared.trainingLabels;
    training.horizon = horizon;
    training.unit = request.unit;
    job.setProgress(0.3, tr("Fitting %1").arg(model->displayName()));
    out.fit = model->fit(training, out.options, job.subTask(0.3, 0.95));
    if (!model->isFitted()) {
        out.error = tr("%1 could not be fitted: %2").arg(model->displayName(), out.fit.message);
        return out;
    }
    models::PredictionInput input;
    input.summary = &prepared.calibration;
    input.features = &prepared.predictionFeatures;
    input.horizon = horizon;
    input.unit = request.unit;
    out.predictions = model->predict(input);
    out.contributions = model->contributions(input, QStringLiteral("ltv"));
    if (out.contributions.scale != QLatin1String("value")) {
        out.error = tr("The contributions of %1 with these options add up on the %2 scale, not to the predicted "
                       "value.")
                        .arg(model->displayName(), out.contributions.scale);
        return out;
    }
    scoreValidationFold(*model, out.options, prepared, out);
    out.features = std::move(prepared.predictionFeatures);
    out.model = std::move(model);
    job.setProgress(1.0);
    return out;
}

} // namespace ltv::pipeline
