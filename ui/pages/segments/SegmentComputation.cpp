#include "pages/segments/SegmentComputation.h"

#include "segments/Retention.h"
#include "store/Project.h"

#include <QCoreApplication>

#include <algorithm>

namespace ltv::ui {

SegmentsData computeSegments(const QString &projectPath, const SegmentsOptions &options,
                             const pipeline::JobContext &job)
{
    job.setProgress(0.0, QCoreApplication::translate("SegmentComputation", "Loading transactions"));
    auto transactions = std::make_shared<features::TransactionSet>();
    {
        const store::Project project = store::Project::open(projectPath, false);
        *transactions = project.loadTransactionSet();
    }
    job.throwIfCancelled();
    return computeSegments(std::move(transactions), options, job.subTask(0.1, 1.0));
}

SegmentsData computeSegments(std::shared_ptr<const features::TransactionSet> transactions,
                             const SegmentsOptions &options, const pipeline::JobContext &job)
{
    SegmentsData data;
    data.options = options;
    data.transactions = transactions;
    const features::TransactionSet &set = *transactions;
    if (set.empty()) {
        data.run.error = QCoreApplication::translate("SegmentComputation", "The project has no transactions.");
        return data;
    }
    const auto [first, last] = set.dayRange();
    data.firstDay = first;
    data.lastDay = last;
    data.asOf = options.asOf > 0 ? options.asOf : last;

    segments::ModelRunOptions runOptions;
    runOptions.modelId = options.modelId;
    runOptions.unit = TimeUnit::Week;
    runOptions.horizon = options.horizonWeeks;
    runOptions.annualDiscountRate = options.annualDiscountRate;
    job.setProgress(0.0, QCoreApplication::translate("SegmentComputation", "Fitting %1").arg(options.modelId));
    data.run = segments::fitAndPredict(set, data.asOf, runOptions, job.subTask(0.0, 0.6));
    data.annualDiscountRate = runOptions.annualDiscountRate;
    if (!data.run.ok() && data.run.model && runOptions.annualDiscountRate > 0.0) {
        // Gamma-Gamma on the positive repeat buyers is exact only undiscounted.
        runOptions.annualDiscountRate = 0.0;
        segments::ModelRun undiscounted = segments::fitAndPredict(set, data.asOf, runOptions, job.subTask(0.0, 0.6));
        if (undiscounted.ok()) {
            data.run = std::move(undiscounted);
            data.annualDiscountRate = 0.0;
            data.notes << QCoreApplication::translate("SegmentComputation",
                                                      "Values are not discounted: some repeat buyers have no positive "
                                                      "spend, and the spend model is then fitted without them.");
        }
    }
    data.notes << data.run.notes;
    if (!data.run.ok())
        return data;
    job.throwIfCancelled();

    job.setProgress(0.6, QCoreApplication::translate("SegmentComputation", "Scoring RFM"));
    data.rfmInputs = segments::rfmInputsFromTransactions(set, data.asOf);
    data.lastPurchase = segments::lastPurchaseDays(set, data.asOf);
    job.throwIfCancelled();

    job.setProgress(0.65, QCoreApplication::translate("SegmentComputation", "Clustering customers"));
    const segments::ClusterFeatures features = segments::clusterFeatures(data.rfmInputs, &data.run.predictions);
    data.clusters = segments::clusterCustomers(features, &data.run.predictions, {}, job.subTask(0.65, 0.9));

    data.hasProducts = std::any_of(set.product.begin(), set.product.end(), [](std::int32_t p) { return p >= 0; });
    if (data.hasProducts) {
        job.setProgress(0.9, QCoreApplication::translate("SegmentComputation", "Finding cross-sell rules"));
        segments::CrossSellOptions crossSell;
        crossSell.asOf = data.asOf;
        data.rules = segments::associationRules(set, crossSell, job.subTask(0.9, 0.97));
        data.suggestions = segments::nextProductSuggestions(set, data.rules);
        segments::InventoryOptions inventory;
        inventory.asOf = data.asOf;
        data.inventory = segments::inventorySignal(set, data.run.predictions, inventory);
    }
    job.setProgress(1.0);
    return data;
}

} // namespace ltv::ui
