// `ltv fit`: fits a BTYD model on the customer summary at the calibration end
// and prints its parameters with standard errors and the fit diagnostics.

#include "BtydCommandSupport.h"
#include "Command.h"

#include "models/ModelRegistry.h"
#include "models/btyd/BtydModel.h"

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    addBtydInputOptions(parser);
    parser.addOptions({
        {QStringLiteral("calibration-end"), QStringLiteral("Last day of the calibration period (yyyy-MM-dd)."),
         QStringLiteral("date")},
        {QStringLiteral("penalizer"), QStringLiteral("L2 penalty on the parameters (default 0)."), QStringLiteral("x"),
         QStringLiteral("0")},
    });
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    const std::optional<BtydInput> input =
        loadBtydInput(parser, QStringLiteral("fit"), QStringLiteral("calibration-end"), err, &exitCode);
    if (!input)
        return exitCode;
    bool ok = false;
    const double penalizer = parser.value(QStringLiteral("penalizer")).toDouble(&ok);
    if (!ok || penalizer < 0.0) {
        err << "ltv fit: --penalizer must be a number >= 0\n";
        return ExitUsage;
    }
    std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(input->modelId);
    models::TrainingData data;
    data.summary = &input->summary;
    data.unit = input->summary.unit;
    models::FitReport report;
    try {
        report = model->fit(
            data, {{QStringLiteral("penalizer"), penalizer}, {QStringLiteral("excludeNonPositiveSpend"), true}},
            pipeline::JobContext());
    } catch (const std::exception &e) {
        err << "ltv fit: " << e.what() << "\n";
        return ExitFailure;
    }
    std::size_t repeat = 0;
    for (double x : input->summary.frequency)
        repeat += x > 0.0;
    out << "Model: " << model->displayName() << " (" << model->id() << ")\n";
    out << "Data: " << input->source << ", calibration end " << isoFromDay(input->summary.asOf) << ", unit "
        << timeUnitName(input->summary.unit) << "\n";
    out << "Customers: " << input->summary.size() << " (" << repeat << " repeat buyers)\n";
    for (const QString &w : report.warnings)
        out << "Warning: " << w << "\n";
    if (!report.converged) {
        err << "ltv fit: " << report.message << "\n";
        return ExitFailure;
    }
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("parameter"), -10)
               .arg(QStringLiteral("value"), 14)
               .arg(QStringLiteral("std. error"), 14);
    for (const models::FittedParameter &p : model->parameters())
        out << QStringLiteral("%1 %2 %3\n").arg(p.name, -10).arg(p.value, 14, 'f', 6).arg(p.standardError, 14, 'f', 6);
    out << "Log-likelihood: " << QString::number(report.logLikelihood, 'f', 4) << "\n";
    const auto *btyd = dynamic_cast<const models::btyd::BtydModel *>(model.get());
    if (btyd && btyd->transactionModel() && btyd->spendModel())
        out << "Spend model log-likelihood: " << QString::number(btyd->spendLogLikelihood(), 'f', 4) << "\n";
    out << "Iterations: " << report.iterations << "\n";
    out << "Gradient norm: " << QString::number(report.gradientNorm, 'g', 3) << "\n";
    out << "Time: " << QString::number(report.seconds, 'f', 3) << " s\n";
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("fit"),
                                        QStringLiteral("Fit a BG/NBD, Pareto/NBD, MBG/NBD or Gamma-Gamma model"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
