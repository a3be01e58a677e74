// `ltv evaluate`: fits the requested models under one training protocol and
// prints the leaderboard of the holdout; optionally writes it as JSON / CSV.

#include "AnalysisOptions.h"
#include "Command.h"
#include "ModelParameters.h"
#include "TrainingOptions.h"

#include "eval/Classification.h"
#include "pipeline/DemoData.h"
#include "pipeline/Evaluation.h"
#include "store/Project.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (.ltv) with the transactions."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("demo"), QStringLiteral("Use the bundled CDNOW demo sample instead of a project.")});
    parser.addOption({QStringLiteral("calibration-end"),
                      QStringLiteral("Last day of the calibration period (yyyy-MM-dd)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("horizon"), QStringLiteral("Holdout length, e.g. 39w, 273d, 9m (default 39w)."),
                      QStringLiteral("length"), QStringLiteral("39w")});
    parser.addOption({QStringLiteral("unit"), QStringLiteral("Model time unit: day, week or month (default week)."),
                      QStringLiteral("unit"), QStringLiteral("week")});
    parser.addOption({QStringLiteral("models"),
                      QStringLiteral("Comma-separated model ids (default bgnbd,pnbd,linear,xgboost)."),
                      QStringLiteral("ids"), QStringLiteral("bgnbd,pnbd,linear,xgboost")});
    addTrainingOptions(parser);
    addModelParameterOption(parser, true);
    parser.addOption({QStringLiteral("threshold"),
                      QStringLiteral("Churn threshold rule: max-f1, youden, min-cost or fixed (default max-f1)."),
                      QStringLiteral("rule"), QStringLiteral("max-f1")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Write the full metrics as JSON."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Write the leaderboard as CSV."), QStringLiteral("file")});
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        err << "ltv evaluate: cannot write " << path << "\n";
        return false;
    }
    return true;
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo == parser.isSet(QStringLiteral("project"))) {
        err << "ltv evaluate: give either --project FILE or --demo\n";
        return ExitUsage;
    }
    pipeline::EvaluationRequest request;
    if (!demo && !parser.isSet(QStringLiteral("calibration-end"))) {
        err << "ltv evaluate: --calibration-end is required with --project\n";
        return ExitUsage;
    }
    // The demo's customary calibration end (39 weeks of the CDNOW cohort).
    const QString calibrationEnd = parser.isSet(QStringLiteral("calibration-end"))
                                       ? parser.value(QStringLiteral("calibration-end"))
                                       : QStringLiteral("1997-09-30");
    if (!dayFromIso(calibrationEnd, &request.calibrationEnd)) {
        err << "ltv evaluate: --calibration-end must be a date yyyy-MM-dd, not " << calibrationEnd << "\n";
        return ExitUsage;
    }
    if (!parseHorizonDays(parser.value(QStringLiteral("horizon")), &request.horizonDays)) {
        err << "ltv evaluate: --horizon must look like 39w, 273d or 9m\n";
        return ExitUsage;
    }
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &request.unit)) {
        err << "ltv evaluate: --unit must be day, week or month\n";
        return ExitUsage;
    }
    if (!readTrainingOptions(parser, QStringLiteral("evaluate"), &request, err))
        return ExitUsage;
    if (!eval::parseThresholdRule(parser.value(QStringLiteral("threshold")), &request.threshold.rule)) {
        err << "ltv evaluate: --threshold must be max-f1, youden, min-cost or fixed\n";
        return ExitUsage;
    }
    request.models = parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : request.models)
        id = id.trimmed();
    const std::optional<QMap<QString, QVariantMap>> params =
        readPerModelParameters(parser, QStringLiteral("evaluate"), request.models, err);
    if (!params)
        return ExitUsage;
    request.modelOptions = *params;

    pipeline::EvaluationResult result;
    try {
        features::TransactionSet set;
        if (demo) {
            set = pipeline::loadDemoTransactions();
        } else {
            const QString path = parser.value(QStringLiteral("project"));
            if (!QFile::exists(path)) {
                err << "ltv evaluate: no project file " << path << "\n";
                return ExitFailure;
            }
            set = store::Project::open(path, false).loadTransactionSet();
        }
        if (set.empty()) {
            err << "ltv evaluate: the project has no transactions\n";
            return ExitFailure;
        }
        result = pipeline::runEvaluation(set, request, pipeline::JobContext());
    } catch (const std::exception &e) {
        err << "ltv evaluate: " << QString::fromUtf8(e.what()) << "\n";
        return ExitFailure;
    }

    out << "Data: " << (demo ? QStringLiteral("CDNOW demo sample") : parser.value(QStringLiteral("project"))) << "\n";
    out << "Training protocol: " << result.data.protocol.describe() << "\n";
    out << "Split: " << result.data.split.describe() << "\n";
    for (const QString &note : result.data.notes)
        out << note << "\n";
    out << "\n" << result.leaderboard.toText();
    bool allFitted = true;
    for (qsizetype i = 0; i < result.reports.size(); ++i) {
        const bool fitted = std::any_of(result.leaderboard.rows.begin(), result.leaderboard.rows.end(),
                                        [&](const eval::LeaderboardRow &r) { return r.model == request.models[i]; });
        if (!fitted) {
            allFitted = false;
            err << "ltv evaluate: " << request.models[i] << " was not fitted: " << result.reports[i].message << "\n";
        } else if (!result.reports[i].message.isEmpty()) {
            out << request.models[i] << ": " << result.reports[i].message << "\n";
        }
        for (const QString &warning : result.reports[i].warnings)
            out << request.models[i] << " warning: " << warning << "\n";
    }
    if (parser.isSet(QStringLiteral("out")) &&
        !writeFile(parser.value(QStringLiteral("out")),
                   QJsonDocument(result.leaderboard.toJson()).toJson(QJsonDocument::Indented), err))
        return ExitFailure;
    if (parser.isSet(QStringLiteral("csv")) &&
        !writeFile(parser.value(QStringLiteral("csv")), result.leaderboard.toCsv().toUtf8(), err))
        return ExitFailure;
    return allFitted ? ExitOk : ExitFailure;
}

const CommandRegistration registration({QStringLiteral("evaluate"),
                                        QStringLiteral("Compare models on a time-based holdout (leaderboard)"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
