#pragma once
// An explainable machine-learning model for the forward predictions: the
// same customers and the same as-of day as the BTYD predictions of the
// segments, explained feature by feature.
//
// The model is trained on the shifted window that ends at asOf (features as
// of asOf - horizon, labels from the horizon that follows, which ends at
// asOf), then applied to the features as of asOf: it predicts the net revenue
// of the horizon after asOf. Its exact per-customer contributions
// (TreeSHAP for XGBoost, coefficient x standardised value for the linear
// model) satisfy base + sum of contributions = its prediction.
//
// By default XGBoost is fitted with the squared-error loss and only the
// revenue output, so that the contributions are in money and add up to the
// prediction itself (a Tweedie model would add up on the log scale).

#include "features/FeatureMatrix.h"
#include "features/FeatureMatrixBuilder.h"
#include "features/TransactionSet.h"
#include "models/Model.h"
#include "pipeline/JobContext.h"

#include <QVariantMap>

#include <memory>

namespace ltv::pipeline {

struct ExplanationRequest
{
    QString modelId = QStringLiteral("xgboost"); // an explainable ML model: xgboost or linear
    Day asOf = 0;
    std::int32_t horizonDays = 364;
    TimeUnit unit = TimeUnit::Week;
    // Merged over defaultExplanationOptions(modelId).
    QVariantMap modelOptions;
    features::FeatureOptions featureOptions;
};

// XGBoost: squared error, the revenue output only. Linear: the revenue output only.
QVariantMap defaultExplanationOptions(const QString &modelId);

struct ForwardExplanation
{
    ExplanationRequest request;
    QVariantMap options;  // the options the model was fitted with
    Day trainingAsOf = 0; // asOf - horizonDays
    std::size_t trainingCustomers = 0;
    models::FitReport fit;
    std::shared_ptr<const models::Model> model; // null when the fit failed
    features::FeatureMatrix features;           // as of asOf: what is predicted and explained
    models::Predictions predictions;            // the model's own, rows aligned with `features`
    models::Contributions contributions;        // target "ltv", rows aligned with `features`
    // How well it predicts: on the customers its early stopping held out of
    // training (XGBoost's validation fold), the RMSE of its revenue
    // prediction and that of predicting the training customers' mean. 0
    // customers and NaN when the model has no validation fold.
    std::size_t validationCustomers = 0;
    double validationRmse = 0.0;
    double validationMeanRmse = 0.0;
    QString error; // translated; empty on success

    bool ok() const { return error.isEmpty(); }
    // Row of a customer (TransactionSet index) in features / predictions / contributions; -1 if absent.
    std::int64_t row(std::int32_t customer) const;
    // The bias column (base value) and the sum of a row's feature contributions.
    double base(std::size_t row) const;
    double contributionSum(std::size_t row) const;
};

// Throws Cancelled when cancelled and std::invalid_argument for a model id
// that is not an explainable ML model; a model that cannot be trained (e.g.
// the data do not reach one horizon before asOf) is reported in `error`.
ForwardExplanation explainForward(const features::TransactionSet &set, const ExplanationRequest &request,
                                  const JobContext &job);

} // namespace ltv::pipeline
