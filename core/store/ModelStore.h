#pragma once
// Fitted models and prediction runs in the project file. A saved model keeps
// its registry id, the options it was fitted with, its fitted parameters (for
// display), the model's own serialize() bytes, and the data cut and training
// protocol it saw; loading recreates it through the model registry, so it
// predicts exactly as when it was saved. Every save is one transaction.

#include "models/Model.h"
#include "store/Sqlite.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ltv::store {

struct SavedModel
{
    std::int64_t rowId = 0; // models.id
    QString modelId;        // registry id, e.g. "xgboost"
    QVariantMap options;    // the fit options
    // The data cut and protocol, e.g. protocol, calibrationEnd, trainingAsOf,
    // horizonDays, unit, source (free-form keys chosen by the caller).
    QVariantMap training;
    QList<models::FittedParameter> parameters;
    QDateTime created; // UTC
};

// One stored prediction run, read back; values are NaN where not stored.
struct PredictionRun
{
    std::int64_t runId = 0;
    std::int64_t modelRowId = 0; // 0 when the run names no saved model
    QVariantMap options;
    QDateTime created;
    QStringList customerIds;                    // external ids, in customer id order
    QMap<QString, std::vector<double>> columns; // name -> value per customerIds entry
};

class ModelStore
{
public:
    explicit ModelStore(Database &db);

    // Saves a fitted model; returns its row id. Throws std::invalid_argument
    // for an unfitted model and SqlError on a database error.
    std::int64_t save(const models::Model &model, const QVariantMap &options, const QVariantMap &training);

    // Saved models, newest first; only those of `modelId` when it is not empty.
    QList<SavedModel> list(const QString &modelId = {}) const;
    std::optional<SavedModel> find(std::int64_t rowId) const;
    std::optional<SavedModel> latest(const QString &modelId) const;

    // Recreates a saved model through the registry. Throws std::runtime_error
    // when the row is missing, names an unknown model or its bytes are corrupt.
    std::unique_ptr<models::Model> load(std::int64_t rowId) const;

    // Stores one value per customer and output (expected_purchases, p_alive,
    // expected_spend, ltv, churn_probability, top_value_probability; NaN values
    // are left out) as a 'prediction' run. `customerIds` maps the predictions'
    // customer indices to external ids, which must exist in the project.
    // modelRowId 0 records no saved model. Returns the run id.
    std::int64_t savePredictionRun(std::int64_t modelRowId, const models::Predictions &predictions,
                                   const QStringList &customerIds, const QVariantMap &runOptions);
    std::optional<PredictionRun> predictionRun(std::int64_t runId) const;

private:
    Database &db_;
};

// The prediction columns savePredictionRun() writes, in order.
QStringList predictionColumnNames();

} // namespace ltv::store
