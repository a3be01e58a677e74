#pragma once
// The honest model comparison used by `ltv evaluate` and the GUI: from one
// TransactionSet, build the data of a training protocol, fit every requested
// model, predict the holdout customers and score all of them with the same
// code into one leaderboard.
//
// - BTYD models are fitted on the calibration summary (as of calibration end);
//   they never see labels.
// - ML models (and "auto") follow the protocol (see TrainingProtocol.h):
//   * shifted window: trained on features as of calibration end −
//     horizon with the labels of the following horizon (which ends at the
//     calibration end), then applied to features as of calibration end;
//   * customer split: trained on the calibration features and holdout labels
//     of a seeded share of customers; every model is then scored on the other
//     customers only;
//   * automatic: the shifted window when its training window is usable,
//     otherwise the customer split; EvaluationData::protocol says which and why.
// - Optionally a BTYD model's outputs are appended as hybrid ML features (the
//   BTYD model is fitted on the same training cut, so no label leaks in).
// - When a neural network is requested, activity sequences are built at the
//   same two cuts as the features (raw values: each network fits its own
//   normalisation on the training sequences and stores it with its weights).

#include "eval/Classification.h"
#include "eval/Leaderboard.h"
#include "features/FeatureMatrixBuilder.h"
#include "features/SequenceBuilder.h"
#include "features/Splits.h"
#include "models/Model.h"
#include "pipeline/EvaluationCharts.h"
#include "pipeline/JobContext.h"
#include "pipeline/TrainingProtocol.h"

#include <QMap>

namespace ltv::pipeline {

struct EvaluationRequest
{
    Day calibrationEnd = 0;
    std::int32_t horizonDays = 273;
    TimeUnit unit = TimeUnit::Week;
    TrainingProtocol protocol = TrainingProtocol::ShiftedWindow;
    QStringList models;                      // registry ids, e.g. bgnbd, pnbd, linear, xgboost, auto
    QMap<QString, QVariantMap> modelOptions; // per model id
    double annualDiscountRate = 0.0;         // of each model's discounted value per customer (not the scores)
    double topFraction = 0.1;                // top-value label share
    double testFraction = 0.3;               // customer split: share of test customers
    std::uint64_t seed = 42;                 // customer split
    QString hybridSource;                    // BTYD id whose outputs become ML features; empty for none
    eval::ThresholdOptions threshold;        // churn confusion matrix rule
    features::FeatureOptions featureOptions;
    features::SequenceOptions sequenceOptions; // activity sequences of the neural networks
};

// True when a requested model reads activity sequences (the neural networks,
// also as candidates of "auto" listed in modelOptions["auto"]["candidates"]).
bool needsSequences(const EvaluationRequest &request);

// Everything the models are trained on and judged against.
struct EvaluationData
{
    TrainingProtocolChoice protocol;       // the protocol used (resolved when automatic) and why
    features::SplitProtocol split;         // recorded with every result
    features::CustomerSummary calibration; // as of calibration end: BTYD input and the ML prediction rows
    features::CustomerSummary trainingSummary;
    features::FeatureMatrix trainingFeatures;
    features::Labels trainingLabels;            // aligned with trainingFeatures
    features::FeatureMatrix predictionFeatures; // aligned with calibration
    features::Labels holdout;                   // the evaluated customers' holdout outcomes
    // Only when needsSequences(): aligned with trainingFeatures / predictionFeatures.
    features::Sequences trainingSequences;
    features::Sequences predictionSequences;
    QStringList notes; // e.g. how many customers each side has
};

// Builds the data of the request's protocol. Only transactions on or before
// the calibration end reach the training features and labels of the shifted
// window.
EvaluationData prepareEvaluationData(const features::TransactionSet &set, const EvaluationRequest &request,
                                     const JobContext &job);

struct EvaluationResult
{
    EvaluationData data;
    eval::Leaderboard leaderboard;
    std::vector<models::Predictions> predictions; // one per fitted model, rows = calibration customers
    QList<models::FitReport> reports;             // one per requested model
    EvaluationCharts charts;                      // chart data of the fitted models (they are not kept)
};

// Throws std::invalid_argument for an unknown model id; a model that fails to
// fit is reported (FitReport::message) and left out of the leaderboard.
EvaluationResult runEvaluation(const features::TransactionSet &set, const EvaluationRequest &request,
                               const JobContext &job);

} // namespace ltv::pipeline
