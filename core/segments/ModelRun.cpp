#include "segments/ModelRun.h"

#include "features/Summarize.h"
#include "models/ModelRegistry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ltv::segments {

namespace {
// Rows of the summary with a repeat purchase and a positive mean spend.
features::CustomerSummary positiveRepeatBuyers(const features::CustomerSummary &s)
{
    features::CustomerSummary subset;
    subset.asOf = s.asOf;
    subset.unit = s.unit;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!(s.frequency[i] > 0.0) || !(s.monetary[i] > 0.0))
            continue;
        subset.customer.push_back(s.customer[i]);
        subset.frequency.push_back(s.frequency[i]);
        subset.recency.push_back(s.recency[i]);
        subset.age.push_back(s.age[i]);
        subset.monetary.push_back(s.monetary[i]);
    }
    return subset;
}

// Gamma-Gamma on the positive repeat buyers; LTV = spend x purchases (no discounting).
void fitSpendOnPositiveBuyers(ModelRun &run, const ModelRunOptions &options, const pipeline::JobContext &job)
{
    const features::CustomerSummary buyers = positiveRepeatBuyers(run.summary);
    std::unique_ptr<models::Model> spend = models::ModelRegistry::builtin().create(QStringLiteral("gg"));
    models::TrainingData data;
    data.summary = &buyers;
    data.unit = options.unit;
    const models::FitReport fit = spend->fit(data, options.modelOptions, job);
    if (!spend->isFitted()) {
        run.fit.warnings << fit.message;
        return;
    }
    models::PredictionInput input;
    input.summary = &run.summary;
    input.horizon = options.horizon;
    input.unit = options.unit;
    const models::Predictions spendPredictions = spend->predict(input);
    models::Predictions &p = run.predictions;
    for (std::size_t i = 0; i < p.size(); ++i) {
        p.expectedSpend[i] = spendPredictions.expectedSpend[i];
        p.ltv[i] = p.expectedSpend[i] * p.expectedPurchases[i];
    }
    std::size_t repeatBuyers = 0;
    for (const double x : run.summary.frequency)
        repeatBuyers += x > 0.0 ? 1 : 0;
    run.notes << QCoreApplication::translate("ModelRun",
                                             "Gamma-Gamma fitted on the %1 repeat buyers with positive spend (%2 with "
                                             "zero or negative spend left out); LTV = expected spend x expected "
                                             "purchases, undiscounted.")
                     .arg(buyers.size())
                     .arg(repeatBuyers - buyers.size());
}
} // namespace

ModelRun fitAndPredict(const features::TransactionSet &transactions, Day asOf, const ModelRunOptions &options,
                       const pipeline::JobContext &job)
{
    ModelRun run;
    const models::ModelRegistry &registry = models::ModelRegistry::builtin();
    if (!registry.ids(models::ModelFamily::Btyd).contains(options.modelId) || options.modelId == QLatin1String("gg")) {
        run.error = QCoreApplication::translate("ModelRun",
                                                "Model \"%1\" cannot be used here; choose one of: bgnbd, mbgnbd, pnbd.")
                        .arg(options.modelId);
        return run;
    }
    job.setProgress(0.0, QCoreApplication::translate("ModelRun", "Summarising customers"));
    features::SummaryOptions summaryOptions;
    summaryOptions.unit = options.unit;
    run.summary = features::summarize(transactions, asOf, summaryOptions, job.subTask(0.0, 0.1));
    if (run.summary.size() == 0) {
        run.error =
            QCoreApplication::translate("ModelRun", "No customer bought anything up to %1.").arg(isoFromDay(asOf));
        return run;
    }
    std::unique_ptr<models::Model> model = registry.create(options.modelId);
    models::TrainingData data;
    data.summary = &run.summary;
    data.unit = options.unit;
    data.horizon = options.horizon;
    run.fit = model->fit(data, options.modelOptions, job.subTask(0.1, 0.9));
    if (!model->isFitted()) {
        run.error =
            QCoreApplication::translate("ModelRun", "Fitting %1 failed: %2").arg(options.modelId, run.fit.message);
        return run;
    }
    models::PredictionInput input;
    input.summary = &run.summary;
    input.horizon = options.horizon;
    input.unit = options.unit;
    input.annualDiscountRate = options.annualDiscountRate;
    run.predictions = model->predict(input);
    run.model = std::move(model);
    const auto hasLtv = [&run] {
        return std::any_of(run.predictions.ltv.begin(), run.predictions.ltv.end(),
                           [](double v) { return std::isfinite(v); });
    };
    if (!hasLtv() && options.annualDiscountRate == 0.0)
        fitSpendOnPositiveBuyers(run, options, job.subTask(0.9, 1.0));
    if (!hasLtv())
        run.error = QCoreApplication::translate("ModelRun", "%1 gave no LTV (the spend model could not be fitted). %2")
                        .arg(options.modelId, run.fit.warnings.join(QLatin1Char(' ')));
    job.setProgress(1.0);
    return run;
}

} // namespace ltv::segments
