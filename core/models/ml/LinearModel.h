#pragma once
// The classic baseline: ridge regression on standardised tabular features
// (RFM, tenure, ... or an imported customer table) for horizon revenue and
// purchases, with an optional log1p target, and an L2-penalised logistic
// regression for churn. Coefficients are reported on the standardised scale.

#include "models/Model.h"
#include "models/ml/Standardizer.h"

namespace ltv::models::ml {

class LinearModel : public Model
{
public:
    QString id() const override { return QStringLiteral("linear"); }
    QString displayName() const override;
    ModelFamily family() const override { return ModelFamily::MachineLearning; }
    QList<ParamSpec> hyperparameters() const override;

    FitReport fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job) override;
    Predictions predict(const PredictionInput &input) const override;
    bool isFitted() const override { return !parts_.empty(); }

    QList<FittedParameter> parameters() const override;
    QByteArray serialize() const override;
    void deserialize(const QByteArray &blob) override;

    QStringList explainableTargets() const override;
    Contributions contributions(const PredictionInput &input, const QString &target) const override;
    QList<FeatureImportance> importance() const override;

    // One fitted linear predictor: target = inverse link of (intercept + z . coefficients).
    struct Part
    {
        QString target; // "ltv", "purchases", "churn", "topValue"
        QString link;   // "identity", "log1p" or "logit"
        double intercept = 0.0;
        std::vector<double> coefficients;
        double totalScale = 1.0; // log1p link: value = expm1(margin) * totalScale
    };

private:
    // fit() after the training data passed its check; false when it gave up.
    bool fitParts(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job,
                  FitReport &report);
    const Part *part(const QString &target) const;
    std::vector<double> standardisedRows(const features::FeatureMatrix &input) const; // column-major n x p
    static std::vector<double> margins(const Part &part, const std::vector<double> &z, std::size_t n);
    double inverseLink(const Part &part, double margin) const;

    QStringList columns_;
    Standardizer standardizer_;
    std::vector<Part> parts_;
    QVariantMap options_;
    double horizon_ = 0.0;
};

} // namespace ltv::models::ml
