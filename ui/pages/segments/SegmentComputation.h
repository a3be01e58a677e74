#pragma once
// The one background computation behind the Segments, Recommendations and
// Customers pages: a BTYD fit with predictions, RFM inputs, clusters, the
// retention inputs, and (when products exist) cross-sell rules and the
// inventory signal. RFM segments and the value x risk grid are derived later
// (SegmentsSession) from the cached scores and predictions, so editing the
// rule table or the grid never refits anything.

#include "features/TransactionSet.h"
#include "pipeline/JobContext.h"
#include "segments/Clusters.h"
#include "segments/CrossSell.h"
#include "segments/Inventory.h"
#include "segments/ModelRun.h"
#include "segments/Rfm.h"
#include "segments/ValueRisk.h"

#include <memory>
#include <vector>

namespace ltv::ui {

struct SegmentsOptions
{
    QString modelId = QStringLiteral("bgnbd");
    Day asOf = 0; // 0: the last transaction day
    double horizonWeeks = 52.0;
    double annualDiscountRate = 0.0;
};

struct SegmentsData
{
    SegmentsOptions options;
    Day asOf = 0; // the day actually used
    // The discount rate actually used: 0 when the spend model can only be
    // fitted without discounting (repeat buyers without positive spend).
    double annualDiscountRate = 0.0;
    QStringList notes; // translated remarks on how the predictions were made
    Day firstDay = 0;
    Day lastDay = 0;
    std::shared_ptr<const features::TransactionSet> transactions;
    segments::ModelRun run;
    segments::RfmInputs rfmInputs;
    segments::ClusterResult clusters;
    std::vector<Day> lastPurchase;
    bool hasProducts = false;
    segments::AssociationResult rules;
    std::vector<segments::ProductSuggestion> suggestions;
    std::vector<segments::ProductForecast> inventory;
};

// Loads the project's transactions and computes everything above. Throws on
// cancel; a failed fit is reported in run.error.
SegmentsData computeSegments(const QString &projectPath, const SegmentsOptions &options,
                             const pipeline::JobContext &job);
// The same from transactions already in memory (tests, headless use).
SegmentsData computeSegments(std::shared_ptr<const features::TransactionSet> transactions,
                             const SegmentsOptions &options, const pipeline::JobContext &job);

} // namespace ltv::ui
