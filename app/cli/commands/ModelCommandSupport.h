#pragma once
// Shared by `ltv fit` and `ltv predict` for every model family: the ML
// training data of a protocol at a cut, fitting, the data cut recorded with a
// saved model, and whether a saved model suits a new request.

#include "BtydCommandSupport.h"

#include "models/Model.h"
#include "pipeline/Evaluation.h"
#include "store/ModelStore.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace ltv::cli {

// The request of an ML or neural fit of `modelId` at `cut` (calibration end
// or as-of) with the horizon, unit and protocol options; nullopt (message in
// err) on bad values. `params` are the model's --param options: the request
// lists the model (and auto's candidates) so that activity sequences are
// built when a neural network needs them.
std::optional<pipeline::EvaluationRequest> readMlRequest(const QCommandLineParser &parser, const QString &command,
                                                         const QString &modelId, const QVariantMap &params, Day cut,
                                                         TimeUnit unit, QTextStream &err);

// The ML training data of the request; nullopt (message in err) when the
// protocol leaves nothing to train on.
std::optional<pipeline::EvaluationData> prepareMlData(const features::TransactionSet &set,
                                                      const pipeline::EvaluationRequest &request,
                                                      const QString &command, QTextStream &err);

// Fits an ML model (or auto) or a neural network on the protocol's training
// rows (the networks also read the training activity sequences).
models::FitReport fitMl(models::Model &model, const pipeline::EvaluationData &data,
                        const pipeline::EvaluationRequest &request, const QVariantMap &options);

// The data cut saved with a model. `request` is null for BTYD models, which
// are fitted on the summary as of `input.summary.asOf`.
QVariantMap btydTrainingRecord(const BtydInput &input);
QVariantMap mlTrainingRecord(const BtydInput &input, const pipeline::EvaluationRequest &request,
                             const pipeline::EvaluationData &data);

// The prediction input of an ML or neural model: the features (and, when
// built for a network, the activity sequences) of the prediction rows at the cut.
void setMlPredictionInput(const pipeline::EvaluationData &data, models::PredictionInput *input);

// Empty when a saved model can serve the request; otherwise why not
// (different unit; for ML models a different horizon, protocol, hybrid or
// activity sequences; a --param value the saved model was not fitted with).
QString savedModelMismatch(const store::SavedModel &saved, TimeUnit unit, const pipeline::EvaluationRequest *mlRequest,
                           const QVariantMap &params);

// Saves the model into the project of `input` when there is one and prints
// "Saved model #N ..."; returns the row id, 0 when not saved.
std::int64_t saveFittedModel(const QCommandLineParser &parser, const models::Model &model, const QVariantMap &options,
                             const QVariantMap &training, QTextStream &out);

// One line per fitted parameter: name, value, standard error.
void printParameters(const models::Model &model, QTextStream &out);

} // namespace ltv::cli
