#include "pipeline/Evaluation.h"
#include "features/SequenceBuilder.h"
#include "features/Translation.h"
#include "pipeline/DiscountedValue.h"

#include "features/Summarize.h"
#include "models/ModelRegistry.h"
#include "models/ml/HybridFeatures.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

#include <stdexcept>

namespace ltv::pipeline {
namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::pipeline"}, text);
}

// One sentence per period, so each language can word the unit its own way.
QString sequencesNote(const features::SequenceOptions &options)
{
    switch (options.period) {
    case TimeUnit::Day:
        return tr("Activity sequences: %1 daily periods before each cut, for the neural networks.").arg(options.length);
    case TimeUnit::Week:
        return tr("Activity sequences: %1 weekly periods before each cut, for the neural networks.")
            .arg(options.length);
    case TimeUnit::Month:
        break;
    }
    return tr("Activity sequences: %1 monthly periods before each cut, for the neural networks.").arg(options.length);
}

// One-hot categories can be absent at the other cut: add them as zero columns
// so the trained model finds every column it knows.
void addMissingColumns(features::FeatureMatrix &matrix, const QStringList &columns)
{
    for (const QString &name : columns)
        if (!matrix.columns.contains(name))
            features::appendColumn(matrix, name, std::vector<double>(static_cast<std::size_t>(matrix.rows()), 0.0));
}

double horizonInUnits(const EvaluationRequest &request)
{
    return static_cast<double>(request.horizonDays) / daysPerUnit(request.unit);
}

// Fits the hybrid source on `fitOn` and appends its outputs for each matrix.
void appendHybrid(const EvaluationRequest &request, const features::CustomerSummary &fitOn,
                  const std::vector<std::pair<const features::CustomerSummary *, features::FeatureMatrix *>> &targets,
                  const JobContext &job)
{
    std::unique_ptr<models::Model> btyd = models::ModelRegistry::builtin().create(request.hybridSource);
    if (!btyd || btyd->family() != models::ModelFamily::Btyd)
        throw std::invalid_argument(
            tr("Hybrid features need a BTYD model, not \"%1\".").arg(request.hybridSource).toStdString());
    const models::FitReport report =
        btyd->fit({&fitOn, nullptr, nullptr, nullptr, horizonInUnits(request), request.unit},
                  request.modelOptions.value(request.hybridSource), job);
    if (!btyd->isFitted())
        throw std::runtime_error(
            tr("The hybrid source %1 could not be fitted: %2").arg(request.hybridSource, report.message).toStdString());
    for (const auto &[summary, matrix] : targets) {
        models::PredictionInput input;
        input.summary = summary;
        input.horizon = horizonInUnits(request);
        input.unit = request.unit;
        models::ml::appendBtydFeatures(*matrix, btyd->predict(input));
    }
}

} // namespace

bool needsSequences(const EvaluationRequest &request)
{
    const QStringList neural = models::ModelRegistry::builtin().ids(models::ModelFamily::NeuralNet);
    QStringList ids = request.models;
    // The auto model's candidates, when it is given its own list.
    if (request.models.contains(QStringLiteral("auto")))
        for (const QString &id : request.modelOptions.value(QStringLiteral("auto"))
                                     .value(QStringLiteral("candidates"))
                                     .toString()
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << id.trimmed();
    return std::any_of(ids.begin(), ids.end(), [&](const QString &id) { return neural.contains(id); });
}

EvaluationData prepareEvaluationData(const features::TransactionSet &input, const EvaluationRequest &request,
                                     const JobContext &job)
{
    features::TransactionSet sortedCopy;
    const features::TransactionSet *set = &input;
    if (!features::isSortedByCustomerAndDay(input)) {
        sortedCopy = input;
        sortedCopy.sortByCustomerAndDay();
        set = &sortedCopy;
    }
    features::SummaryOptions summaryOptions;
    summaryOptions.unit = request.unit;
    EvaluationData data;
    data.protocol = chooseTrainingProtocol(*set, request.protocol, request.calibrationEnd, request.horizonDays);
    const bool sequences = needsSequences(request);

    if (data.protocol.protocol == TrainingProtocol::ShiftedWindow) {
        features::ShiftedWindow window = features::shiftedWindowSplit(*set, request.calibrationEnd, request.horizonDays,
                                                                      summaryOptions, request.topFraction);
        job.setProgress(0.3);
        data.split = window.protocol;
        data.trainingSummary = std::move(window.training);
        data.trainingLabels = std::move(window.trainingLabels);
        data.calibration = std::move(window.prediction);
        data.holdout = std::move(window.predictionLabels);
        data.trainingFeatures = features::buildFeatureMatrix(*set, data.trainingSummary, request.featureOptions);
        job.throwIfCancelled();
        data.predictionFeatures = features::buildFeatureMatrix(*set, data.calibration, request.featureOptions);
        if (sequences) {
            // Each cut reads only the lines on or before its own as-of date.
            data.trainingSequences = features::buildSequences(*set, data.trainingSummary.customer,
                                                              data.split.trainingAsOf(), request.sequenceOptions);
            job.throwIfCancelled();
            data.predictionSequences = features::buildSequences(*set, data.calibration.customer, request.calibrationEnd,
                                                                request.sequenceOptions);
        }
        if (!request.hybridSource.isEmpty())
            appendHybrid(
                request, data.trainingSummary,
                {{&data.trainingSummary, &data.trainingFeatures}, {&data.calibration, &data.predictionFeatures}},
                job.subTask(0.7, 0.9));
        if (data.trainingLabels.size() == 0)
            data.notes
                << tr("The shifted window's training cut %1 precedes every first purchase, so the ML models "
                      "have nothing to train on: use a shorter horizon, the customer split or the automatic protocol.")
                       .arg(isoFromDay(data.split.trainingAsOf()));
        data.notes << tr("Shifted window: ML trained on %1 customers as of %2 with labels to %3; "
                         "all models scored on %4 customers over %5 .. %6.")
                          .arg(data.trainingLabels.size())
                          .arg(isoFromDay(data.split.trainingAsOf()), isoFromDay(request.calibrationEnd))
                          .arg(data.holdout.size())
                          .arg(isoFromDay(request.calibrationEnd + 1), isoFromDay(data.split.holdoutEnd()));
    } else {
        features::CalibrationHoldout split = features::calibrationHoldoutSplit(
            *set, request.calibrationEnd, request.horizonDays, summaryOptions, request.topFraction);
        job.setProgress(0.3);
        data.calibration = std::move(split.calibration);
        features::FeatureMatrix all = features::buildFeatureMatrix(*set, data.calibration, request.featureOptions);
        if (!request.hybridSource.isEmpty())
            appendHybrid(request, data.calibration, {{&data.calibration, &all}}, job.subTask(0.7, 0.9));
        const features::CustomerSplit customers =
            features::customerSplit(data.calibration.size(), request.testFraction, request.seed, split.protocol);
        data.split = customers.protocol;
        data.trainingSummary = features::selectRows(data.calibration, customers.trainRows);
        data.trainingFeatures = features::selectRows(all, customers.trainRows);
        data.trainingLabels = features::selectRows(split.holdout, customers.trainRows);
        data.holdout = features::selectRows(split.holdout, customers.testRows);
        data.predictionFeatures = std::move(all);
        if (sequences) {
            // Sequences end at the calibration end: the holdout never reaches them.
            data.predictionSequences = features::buildSequences(*set, data.calibration.customer, request.calibrationEnd,
                                                                request.sequenceOptions);
            data.trainingSequences = features::selectRows(data.predictionSequences, customers.trainRows);
        }
        data.notes << tr("Customer split: ML trained on the holdout of %1 customers; all models scored on the "
                         "other %2 customers over %3 .. %4.")
                          .arg(customers.trainRows.size())
                          .arg(customers.testRows.size())
                          .arg(isoFromDay(request.calibrationEnd + 1), isoFromDay(split.protocol.holdoutEnd()));
    }
    addMissingColumns(data.predictionFeatures, data.trainingFeatures.columns);
    if (sequences)
        data.notes << sequencesNote(request.sequenceOptions);
    job.setProgress(1.0);
    return data;
}

EvaluationResult runEvaluation(const features::TransactionSet &set, const EvaluationRequest &request,
                               const JobContext &job)
{
    const models::ModelRegistry &registry = models::ModelRegistry::builtin();
    for (const QString &id : request.models)
        if (!registry.contains(id))
            throw std::invalid_argument(tr("Unknown model \"%1\". Known models: %2.")
                                            .arg(id, registry.ids().join(QStringLiteral(", ")))
                                            .toStdString());
    EvaluationResult result;
    result.data = prepareEvaluationData(set, request, job.subTask(0.0, 0.2));
    const EvaluationData &data = result.data;
    const double horizon = horizonInUnits(request);

    eval::Leaderboard &board = result.leaderboard;
    board.context.insert(QStringLiteral("calibrationEnd"), isoFromDay(request.calibrationEnd));
    board.context.insert(QStringLiteral("holdoutEnd"), isoFromDay(request.calibrationEnd + request.horizonDays));
    board.context.insert(QStringLiteral("horizonDays"), request.horizonDays);
    board.context.insert(QStringLiteral("unit"), timeUnitName(request.unit));
    board.context.insert(QStringLiteral("protocol"), trainingProtocolName(data.protocol.protocol));
    board.context.insert(QStringLiteral("protocolChosenAutomatically"), data.protocol.automatic);
    board.context.insert(QStringLiteral("protocolText"), data.protocol.describe());
    board.context.insert(QStringLiteral("split"), data.split.describe());
    board.context.insert(QStringLiteral("evaluatedCustomers"), static_cast<qulonglong>(data.holdout.size()));
    board.context.insert(QStringLiteral("trainingCustomers"), static_cast<qulonglong>(data.trainingLabels.size()));
    board.context.insert(QStringLiteral("hybridSource"), request.hybridSource);
    board.context.insert(QStringLiteral("annualDiscountRate"), request.annualDiscountRate);
    board.context.insert(QStringLiteral("thresholdRule"), eval::thresholdRuleName(request.threshold.rule));
    board.context.insert(QStringLiteral("notes"), data.notes);

    const double step = 0.8 / std::max<qsizetype>(1, request.models.size());
    for (qsizetype m = 0; m < request.models.size(); ++m) {
        const QString &id = request.models[m];
        const JobContext modelJob = job.subTask(0.2 + m * step, 0.2 + (m + 1) * step);
        modelJob.setProgress(0.0, tr("Fitting %1").arg(id));
        modelJob.emitEvent(QStringLiteral("model"), {{QStringLiteral("id"), id}});
        std::unique_ptr<models::Model> model = registry.create(id);
        const bool btyd = model->family() == models::ModelFamily::Btyd;
        models::TrainingData training;
        training.horizon = horizon;
        training.unit = request.unit;
        QString note;
        if (btyd) {
            training.summary = &data.calibration;
            note = tr("calibration summary");
        } else {
            training.summary = &data.trainingSummary;
            training.features = &data.trainingFeatures;
            training.labels = &data.trainingLabels;
            // Networks (and auto, for its network candidates) read the sequences when built.
            if (!data.trainingSequences.channels.isEmpty())
                training.sequences = &data.trainingSequences;
            note = trainingProtocolLabel(data.protocol.protocol);
        }
        QElapsedTimer timer;
        timer.start();
        models::FitReport report;
        try {
            report = model->fit(training, request.modelOptions.value(id), modelJob);
        } catch (const Cancelled &) {
            throw;
        } catch (const std::exception &e) {
            report.message = QString::fromUtf8(e.what());
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        if (!model->isFitted() && !btyd && data.trainingLabels.size() == 0)
            report.message = data.notes.first();
        result.reports << report;
        if (!model->isFitted())
            continue;
        models::PredictionInput input;
        input.summary = &data.calibration;
        input.features = &data.predictionFeatures;
        if (!btyd && !data.predictionSequences.channels.isEmpty())
            input.sequences = &data.predictionSequences;
        input.horizon = horizon;
        input.unit = request.unit;
        models::Predictions predictions;
        try {
            predictions = model->predict(input);
        } catch (const std::exception &e) {
            result.reports.back().message += QLatin1Char(' ') + QString::fromUtf8(e.what());
            continue;
        }
        predictions.options.insert(QStringLiteral("protocol"),
                                   btyd ? QStringLiteral("calibration") : trainingProtocolName(data.protocol.protocol));
        eval::LeaderboardRow row = eval::scorePredictions(predictions, data.holdout, request.threshold);
        row.model = id;
        row.displayName = model->displayName();
        if (predictions.options.contains(QStringLiteral("chosenModel")))
            note += tr(", chose %1").arg(predictions.options.value(QStringLiteral("chosenModel")).toString());
        row.note = note;
        row.fitSeconds = seconds;
        models::PredictionInput discounted = input;
        discounted.annualDiscountRate = request.annualDiscountRate;
        try {
            row.discountedValuePerCustomer = discountedValuePerCustomer(*model, discounted, predictions, data.holdout);
        } catch (const std::exception &e) {
            result.reports.back().warnings << tr("No discounted value: %1").arg(QString::fromUtf8(e.what()));
        }
        board.rows.push_back(std::move(row));
        result.predictions.push_back(std::move(predictions));
        try {
            collectChartData(*model, set, data, request, result.charts, modelJob.subTask(1.0, 1.0));
        } catch (const Cancelled &) {
            throw;
        } catch (const std::exception &e) {
            result.reports.back().warnings << tr("No chart data: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    job.setProgress(1.0);
    return result;
}

} // namespace ltv::pipeline
