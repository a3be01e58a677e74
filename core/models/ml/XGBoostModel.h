#pragma once
// Gradient-boosted trees through XGBoost's C API: horizon revenue and
// purchases (squared error or Tweedie), churn and top-value classifiers
// (logistic), each with early stopping on a seeded validation fold. Exact
// per-customer TreeSHAP contributions and total-gain importance.

#include "models/Model.h"

#include <memory>

namespace ltv::models::ml {

class XGBoostModel : public Model
{
public:
    XGBoostModel();
    ~XGBoostModel() override;

    QString id() const override { return QStringLiteral("xgboost"); }
    QString displayName() const override;
    ModelFamily family() const override { return ModelFamily::MachineLearning; }
    QList<ParamSpec> hyperparameters() const override;

    FitReport fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job) override;
    Predictions predict(const PredictionInput &input) const override;
    bool isFitted() const override;

    QList<FittedParameter> parameters() const override;
    QByteArray serialize() const override;
    void deserialize(const QByteArray &blob) override;

    QStringList explainableTargets() const override;
    // Exact TreeSHAP values; rows sum to the margin: the prediction itself for
    // squared error ("value"), its log for Tweedie ("log"), its logit for the
    // classifiers ("logit").
    Contributions contributions(const PredictionInput &input, const QString &target) const override;
    QList<FeatureImportance> importance() const override;

private:
    // fit() after the training data passed its check; false when it gave up.
    bool fitParts(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job,
                  FitReport &report);
    struct Part;
    const Part *part(const QString &target) const;

    QStringList columns_;
    QVariantMap options_;
    double horizon_ = 0.0;
    std::vector<std::unique_ptr<Part>> parts_;
};

} // namespace ltv::models::ml
