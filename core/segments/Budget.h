#pragma once
// Marketing budget allocation across segments and customers.
//
// Each customer gets at most one contact, with the action of their segment's
// playbook row. For customer i with predicted LTV L_i and churn probability p_i:
//   expected incremental value  g_i = margin x uplift x (L_i, or L_i p_i for value-at-risk actions)
//   expected net return             = g_i - c           (c = cost per contact, the same for everyone)
// A customer is eligible when c <= maxSpendShareOfLtv x L_i (the playbook's
// spending cap) and g_i - c > 0. A segment whose expected return over its
// capped customers, sum (g_i - c), is not positive gets nothing at all (a
// campaign there loses money on average). Eligible customers are then taken
// greedily by expected return per unit of cost, g_i / c, until the next
// contact would exceed the budget.
//
// Optimality: all contacts cost the same c, so any allocation holds at most
// K = floor(budget / c) contacts and its value is the sum of its (g_i - c).
// Taking the min(K, #eligible) largest positive g_i is therefore an optimal
// solution of this 0/1 problem (tst_budget checks it against brute force).
// With different costs per contact a ratio-greedy would no longer be optimal
// in general, which is why the cost per contact is one number.

#include "models/Model.h"
#include "segments/Playbook.h"
#include "segments/Segmentation.h"

#include <cstdint>
#include <vector>

namespace ltv::segments {

struct BudgetOptions
{
    double totalBudget = 10000.0;
    double costPerContact = 0.5;
    double grossMargin = 1.0; // share of incremental revenue that is profit (1 = count revenue)
};

struct BudgetContact
{
    std::int32_t customer = -1;
    std::int32_t segment = -1; // index into the segmentation's names
    ActionKind action = ActionKind::CrossSell;
    double cost = 0.0;
    double incrementalValue = 0.0; // g_i
    double netReturn = 0.0;        // g_i - cost
};

struct SegmentBudget
{
    QString segment;
    bool hasAction = false; // false: the playbook has no row for this segment
    PlaybookEntry entry;    // a copy of the playbook row
    std::size_t customers = 0;
    std::size_t eligible = 0; // within the cap and g_i > c
    std::size_t contacted = 0;
    double expectedReturn = 0.0; // sum (g_i - c) over capped customers: the segment gate
    bool excluded = false;       // expectedReturn <= 0 or no playbook row
    double spend = 0.0;
    double incrementalValue = 0.0;
    double netReturn = 0.0;
    double roi() const { return spend > 0.0 ? netReturn / spend : 0.0; }
};

struct BudgetAllocation
{
    std::vector<BudgetContact> contacts; // in the greedy order (best first)
    std::vector<SegmentBudget> segments; // in the segmentation's order
    double spend = 0.0;
    double incrementalValue = 0.0;
    double netReturn = 0.0;
    std::size_t eligible = 0;   // customers that could be funded
    bool budgetBinding = false; // some eligible customer was left out for lack of budget
    double roi() const { return spend > 0.0 ? netReturn / spend : 0.0; }
};

BudgetAllocation allocateBudget(const Segmentation &segmentation, const Playbook &playbook,
                                const models::Predictions &predictions, const BudgetOptions &options);

// segment, action, customers, eligible, contacted, budget, expected incremental value, expected net return, ROI.
Table budgetSegmentTable(const BudgetAllocation &allocation);
// customer_id, segment, action, channel, cost, expected incremental value, expected net return.
Table budgetContactTable(const BudgetAllocation &allocation, const Segmentation &segmentation,
                         const QStringList &customerIds);

} // namespace ltv::segments
