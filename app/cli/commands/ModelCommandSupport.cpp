#include "ModelCommandSupport.h"

#include "Command.h"
#include "ModelParameters.h"
#include "TrainingOptions.h"

#include "models/ModelRegistry.h"

#include "store/Project.h"

#include <algorithm>
#include <cmath>
#include <exception>

namespace ltv::cli {

namespace {

// Built when the request names a network (itself or as an auto candidate);
// other models ignore them.
const features::Sequences *builtOrNull(const features::Sequences &sequences)
{
    return sequences.channels.isEmpty() ? nullptr : &sequences;
}

} // namespace

std::optional<pipeline::EvaluationRequest> readMlRequest(const QCommandLineParser &parser, const QString &command,
                                                         const QString &modelId, const QVariantMap &params, Day cut,
                                                         TimeUnit unit, QTextStream &err)
{
    pipeline::EvaluationRequest request;
    request.calibrationEnd = cut;
    request.unit = unit;
    request.models = {modelId};
    if (params.contains(QStringLiteral("candidates")))
        for (const QString &id :
             params.value(QStringLiteral("candidates")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.models << id.trimmed();
    double horizon = 0.0;
    TimeUnit horizonUnit = unit;
    if (!parseHorizon(parser.value(QStringLiteral("horizon")), unit, &horizon, &horizonUnit)) {
        err << "ltv " << command << ": --horizon must be a positive number with an optional d/w/m suffix\n";
        return std::nullopt;
    }
    request.horizonDays = static_cast<std::int32_t>(std::lround(horizon * daysPerUnit(horizonUnit)));
    if (!readTrainingOptions(parser, command, &request, err))
        return std::nullopt;
    return request;
}

std::optional<pipeline::EvaluationData> prepareMlData(const features::TransactionSet &set,
                                                      const pipeline::EvaluationRequest &request,
                                                      const QString &command, QTextStream &err)
{
    pipeline::EvaluationData data = pipeline::prepareEvaluationData(set, request, pipeline::JobContext());
    if (data.trainingLabels.size() == 0) {
        err << "ltv " << command << ": " << data.notes.value(0) << "\n";
        return std::nullopt;
    }
    return data;
}

models::FitReport fitMl(models::Model &model, const pipeline::EvaluationData &data,
                        const pipeline::EvaluationRequest &request, const QVariantMap &options)
{
    models::TrainingData training;
    training.summary = &data.trainingSummary;
    training.features = &data.trainingFeatures;
    training.labels = &data.trainingLabels;
    training.sequences = builtOrNull(data.trainingSequences);
    training.horizon = static_cast<double>(request.horizonDays) / daysPerUnit(request.unit);
    training.unit = request.unit;
    return model.fit(training, options, pipeline::JobContext());
}

void setMlPredictionInput(const pipeline::EvaluationData &data, models::PredictionInput *input)
{
    input->features = &data.predictionFeatures;
    input->summary = &data.calibration;
    input->sequences = builtOrNull(data.predictionSequences);
}

QVariantMap btydTrainingRecord(const BtydInput &input)
{
    return {{QStringLiteral("family"), QStringLiteral("btyd")},
            {QStringLiteral("protocol"), QStringLiteral("calibration")},
            {QStringLiteral("calibrationEnd"), isoFromDay(input.summary.asOf)},
            {QStringLiteral("unit"), timeUnitName(input.summary.unit)},
            {QStringLiteral("customers"), static_cast<qulonglong>(input.summary.size())},
            {QStringLiteral("source"), input.source}};
}

QVariantMap mlTrainingRecord(const BtydInput &input, const pipeline::EvaluationRequest &request,
                             const pipeline::EvaluationData &data)
{
    QVariantMap record{{QStringLiteral("family"), QStringLiteral("ml")},
                       // The protocol used, never "auto": a saved model is matched against it.
                       {QStringLiteral("protocol"), pipeline::trainingProtocolName(data.protocol.protocol)},
                       {QStringLiteral("protocolChosenAutomatically"), data.protocol.automatic},
                       {QStringLiteral("calibrationEnd"), isoFromDay(request.calibrationEnd)},
                       {QStringLiteral("trainingAsOf"), isoFromDay(data.split.trainingAsOf())},
                       {QStringLiteral("horizonDays"), request.horizonDays},
                       {QStringLiteral("unit"), timeUnitName(request.unit)},
                       {QStringLiteral("hybridSource"), request.hybridSource},
                       {QStringLiteral("split"), data.split.describe()},
                       {QStringLiteral("customers"), static_cast<qulonglong>(data.trainingLabels.size())},
                       {QStringLiteral("source"), input.source}};
    if (data.protocol.automatic)
        record.insert(QStringLiteral("protocolReason"), data.protocol.reason());
    if (data.protocol.protocol == pipeline::TrainingProtocol::CustomerSplit) {
        record.insert(QStringLiteral("testFraction"), request.testFraction);
        record.insert(QStringLiteral("seed"), QString::number(request.seed));
    }
    if (pipeline::needsSequences(request))
        record.insert(QStringLiteral("sequences"), request.sequenceOptions.describe());
    return record;
}

QString savedModelMismatch(const store::SavedModel &saved, TimeUnit unit, const pipeline::EvaluationRequest *ml,
                           const QVariantMap &params)
{
    const QVariantMap &t = saved.training;
    if (t.value(QStringLiteral("unit")).toString() != timeUnitName(unit))
        return QStringLiteral("it was fitted with unit %1, not %2")
            .arg(t.value(QStringLiteral("unit")).toString(), timeUnitName(unit));
    if (const QString parameter = parameterMismatch(params, saved.options); !parameter.isEmpty())
        return parameter;
    if (!ml)
        return {};
    if (t.value(QStringLiteral("horizonDays")).toInt() != ml->horizonDays)
        return QStringLiteral("it was trained for a horizon of %1 days, not %2")
            .arg(t.value(QStringLiteral("horizonDays")).toInt())
            .arg(ml->horizonDays);
    if (t.value(QStringLiteral("protocol")).toString() != pipeline::trainingProtocolName(ml->protocol))
        return QStringLiteral("it was trained with the %1 protocol")
            .arg(t.value(QStringLiteral("protocol")).toString());
    if (t.value(QStringLiteral("hybridSource")).toString() != ml->hybridSource)
        return QStringLiteral("its hybrid features differ");
    if (pipeline::needsSequences(*ml) && t.contains(QStringLiteral("sequences")) &&
        t.value(QStringLiteral("sequences")).toString() != ml->sequenceOptions.describe())
        return QStringLiteral("its activity sequences differ");
    return {};
}

std::int64_t saveFittedModel(const QCommandLineParser &parser, const models::Model &model, const QVariantMap &options,
                             const QVariantMap &training, QTextStream &out)
{
    if (!parser.isSet(QStringLiteral("project"))) {
        out << "Not saved: the demo data has no project file.\n";
        return 0;
    }
    const QString path = parser.value(QStringLiteral("project"));
    store::Project project = store::Project::open(path, false);
    const std::int64_t rowId = store::ModelStore(project.database()).save(model, options, training);
    out << "Saved model #" << rowId << " (" << model.id() << ") in " << path << "\n";
    return rowId;
}

void printParameters(const models::Model &model, QTextStream &out)
{
    const QList<models::FittedParameter> parameters = model.parameters();
    qsizetype width = 10;
    for (const models::FittedParameter &p : parameters)
        width = std::max(width, p.name.size());
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("parameter"), -static_cast<int>(width))
               .arg(QStringLiteral("value"), 14)
               .arg(QStringLiteral("std. error"), 14);
    for (const models::FittedParameter &p : parameters)
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(p.name, -static_cast<int>(width))
                   .arg(p.value, 14, 'f', 6)
                   .arg(std::isfinite(p.standardError) ? QString::number(p.standardError, 'f', 6)
                                                       : QStringLiteral("n/a"),
                        14);
}

} // namespace ltv::cli
