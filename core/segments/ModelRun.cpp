#include "segments/ModelRun.h"

#include "features/Summarize.h"
#include "models/ModelRegistry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ltv::segments {

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
    const bool anyLtv =
        std::any_of(run.predictions.ltv.begin(), run.predictions.ltv.end(), [](double v) { return std::isfinite(v); });
    if (!anyLtv)
        run.error = QCoreApplication::translate("ModelRun", "%1 gave no LTV (the spend model could not be fitted).")
                        .arg(options.modelId);
    job.setProgress(1.0);
    return run;
}

} // namespace ltv::segments
