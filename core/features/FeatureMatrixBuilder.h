#pragma once
// Builds the ML feature matrix of the customers of a summary, from their
// transactions on or before the summary's asOf (never later).
//
// Columns, in this order (times in the summary's unit):
//   frequency, recency, tenure (T), time_since_last (T - recency), monetary,
//   total_revenue, purchase_days, first_order_value,
//   interpurchase_mean, interpurchase_var (sample variance of the gaps between
//   purchase days; 0 with fewer than two gaps),
//   recent_purchases / earlier_purchases (purchase days in the last
//   trendWindowDays before asOf and in the window before that), trend
//   ((recent - earlier) / (recent + earlier), 0 when both are 0),
//   peak_share (share of purchase days in the peak months),
//   return_count, return_rate (returned value / gross purchase value),
//   distinct_products, items_per_purchase (quantity of purchase lines per purchase day),
//   then one-hot attributes "name=value" (most frequent maxCategories values of
//   each attribute, the rest in "name=(other)").
// Extra columns (e.g. P(alive), expected purchases from a BTYD model) are added
// with appendColumn.

#include "features/Calendar.h"
#include "features/CustomerSummary.h"
#include "features/FeatureMatrix.h"
#include "features/TransactionSet.h"

#include <vector>

namespace ltv::pipeline {
class JobContext;
}

namespace ltv::features {

struct FeatureOptions
{
    std::int32_t trendWindowDays = 91;      // recent vs earlier activity windows
    std::vector<int> peakMonths = {11, 12}; // calendar months (1-12) of the seasonal peak
    bool oneHotAttributes = true;
    int maxCategories = 20; // per attribute; the rest go to "(other)"

    QString describe() const;
};

FeatureMatrix buildFeatureMatrix(const TransactionSet &set, const CustomerSummary &summary,
                                 const FeatureOptions &options = {});
FeatureMatrix buildFeatureMatrix(const TransactionSet &set, const CustomerSummary &summary,
                                 const FeatureOptions &options, const pipeline::JobContext &job);

// Adds a column aligned with the matrix rows. Throws std::invalid_argument when
// the size differs from rows() or the name is taken.
void appendColumn(FeatureMatrix &matrix, const QString &name, const std::vector<double> &values);

// The given rows, in that order (e.g. CustomerSplit::trainRows).
FeatureMatrix selectRows(const FeatureMatrix &matrix, const std::vector<std::size_t> &rows);

} // namespace ltv::features
