#include "segments/Budget.h"
#include "features/Translation.h"

#include "segments/PredictionLookup.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace ltv::segments {

namespace {
// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::segments"}, text);
}
} // namespace

BudgetAllocation allocateBudget(const Segmentation &segmentation, const Playbook &playbook,
                                const models::Predictions &predictions, const BudgetOptions &options)
{
    if (!(options.costPerContact > 0.0) || !(options.totalBudget >= 0.0) || !(options.grossMargin >= 0.0))
        throw std::invalid_argument(
            tr("The budget and margin must be non-negative and the cost per contact positive.").toStdString());
    const PredictionLookup lookup(predictions);
    const double c = options.costPerContact;
    BudgetAllocation allocation;
    const auto segments = static_cast<std::size_t>(segmentation.names.size());
    allocation.segments.resize(segments);
    for (std::size_t s = 0; s < segments; ++s) {
        SegmentBudget &budget = allocation.segments[s];
        budget.segment = segmentation.names[static_cast<qsizetype>(s)];
        if (const PlaybookEntry *entry = playbook.find(budget.segment)) {
            budget.hasAction = true;
            budget.entry = *entry;
        }
    }

    // Candidates: within the spending cap, with the segment gate summed on the way.
    std::vector<BudgetContact> candidates;
    for (std::size_t i = 0; i < segmentation.size(); ++i) {
        const auto s = static_cast<std::size_t>(segmentation.segmentOf[i]);
        SegmentBudget &budget = allocation.segments[s];
        ++budget.customers;
        if (!budget.hasAction)
            continue;
        const std::int32_t customer = segmentation.customer[i];
        const double ltv = lookup.ltv(customer);
        if (c > budget.entry.maxSpendShareOfLtv * ltv)
            continue; // over the spending cap for this customer
        const double basis = budget.entry.basis == UpliftBasis::ValueAtRisk ? lookup.valueAtRisk(customer) : ltv;
        BudgetContact contact;
        contact.customer = customer;
        contact.segment = static_cast<std::int32_t>(s);
        contact.action = budget.entry.action;
        contact.cost = c;
        contact.incrementalValue = options.grossMargin * budget.entry.uplift * basis;
        contact.netReturn = contact.incrementalValue - c;
        budget.expectedReturn += contact.netReturn;
        candidates.push_back(contact);
    }
    for (SegmentBudget &budget : allocation.segments)
        budget.excluded = !budget.hasAction || !(budget.expectedReturn > 0.0);

    std::erase_if(candidates, [&allocation](const BudgetContact &contact) {
        return allocation.segments[static_cast<std::size_t>(contact.segment)].excluded || !(contact.netReturn > 0.0);
    });
    for (const BudgetContact &contact : candidates)
        ++allocation.segments[static_cast<std::size_t>(contact.segment)].eligible;
    allocation.eligible = candidates.size();

    // Greedy by return per unit cost (all costs equal: by incremental value).
    std::sort(candidates.begin(), candidates.end(), [](const BudgetContact &a, const BudgetContact &b) {
        const double ra = a.incrementalValue / a.cost, rb = b.incrementalValue / b.cost;
        return ra != rb ? ra > rb : a.customer < b.customer;
    });
    for (const BudgetContact &contact : candidates) {
        // Compare in whole contacts so rounding never lets spend exceed the budget.
        if (static_cast<double>(allocation.contacts.size() + 1) * c > options.totalBudget) {
            allocation.budgetBinding = true;
            break;
        }
        allocation.contacts.push_back(contact);
        SegmentBudget &budget = allocation.segments[static_cast<std::size_t>(contact.segment)];
        ++budget.contacted;
        budget.spend += contact.cost;
        budget.incrementalValue += contact.incrementalValue;
        budget.netReturn += contact.netReturn;
    }
    allocation.spend = static_cast<double>(allocation.contacts.size()) * c;
    for (const BudgetContact &contact : allocation.contacts) {
        allocation.incrementalValue += contact.incrementalValue;
        allocation.netReturn += contact.netReturn;
    }
    return allocation;
}

Table budgetSegmentTable(const BudgetAllocation &allocation)
{
    Table table;
    table.header = {tr("segment"),
                    tr("action"),
                    tr("customers"),
                    tr("eligible"),
                    tr("contacted"),
                    tr("budget"),
                    tr("expected incremental value"),
                    tr("expected net return"),
                    tr("ROI")};
    for (const SegmentBudget &s : allocation.segments) {
        const QString action = s.hasAction ? actionDisplayName(s.entry.action) : tr("(no action)");
        table.rows.push_back({s.segment, action, QString::number(s.customers), QString::number(s.eligible),
                              QString::number(s.contacted), formatNumber(s.spend, 2),
                              formatNumber(s.incrementalValue, 2), formatNumber(s.netReturn, 2),
                              s.spend > 0.0 ? formatNumber(s.roi(), 2) : QStringLiteral("-")});
    }
    table.rows.push_back(
        {tr("Total"), QString(),
         QString::number(std::accumulate(allocation.segments.begin(), allocation.segments.end(), std::size_t{0},
                                         [](std::size_t sum, const SegmentBudget &s) { return sum + s.customers; })),
         QString::number(allocation.eligible), QString::number(allocation.contacts.size()),
         formatNumber(allocation.spend, 2), formatNumber(allocation.incrementalValue, 2),
         formatNumber(allocation.netReturn, 2),
         allocation.spend > 0.0 ? formatNumber(allocation.roi(), 2) : QStringLiteral("-")});
    return table;
}

Table budgetContactTable(const BudgetAllocation &allocation, const Segmentation &segmentation,
                         const QStringList &customerIds)
{
    Table table;
    table.header = {QStringLiteral("customer_id"),
                    QStringLiteral("segment"),
                    QStringLiteral("action"),
                    QStringLiteral("channel"),
                    QStringLiteral("cost"),
                    QStringLiteral("expected_incremental_value"),
                    QStringLiteral("expected_net_return")};
    for (const BudgetContact &contact : allocation.contacts) {
        const SegmentBudget &s = allocation.segments[static_cast<std::size_t>(contact.segment)];
        table.rows.push_back({contact.customer >= 0 && contact.customer < customerIds.size()
                                  ? customerIds[contact.customer]
                                  : QString::number(contact.customer),
                              segmentation.names[contact.segment], actionKey(contact.action),
                              s.hasAction ? s.entry.channel : QString(), formatNumber(contact.cost, 2),
                              formatNumber(contact.incrementalValue, 4), formatNumber(contact.netReturn, 4)});
    }
    return table;
}

} // namespace ltv::segments
