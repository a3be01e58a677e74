#pragma once
// The neural LTV models under the common Model interface: `mlp-ziln` on the
// tabular features, `cnn` on the activity sequences, `gru` on the sequences
// plus the static features. All predict revenue in the label horizon with a
// zero-inflated lognormal head (the MLP can use MSE instead, for comparison).

#include "models/Model.h"

#include <memory>

namespace ltv::models {

namespace nn {
enum class Architecture { Mlp, Cnn, Gru };
}

class NeuralModel final : public Model
{
public:
    explicit NeuralModel(nn::Architecture architecture);
    ~NeuralModel() override;

    QString id() const override;
    QString displayName() const override;
    ModelFamily family() const override { return ModelFamily::NeuralNet; }
    QList<ParamSpec> hyperparameters() const override;

    FitReport fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job) override;
    Predictions predict(const PredictionInput &input) const override;
    bool isFitted() const override;

    QList<FittedParameter> parameters() const override;
    QByteArray serialize() const override;
    void deserialize(const QByteArray &blob) override;

    struct EpochLoss
    {
        int epoch = 0;
        double loss = 0.0;
        double validation = 0.0;
    };
    // The loss curve of the last fit.
    const std::vector<EpochLoss> &history() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace ltv::models
