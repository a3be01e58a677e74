#pragma once
// Builds the per-customer RFM summary as of a date (see CustomerSummary.h).
//
// Conventions (they reproduce lifetimes' summary_data_from_transaction_data
// and BTYD's elog2cbs on CDNOW exactly):
// - only lines on or before asOf count; asOf is the last observed day;
// - a purchase day is a day with at least one purchase line; all purchase
//   lines of one day are merged into one purchase whose value is their sum;
// - a line is a return when isReturn is set or its amount is negative; returns
//   never create purchase days, they are counted in returnCount/returnValue and
//   subtracted in totalRevenue;
// - frequency x = purchase days - 1, recency t_x = last - first purchase day,
//   age T = asOf - first purchase day, both divided by the days of the unit;
// - monetary = mean value of the repeat purchase days (0 when x = 0);
// - customers whose first purchase is after asOf (or who never bought) are
//   not rows of the summary: they were not yet acquired at asOf.

#include "features/CustomerSummary.h"
#include "features/TransactionSet.h"

namespace ltv::pipeline {
class JobContext;
}

namespace ltv::features {

struct SummaryOptions
{
    TimeUnit unit = TimeUnit::Week;
    // true: frequency counts every purchase day and monetary averages all of
    // them (lifetimes' include_first_transaction=True); recency and T unchanged.
    bool countFirstPurchase = false;
};

// The set must be sorted by (customer, day) (TransactionSet::sortByCustomerAndDay);
// throws std::invalid_argument otherwise.
CustomerSummary summarize(const TransactionSet &set, Day asOf, const SummaryOptions &options = {});
CustomerSummary summarize(const TransactionSet &set, Day asOf, const SummaryOptions &options,
                          const pipeline::JobContext &job);

// True when the lines are in (customer, day) order.
bool isSortedByCustomerAndDay(const TransactionSet &set);
// A line that gives money back: flagged as return or with a negative amount.
inline bool isReturnLine(const TransactionSet &set, std::size_t line)
{
    return set.isReturn[line] != 0 || set.amount[line] < 0.0;
}

} // namespace ltv::features
