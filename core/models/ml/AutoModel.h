#pragma once
// The "auto" model: picks the best of several candidate models on the
// training window only, by validation normalized Gini of the predicted
// horizon value (MAE breaks ties), then refits the winner on the whole
// training window and predicts with it. It never sees the holdout.
//
// Validation, per candidate family:
// - ML models (they learn from labels): seeded k-fold cross-validation inside
//   the training window (out-of-fold predictions);
// - BTYD models (they never see labels): fitted on the training summary and
//   scored on that window's horizon labels, which is an honest forecast.

#include "models/Model.h"

#include <memory>

namespace ltv::models::ml {

class AutoModel : public Model
{
public:
    AutoModel();
    ~AutoModel() override;

    QString id() const override { return QStringLiteral("auto"); }
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
    Contributions contributions(const PredictionInput &input, const QString &target) const override;
    QList<FeatureImportance> importance() const override;

    // The chosen candidate's id; empty before fitting.
    QString chosen() const { return chosenId_; }

    struct Score
    {
        QString model;
        double gini = 0.0;
        double mae = 0.0;
    };
    const std::vector<Score> &scores() const { return scores_; }

private:
    QString chosenId_;
    std::unique_ptr<Model> chosen_;
    std::vector<Score> scores_;
    QVariantMap options_;
};

} // namespace ltv::models::ml
