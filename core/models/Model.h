#pragma once
// The common interface of every LTV model, buy-till-you-die and machine
// learning alike. A model is fitted on data from the training window only and
// predicts from data at the prediction cut; the pipeline builds both.

#include "features/CustomerSummary.h"
#include "features/FeatureMatrix.h"
#include "pipeline/JobContext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <cstdint>
#include <vector>

namespace ltv::models {

enum class ModelFamily { Btyd, MachineLearning, NeuralNet };

// A declared option or hyperparameter, so the CLI and GUI can offer it.
struct ParamSpec
{
    QString name;        // key in the options map, e.g. "penalizer"
    QString description; // translated one-liner
    QVariant defaultValue;
    QVariant minimum; // null when unbounded
    QVariant maximum;
    QStringList choices; // non-empty for enumerations
};

// A fitted parameter with its standard error (NaN when not available).
struct FittedParameter
{
    QString name;
    double value = 0.0;
    double standardError = 0.0;
};

// Diagnostics of one fit.
struct FitReport
{
    bool converged = false;
    int iterations = 0;
    double gradientNorm = 0.0;
    double logLikelihood = 0.0; // or the final training loss for ML models
    double seconds = 0.0;
    QString message;      // human-readable; explains a failure
    QStringList warnings; // e.g. "Gamma-Gamma q <= 1: mean spend undefined"
};

// What a model trains on. Pointers are non-owning and may be null when a
// model does not use that input. Rows of features/sequences/labels align.
struct TrainingData
{
    const features::CustomerSummary *summary = nullptr; // BTYD: x, t_x, T, monetary at the feature cut
    const features::FeatureMatrix *features = nullptr;  // ML tabular features at the feature cut
    const features::Sequences *sequences = nullptr;     // activity sequences at the feature cut
    const features::Labels *labels = nullptr;           // outcomes in the horizon after the feature cut
    double horizon = 0.0;                               // label horizon, in summary->unit
    TimeUnit unit = TimeUnit::Week;
};

// What a model predicts from (features at the prediction cut).
struct PredictionInput
{
    const features::CustomerSummary *summary = nullptr;
    const features::FeatureMatrix *features = nullptr;
    const features::Sequences *sequences = nullptr;
    double horizon = 52.0; // prediction horizon, in `unit`
    TimeUnit unit = TimeUnit::Week;
    double annualDiscountRate = 0.0; // converted to the per-period rate by the model (documented in docs/models.md)
};

// One value type for every model's output: one entry per customer.
struct Predictions
{
    QString model;       // model id, e.g. "bgnbd"
    QString dataCut;     // e.g. "features at 1997-09-30, horizon 39 weeks"
    QVariantMap options; // the options that produced it, incl. the protocol

    std::vector<std::int32_t> customer;
    std::vector<double> expectedPurchases;   // in the horizon
    std::vector<double> pAlive;              // NaN when the model has no notion of it
    std::vector<double> expectedSpend;       // per purchase
    std::vector<double> ltv;                 // predicted (discounted) value in the horizon
    std::vector<double> churnProbability;    // P(no purchase in the horizon)
    std::vector<double> topValueProbability; // P(top q% of horizon revenue); empty when not modelled

    std::size_t size() const { return customer.size(); }
};

// Additive per-customer explanation of one output of an explainable model:
// each row of `values` (features + 1 columns, the last one the bias) sums to
// the model's output for that customer on `scale`: "value" (the prediction
// itself), "log1p", "log" or "logit" (the prediction before the inverse link).
struct Contributions
{
    QString target; // "ltv", "purchases", "churn", "topValue"
    QString scale;
    QStringList columns; // feature names, then "bias"
    std::vector<std::int32_t> customer;
    std::vector<double> values; // row-major, customer.size() x columns.size()

    double at(std::size_t row, std::size_t col) const
    {
        return values[row * static_cast<std::size_t>(columns.size()) + col];
    }
};

// Global importance of one feature (e.g. XGBoost total gain, |standardised
// coefficient|), normalised to sum to 1 over the features of one output.
struct FeatureImportance
{
    QString target;
    QString feature;
    double value = 0.0;
};

class Model
{
public:
    virtual ~Model() = default;

    virtual QString id() const = 0;          // stable key: "bgnbd", "pnbd", "xgboost", ...
    virtual QString displayName() const = 0; // translated
    virtual ModelFamily family() const = 0;
    virtual QList<ParamSpec> hyperparameters() const = 0;

    virtual FitReport fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job) = 0;
    virtual Predictions predict(const PredictionInput &input) const = 0;
    virtual bool isFitted() const = 0;

    virtual QList<FittedParameter> parameters() const = 0;
    // Self-contained serialisation for the project file; deserialize() restores
    // a model that predicts identically.
    virtual QByteArray serialize() const = 0;
    virtual void deserialize(const QByteArray &blob) = 0;

    // Explainable models override these; the defaults explain nothing.
    virtual QStringList explainableTargets() const { return {}; }
    virtual Contributions contributions(const PredictionInput &, const QString & /*target*/) const { return {}; }
    virtual QList<FeatureImportance> importance() const { return {}; }
};

} // namespace ltv::models
