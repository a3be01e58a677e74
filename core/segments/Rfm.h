#pragma once
// RFM scoring: recency, frequency and monetary value each scored 1..5 by
// quintiles, then named by an RfmRuleTable.
//
// Quintile rule (deterministic, tie-safe): with n customers and b the number
// of customers whose value is strictly worse, the score is 1 + floor(5 b / n).
// Equal values always share a score, the worst value always scores 1, scores
// never decrease with a better value, and distinct values split into exact
// quintiles when n is a multiple of 5. Heavy ties keep one score: if 60% of
// customers bought once, they all get F = 1 and the next value gets
// 1 + floor(5 * 0.6) = 4, so scores 2 and 3 stay empty rather than splitting
// identical customers arbitrarily.

#include "features/CustomerSummary.h"
#include "features/TransactionSet.h"
#include "segments/RfmRules.h"
#include "segments/Segmentation.h"

#include <cstdint>
#include <vector>

namespace ltv::segments {

// Raw RFM values per customer row.
struct RfmInputs
{
    std::vector<std::int32_t> customer;
    std::vector<double> recency;   // time since the last purchase (smaller is better)
    std::vector<double> frequency; // purchase occasions (days with a purchase)
    std::vector<double> monetary;  // net spend (total or per occasion, see MonetaryBasis)
    std::size_t size() const { return customer.size(); }
};

enum class MonetaryBasis { Total, PerPurchase };

// From a customer summary: recency = T - t_x (in the summary unit),
// frequency = x + 1 purchase days, monetary = total revenue (or per purchase day).
RfmInputs rfmInputsFromSummary(const features::CustomerSummary &summary, MonetaryBasis basis = MonetaryBasis::Total);
// Straight from transactions up to and including asOf: recency in days,
// purchase days counted once per day, monetary on net amounts. Customers
// without a line up to asOf are left out.
RfmInputs rfmInputsFromTransactions(const features::TransactionSet &transactions, Day asOf,
                                    MonetaryBasis basis = MonetaryBasis::Total);

// Quintile scores 1..5 by the rule above; NaN counts as the worst value.
std::vector<int> quintileScores(const std::vector<double> &values, bool higherIsBetter);

struct RfmResult
{
    RfmInputs inputs;
    std::vector<int> r, f, m;
    // names = the rule names in table order, then "Others" last.
    Segmentation segmentation;
};

RfmResult scoreRfm(const RfmInputs &inputs, const RfmRuleTable &rules = defaultRfmRules());

// Per segment: customers, share, mean R/F/M values and scores.
Table rfmSummaryTable(const RfmResult &result);
// One row per customer: id, R, F, M values, scores, segment.
Table rfmCustomerTable(const RfmResult &result, const QStringList &customerIds);

} // namespace ltv::segments
