#pragma once
// The BTYD models behind the common Model interface. "bgnbd", "mbgnbd" and
// "pnbd" fit the transaction model and, when the summary has monetary values
// and option spendModel is true (default), the Gamma-Gamma spend model too,
// so that predict() yields a discounted LTV. "gg" is the spend model alone.

#include "models/Model.h"
#include "models/btyd/GammaGamma.h"
#include "models/btyd/TransactionModel.h"

#include <memory>
#include <optional>

namespace ltv::models::btyd {

class BtydModel : public Model
{
public:
    explicit BtydModel(const QString &id); // "bgnbd", "mbgnbd", "pnbd" or "gg"
    BtydModel(const BtydModel &other);

    QString id() const override { return id_; }
    QString displayName() const override;
    ModelFamily family() const override { return ModelFamily::Btyd; }
    QList<ParamSpec> hyperparameters() const override;

    FitReport fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job) override;
    Predictions predict(const PredictionInput &input) const override;
    bool isFitted() const override;

    QList<FittedParameter> parameters() const override;
    QByteArray serialize() const override;
    void deserialize(const QByteArray &blob) override;

    // Direct access for chart data and reports; null when not part of the model.
    const TransactionModel *transactionModel() const { return transaction_.get(); }
    const GammaGamma *spendModel() const { return spend_ ? &*spend_ : nullptr; }
    TimeUnit unit() const { return unit_; }
    double transactionLogLikelihood() const { return transactionLogLikelihood_; }
    double spendLogLikelihood() const { return spendLogLikelihood_; }

private:
    QString id_;
    TimeUnit unit_ = TimeUnit::Week;
    std::unique_ptr<TransactionModel> transaction_;
    std::optional<GammaGamma> spend_;
    std::vector<double> transactionErrors_;
    std::vector<double> spendErrors_;
    double transactionLogLikelihood_ = 0.0;
    double spendLogLikelihood_ = 0.0;
    bool transactionFitted_ = false;
};

} // namespace ltv::models::btyd
