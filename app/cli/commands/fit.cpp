// `ltv fit`: fits a model and saves it into the project file.
// - BTYD models (bgnbd, pnbd, mbgnbd, gg) are fitted on the customer summary at
//   the calibration end; their parameters are printed with standard errors.
// - ML models (linear, xgboost, auto) and the neural networks (mlp-ziln, cnn,
//   gru) follow the training protocol of `ltv evaluate` at the calibration end
//   (default: the shifted window, which uses only transactions up to the
//   calibration end); the networks also read activity sequences built as
//   `ltv evaluate` builds them.
// The calibration end is --calibration-end, or its alias --as-of (the name
// `ltv predict` documents).

#include "BtydCommandSupport.h"
#include "Command.h"
#include "ModelCommandSupport.h"
#include "ModelParameters.h"
#include "TrainingOptions.h"

#include "models/ModelRegistry.h"
#include "models/btyd/BtydModel.h"

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    addBtydInputOptions(parser);
    addCutOption(parser, QStringLiteral("calibration-end"));
    parser.addOptions({
        {QStringLiteral("penalizer"), QStringLiteral("BTYD: L2 penalty on the parameters (default 0)."),
         QStringLiteral("x"), QStringLiteral("0")},
        {QStringLiteral("horizon"),
         QStringLiteral("ML and neural networks: label horizon, e.g. 13w, 91d, 3m (default 39w)."), QStringLiteral("h"),
         QStringLiteral("39w")},
        {QStringLiteral("no-save"), QStringLiteral("Do not save the fitted model into the project.")},
    });
    addTrainingOptions(parser);
    addModelParameterOption(parser);
}

void printHeader(const models::Model &model, const BtydInput &input, QTextStream &out)
{
    out << "Model: " << model.displayName() << " (" << model.id() << ")\n";
    out << "Data: " << input.source << ", calibration end " << isoFromDay(input.summary.asOf) << ", unit "
        << timeUnitName(input.summary.unit) << "\n";
}

int fitBtyd(const QCommandLineParser &parser, const BtydInput &input, const QVariantMap &params, QTextStream &out,
            QTextStream &err)
{
    bool ok = false;
    const double penalizer = parser.value(QStringLiteral("penalizer")).toDouble(&ok);
    if (!ok || penalizer < 0.0) {
        err << "ltv fit: --penalizer must be a number >= 0\n";
        return ExitUsage;
    }
    std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(input.modelId);
    models::TrainingData data;
    data.summary = &input.summary;
    data.unit = input.summary.unit;
    QVariantMap options = params;
    if (!options.contains(QStringLiteral("penalizer")) || parser.isSet(QStringLiteral("penalizer")))
        options.insert(QStringLiteral("penalizer"), penalizer);
    if (!options.contains(QStringLiteral("excludeNonPositiveSpend")))
        options.insert(QStringLiteral("excludeNonPositiveSpend"), true);
    models::FitReport report;
    try {
        report = model->fit(data, options, pipeline::JobContext());
    } catch (const std::exception &e) {
        err << "ltv fit: " << e.what() << "\n";
        return ExitFailure;
    }
    std::size_t repeat = 0;
    for (double x : input.summary.frequency)
        repeat += x > 0.0;
    printHeader(*model, input, out);
    out << "Customers: " << input.summary.size() << " (" << repeat << " repeat buyers)\n";
    for (const QString &w : report.warnings)
        out << "Warning: " << w << "\n";
    if (!report.converged) {
        err << "ltv fit: " << report.message << "\n";
        return ExitFailure;
    }
    printParameters(*model, out);
    out << "Log-likelihood: " << QString::number(report.logLikelihood, 'f', 4) << "\n";
    const auto *btyd = dynamic_cast<const models::btyd::BtydModel *>(model.get());
    if (btyd && btyd->transactionModel() && btyd->spendModel())
        out << "Spend model log-likelihood: " << QString::number(btyd->spendLogLikelihood(), 'f', 4) << "\n";
    out << "Iterations: " << report.iterations << "\n";
    out << "Gradient norm: " << QString::number(report.gradientNorm, 'g', 3) << "\n";
    out << "Time: " << QString::number(report.seconds, 'f', 3) << " s\n";
    if (!parser.isSet(QStringLiteral("no-save")))
        saveFittedModel(parser, *model, options, btydTrainingRecord(input), out);
    return ExitOk;
}

int fitMachineLearning(const QCommandLineParser &parser, const BtydInput &input, const QVariantMap &params,
                       QTextStream &out, QTextStream &err)
{
    const std::optional<pipeline::EvaluationRequest> request = readMlRequest(
        parser, QStringLiteral("fit"), input.modelId, params, input.summary.asOf, input.summary.unit, err);
    if (!request)
        return ExitUsage;
    std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(input.modelId);
    models::FitReport report;
    std::optional<pipeline::EvaluationData> data;
    try {
        data = prepareMlData(input.transactions, *request, QStringLiteral("fit"), err);
        if (!data)
            return ExitFailure;
        report = fitMl(*model, *data, *request, params);
    } catch (const std::exception &e) {
        err << "ltv fit: " << e.what() << "\n";
        return ExitFailure;
    }
    printHeader(*model, input, out);
    out << "Training protocol: " << data->protocol.describe() << "\n";
    out << "Split: " << data->split.describe() << "\n";
    out << "Training customers: " << data->trainingLabels.size() << "\n";
    for (const QString &w : report.warnings)
        out << "Warning: " << w << "\n";
    if (!model->isFitted()) {
        err << "ltv fit: " << report.message << "\n";
        return ExitFailure;
    }
    if (!report.message.isEmpty())
        out << report.message << "\n";
    printParameters(*model, out);
    out << "Time: " << QString::number(report.seconds, 'f', 3) << " s\n";
    if (!parser.isSet(QStringLiteral("no-save"))) {
        try {
            saveFittedModel(parser, *model, params, mlTrainingRecord(input, *request, *data), out);
        } catch (const std::exception &e) {
            err << "ltv fit: " << e.what() << "\n";
            return ExitFailure;
        }
    }
    return ExitOk;
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    const std::optional<BtydInput> input =
        loadBtydInput(parser, QStringLiteral("fit"), QStringLiteral("calibration-end"), err, &exitCode);
    if (!input)
        return exitCode;
    const std::optional<QVariantMap> params = readModelParameters(parser, QStringLiteral("fit"), input->modelId, err);
    if (!params)
        return ExitUsage;
    const bool btyd = models::ModelRegistry::builtin().ids(models::ModelFamily::Btyd).contains(input->modelId);
    try {
        return btyd ? fitBtyd(parser, *input, *params, out, err)
                    : fitMachineLearning(parser, *input, *params, out, err);
    } catch (const std::exception &e) {
        err << "ltv fit: " << e.what() << "\n";
        return ExitFailure;
    }
}

const CommandRegistration registration({QStringLiteral("fit"),
                                        QStringLiteral("Fit a BTYD, ML or neural model and save it into the project"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
