// `ltv evaluate`: fits the requested models under one training protocol and
// prints the leaderboard of the holdout; optionally writes it as JSON / CSV.

#include "Command.h"

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
    parser.addOption({QStringLiteral("protocol"), QStringLiteral("ML training protocol: shifted or customer-split."),
                      QStringLiteral("name"), QStringLiteral("shifted")});
    parser.addOption({QStringLiteral("test-fraction"), QStringLiteral("Customer split: share of test customers (0.3)."),
                      QStringLiteral("share"), QStringLiteral("0.3")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Customer split seed (42)."), QStringLiteral("n"),
                      QStringLiteral("42")});
    parser.addOption({QStringLiteral("hybrid"), QStringLiteral("Add this BTYD model's outputs as ML features."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("threshold"),
                      QStringLiteral("Churn threshold rule: max-f1, youden, min-cost or fixed (default max-f1)."),
                      QStringLiteral("rule"), QStringLiteral("max-f1")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Write the full metrics as JSON."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Write the leaderboard as CSV."), QStringLiteral("file")});
}

// "39w" -> 273 days; a bare number is in weeks.
bool parseHorizon(const QString &text, std::int32_t *days)
{
    QString number = text.trimmed().toLower();
    double perUnit = 7.0;
    if (number.endsWith(QLatin1Char('d')))
        perUnit = 1.0;
    else if (number.endsWith(QLatin1Char('m')))
        perUnit = daysPerUnit(TimeUnit::Month);
    if (number.endsWith(QLatin1Char('d')) || number.endsWith(QLatin1Char('w')) || number.endsWith(QLatin1Char('m')))
        number.chop(1);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || value <= 0)
        return false;
    *days = static_cast<std::int32_t>(std::lround(value * perUnit));
    return true;
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
    if (!parseHorizon(parser.value(QStringLiteral("horizon")), &request.horizonDays)) {
        err << "ltv evaluate: --horizon must look like 39w, 273d or 9m\n";
        return ExitUsage;
    }
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &request.unit)) {
        err << "ltv evaluate: --unit must be day, week or month\n";
        return ExitUsage;
    }
    if (!pipeline::parseTrainingProtocol(parser.value(QStringLiteral("protocol")), &request.protocol)) {
        err << "ltv evaluate: --protocol must be shifted or customer-split\n";
        return ExitUsage;
    }
    if (!eval::parseThresholdRule(parser.value(QStringLiteral("threshold")), &request.threshold.rule)) {
        err << "ltv evaluate: --threshold must be max-f1, youden, min-cost or fixed\n";
        return ExitUsage;
    }
    request.models = parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : request.models)
        id = id.trimmed();
    request.testFraction = parser.value(QStringLiteral("test-fraction")).toDouble();
    request.seed = parser.value(QStringLiteral("seed")).toULongLong();
    request.hybridSource = parser.value(QStringLiteral("hybrid"));

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
