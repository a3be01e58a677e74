// `ltv predict`: writes one row per customer: expected purchases in the
// horizon, P(alive) (BTYD models), expected spend per purchase, predicted LTV
// and churn probability. With a project it uses the newest saved model of
// that id when it suits the request (same unit; for ML and neural models the
// same horizon and protocol; the same --param values), and otherwise fits one
// and saves it. The predictions are saved into the project as a prediction
// run. The cut is --as-of, or its alias --calibration-end (the name `ltv fit`
// documents).

#include "BtydCommandSupport.h"
#include "Command.h"
#include "ModelCommandSupport.h"
#include "ModelParameters.h"
#include "TrainingOptions.h"

#include "models/ModelRegistry.h"
#include "store/Project.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    addBtydInputOptions(parser);
    addCutOption(parser, QStringLiteral("as-of"));
    parser.addOptions({
        {QStringLiteral("horizon"),
         QStringLiteral("Prediction horizon, e.g. 52w, 12m, 365d; for ML and neural models also their label "
                        "horizon."),
         QStringLiteral("h"), QStringLiteral("52w")},
        {QStringLiteral("discount"), QStringLiteral("Monthly discount rate, as lifetimes' discount_rate (e.g. 0.01)."),
         QStringLiteral("rate")},
        {QStringLiteral("annual-discount"),
         QStringLiteral("Annual discount rate (e.g. 0.1); alternative to --discount."), QStringLiteral("rate")},
        {QStringLiteral("refit"), QStringLiteral("Fit a new model even when the project has a saved one.")},
        {QStringLiteral("out"), QStringLiteral("Per-customer CSV output."), QStringLiteral("file")},
    });
    addTrainingOptions(parser);
    addModelParameterOption(parser);
}

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

// The newest saved model of the input's id that suits the request, or null
// (and why not, printed) when there is none.
std::unique_ptr<models::Model> savedModel(const QCommandLineParser &parser, const BtydInput &input,
                                          const pipeline::EvaluationRequest *ml, const QVariantMap &params,
                                          std::int64_t *rowId, QTextStream &out)
{
    if (!parser.isSet(QStringLiteral("project")) || parser.isSet(QStringLiteral("refit")))
        return nullptr;
    store::Project project = store::Project::open(parser.value(QStringLiteral("project")), false);
    store::ModelStore models(project.database());
    const std::optional<store::SavedModel> saved = models.latest(input.modelId);
    if (!saved) {
        out << "No saved " << input.modelId << " model in the project: fitting one.\n";
        return nullptr;
    }
    const QString mismatch = savedModelMismatch(*saved, input.summary.unit, ml, params);
    if (!mismatch.isEmpty()) {
        out << "Saved model #" << saved->rowId << " does not suit this request (" << mismatch
            << "): fitting a new one.\n";
        return nullptr;
    }
    std::unique_ptr<models::Model> model = models.load(saved->rowId);
    *rowId = saved->rowId;
    out << "Using saved model #" << saved->rowId << " (" << saved->modelId << ", fitted "
        << saved->created.toString(Qt::ISODate) << ", calibration end "
        << saved->training.value(QStringLiteral("calibrationEnd")).toString() << ").\n";
    return model;
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    const std::optional<BtydInput> input =
        loadBtydInput(parser, QStringLiteral("predict"), QStringLiteral("as-of"), err, &exitCode);
    if (!input)
        return exitCode;
    const std::optional<QVariantMap> params =
        readModelParameters(parser, QStringLiteral("predict"), input->modelId, err);
    if (!params)
        return ExitUsage;
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
    const bool btyd = models::ModelRegistry::builtin().ids(models::ModelFamily::Btyd).contains(input->modelId);
    std::optional<pipeline::EvaluationRequest> request;
    if (!btyd) {
        request = readMlRequest(parser, QStringLiteral("predict"), input->modelId, *params, input->summary.asOf,
                                input->summary.unit, err);
        if (!request)
            return ExitUsage;
    }

    // The protocol a saved model must match and a new one is trained with ("auto" resolved on this data).
    std::optional<pipeline::EvaluationRequest> resolved = request;
    pipeline::TrainingProtocolChoice choice;
    if (request) {
        choice = pipeline::chooseTrainingProtocol(input->transactions, request->protocol, request->calibrationEnd,
                                                  request->horizonDays);
        resolved->protocol = choice.protocol;
        out << "Training protocol: " << choice.describe() << "\n";
    }

    models::Predictions p;
    std::unique_ptr<models::Model> model;
    std::int64_t modelRow = 0;
    try {
        model = savedModel(parser, *input, resolved ? &*resolved : nullptr, *params, &modelRow, out);
        std::optional<pipeline::EvaluationData> data;
        if (request) {
            // The prediction rows' features (and hybrid columns) at --as-of; the
            // training rows are used only when a model is fitted.
            if (!model && choice.protocol == pipeline::TrainingProtocol::CustomerSplit &&
                input->transactions.dayRange().second < input->summary.asOf + request->horizonDays) {
                if (choice.automatic)
                    err << "ltv predict: no protocol can train here: " << choice.reason()
                        << ", and the customer split trains on the outcomes after --as-of, which the data does not "
                           "cover\n";
                else
                    err << "ltv predict: the customer split trains on the outcomes after --as-of, which the data "
                           "does not cover; use --protocol shifted\n";
                return ExitFailure;
            }
            data = model ? pipeline::prepareEvaluationData(input->transactions, *request, pipeline::JobContext())
                         : prepareMlData(input->transactions, *request, QStringLiteral("predict"), err);
            if (!data)
                return ExitFailure;
        }
        if (!model) {
            model = models::ModelRegistry::builtin().create(input->modelId);
            QVariantMap options = *params;
            models::FitReport report;
            QVariantMap training;
            if (btyd) {
                models::TrainingData fitData;
                fitData.summary = &input->summary;
                fitData.unit = input->summary.unit;
                if (!options.contains(QStringLiteral("excludeNonPositiveSpend")))
                    options.insert(QStringLiteral("excludeNonPositiveSpend"), true);
                report = model->fit(fitData, options, pipeline::JobContext());
                training = btydTrainingRecord(*input);
            } else {
                report = fitMl(*model, *data, *request, options);
                training = mlTrainingRecord(*input, *request, *data);
            }
            for (const QString &w : report.warnings)
                out << "Warning: " << w << "\n";
            if (!model->isFitted() || (btyd && !report.converged)) {
                err << "ltv predict: " << report.message << "\n";
                return ExitFailure;
            }
            modelRow = saveFittedModel(parser, *model, options, training, out);
        }
        if (data)
            setMlPredictionInput(*data, &prediction);
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
    if (p.options.contains(QStringLiteral("chosenModel")))
        out << "Chosen model: " << p.options.value(QStringLiteral("chosenModel")).toString() << "\n";
    // auto may have chosen a BTYD model: what the output holds decides the notes.
    const bool hasAlive = std::any_of(p.pAlive.begin(), p.pAlive.end(), [](double v) { return std::isfinite(v); });
    if (hasAlive)
        out << "Annual discount rate: " << QString::number(prediction.annualDiscountRate, 'f', 6) << "\n";
    else
        out << "This model predicts undiscounted revenue over the horizon it was trained for; P(alive) is not "
               "modelled (empty column).\n";
    out << "Customers: " << p.size() << "\n";
    const bool hasPurchases =
        std::any_of(p.expectedPurchases.begin(), p.expectedPurchases.end(), [](double v) { return std::isfinite(v); });
    if (hasPurchases)
        out << "Expected purchases: " << QString::number(totalPurchases, 'f', 2) << "\n";
    else
        out << "Expected purchases: not modelled (empty column)\n";
    out << "Predicted LTV: " << QString::number(totalLtv, 'f', 2) << "\n";
    out << "Written: " << path << "\n";
    if (parser.isSet(QStringLiteral("project"))) {
        try {
            store::Project project = store::Project::open(parser.value(QStringLiteral("project")), false);
            const std::int64_t run =
                store::ModelStore(project.database())
                    .savePredictionRun(modelRow, p, input->transactions.customerIds,
                                       {{QStringLiteral("asOf"), isoFromDay(input->summary.asOf)},
                                        {QStringLiteral("horizon"), prediction.horizon},
                                        {QStringLiteral("unit"), timeUnitName(prediction.unit)},
                                        {QStringLiteral("annualDiscountRate"), prediction.annualDiscountRate}});
            out << "Saved prediction run #" << run << "\n";
        } catch (const std::exception &e) {
            err << "ltv predict: the predictions were written but not saved in the project: " << e.what() << "\n";
            return ExitFailure;
        }
    }
    return ExitOk;
}

const CommandRegistration
    registration({QStringLiteral("predict"),
                  QStringLiteral("Predict purchases, P(alive), spend, LTV and churn per customer"), configure, run});

} // namespace
} // namespace ltv::cli
