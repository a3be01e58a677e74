// `ltv predict`: fits a BTYD model (with Gamma-Gamma spend) on the history up
// to --as-of and writes one row per customer: expected purchases in the
// horizon, P(alive), expected spend per purchase and discounted LTV.

#include "BtydCommandSupport.h"
#include "Command.h"

#include "models/ModelRegistry.h"

#include <QFile>

#include <cmath>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    addBtydInputOptions(parser);
    parser.addOptions({
        {QStringLiteral("as-of"), QStringLiteral("Last day of history (yyyy-MM-dd)."), QStringLiteral("date")},
        {QStringLiteral("horizon"), QStringLiteral("Prediction horizon, e.g. 52w, 12m, 365d."), QStringLiteral("h"),
         QStringLiteral("52w")},
        {QStringLiteral("discount"), QStringLiteral("Monthly discount rate, as lifetimes' discount_rate (e.g. 0.01)."),
         QStringLiteral("rate")},
        {QStringLiteral("annual-discount"),
         QStringLiteral("Annual discount rate (e.g. 0.1); alternative to --discount."), QStringLiteral("rate")},
        {QStringLiteral("out"), QStringLiteral("Per-customer CSV output."), QStringLiteral("file")},
    });
}

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    const std::optional<BtydInput> input =
        loadBtydInput(parser, QStringLiteral("predict"), QStringLiteral("as-of"), err, &exitCode);
    if (!input)
        return exitCode;
    models::PredictionInput prediction;
    prediction.summary = &input->summary;
    if (!parseHorizon(parser.value(QStringLiteral("horizon")), input->summary.unit, &prediction.horizon,
                      &prediction.unit)) {
        err << "ltv predict: --horizon must be a positive number with an optional d/w/m suffix\n";
        return ExitUsage;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("discount")) && parser.isSet(QStringLiteral("annual-discount"))) {
        err << "ltv predict: give --discount or --annual-discount, not both\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("discount")))
        prediction.annualDiscountRate =
            std::pow(1.0 + parser.value(QStringLiteral("discount")).toDouble(&ok), 12.0) - 1.0;
    else if (parser.isSet(QStringLiteral("annual-discount")))
        prediction.annualDiscountRate = parser.value(QStringLiteral("annual-discount")).toDouble(&ok);
    if (!ok || prediction.annualDiscountRate <= -1.0) {
        err << "ltv predict: bad discount rate\n";
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        err << "ltv predict: give --out FILE.csv\n";
        return ExitUsage;
    }

    std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(input->modelId);
    models::TrainingData data;
    data.summary = &input->summary;
    data.unit = input->summary.unit;
    models::Predictions p;
    try {
        const models::FitReport report =
            model->fit(data, {{QStringLiteral("excludeNonPositiveSpend"), true}}, pipeline::JobContext());
        for (const QString &w : report.warnings)
            out << "Warning: " << w << "\n";
        if (!report.converged) {
            err << "ltv predict: " << report.message << "\n";
            return ExitFailure;
        }
        p = model->predict(prediction);
    } catch (const std::exception &e) {
        err << "ltv predict: " << e.what() << "\n";
        return ExitFailure;
    }

    const QString path = parser.value(QStringLiteral("out"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        err << "ltv predict: cannot write " << path << "\n";
        return ExitFailure;
    }
    QTextStream csv(&file);
    csv << "customer_id,expected_purchases,p_alive,expected_spend,predicted_ltv,churn_probability\n";
    double totalLtv = 0.0, totalPurchases = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        csv << input->transactions.customerIds.value(p.customer[i]) << ',' << number(p.expectedPurchases[i]) << ','
            << number(p.pAlive[i]) << ',' << number(p.expectedSpend[i]) << ',' << number(p.ltv[i]) << ','
            << number(p.churnProbability[i]) << '\n';
        if (std::isfinite(p.ltv[i]))
            totalLtv += p.ltv[i];
        if (std::isfinite(p.expectedPurchases[i]))
            totalPurchases += p.expectedPurchases[i];
    }
    out << "Model: " << model->displayName() << " (" << model->id() << "), " << p.dataCut << "\n";
    out << "Annual discount rate: " << QString::number(prediction.annualDiscountRate, 'f', 6) << "\n";
    out << "Customers: " << p.size() << "\n";
    out << "Expected purchases: " << QString::number(totalPurchases, 'f', 2) << "\n";
    out << "Predicted LTV: " << QString::number(totalLtv, 'f', 2) << "\n";
    out << "Written: " << path << "\n";
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("predict"),
                                        QStringLiteral("Predict purchases, P(alive), spend and LTV per customer"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
