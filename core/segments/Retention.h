#pragma once
// The retention list: customers ranked by value at risk = predicted LTV x
// churn probability, with their last purchase, segment and suggested action.

#include "features/TransactionSet.h"
#include "models/Model.h"
#include "segments/Playbook.h"
#include "segments/Segmentation.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace ltv::segments {

constexpr Day kNoPurchase = std::numeric_limits<Day>::min();

// Last purchase day (non-return line, up to and including asOf) per customer
// index; kNoPurchase when there is none.
std::vector<Day> lastPurchaseDays(const features::TransactionSet &transactions,
                                  Day asOf = std::numeric_limits<Day>::max());

struct RetentionEntry
{
    std::int32_t customer = -1;
    double ltv = 0.0;
    double churnProbability = 0.0;
    double valueAtRisk = 0.0;
    Day lastPurchase = kNoPurchase;
};

// Every predicted customer with a known churn risk, by value at risk
// (descending; ties by customer index). top > 0 keeps only the first `top`.
std::vector<RetentionEntry> retentionList(const models::Predictions &predictions, const std::vector<Day> &lastPurchase,
                                          std::size_t top = 0);

// rank, customer_id, predicted_ltv, churn_probability, value_at_risk,
// last_purchase, segment, action. Segment and action come from the
// segmentation and playbook when given.
Table retentionTable(const std::vector<RetentionEntry> &list, const QStringList &customerIds,
                     const Segmentation *segmentation = nullptr, const Playbook *playbook = nullptr);

} // namespace ltv::segments
