#include "segments/Retention.h"

#include "segments/PredictionLookup.h"

#include <algorithm>
#include <cmath>

namespace ltv::segments {

std::vector<Day> lastPurchaseDays(const features::TransactionSet &transactions, Day asOf)
{
    std::vector<Day> last(static_cast<std::size_t>(transactions.customerCount()), kNoPurchase);
    for (std::size_t k = 0; k < transactions.size(); ++k) {
        const std::int32_t c = transactions.customer[k];
        if (c < 0 || transactions.isReturn[k] || transactions.day[k] > asOf)
            continue;
        Day &day = last[static_cast<std::size_t>(c)];
        day = std::max(day, transactions.day[k]);
    }
    return last;
}

std::vector<RetentionEntry> retentionList(const models::Predictions &predictions, const std::vector<Day> &lastPurchase,
                                          std::size_t top)
{
    const PredictionLookup lookup(predictions);
    std::vector<RetentionEntry> list;
    list.reserve(predictions.size());
    for (const std::int32_t c : predictions.customer) {
        const double churn = lookup.churnProbability(c);
        if (!std::isfinite(churn))
            continue;
        RetentionEntry entry;
        entry.customer = c;
        entry.ltv = lookup.ltv(c);
        entry.churnProbability = churn;
        entry.valueAtRisk = entry.ltv * churn;
        if (c >= 0 && static_cast<std::size_t>(c) < lastPurchase.size())
            entry.lastPurchase = lastPurchase[static_cast<std::size_t>(c)];
        list.push_back(entry);
    }
    std::sort(list.begin(), list.end(), [](const RetentionEntry &a, const RetentionEntry &b) {
        return a.valueAtRisk != b.valueAtRisk ? a.valueAtRisk > b.valueAtRisk : a.customer < b.customer;
    });
    if (top > 0 && list.size() > top)
        list.resize(top);
    return list;
}

Table retentionTable(const std::vector<RetentionEntry> &list, const QStringList &customerIds,
                     const Segmentation *segmentation, const Playbook *playbook)
{
    Table table;
    table.header = {QStringLiteral("rank"),          QStringLiteral("customer_id"),
                    QStringLiteral("predicted_ltv"), QStringLiteral("churn_probability"),
                    QStringLiteral("value_at_risk"), QStringLiteral("last_purchase"),
                    QStringLiteral("segment"),       QStringLiteral("action")};
    std::vector<std::int32_t> segmentOf;
    if (segmentation)
        segmentOf = segmentation->segmentByCustomer();
    for (std::size_t rank = 0; rank < list.size(); ++rank) {
        const RetentionEntry &e = list[rank];
        QString segment, action;
        if (segmentation && e.customer >= 0 && static_cast<std::size_t>(e.customer) < segmentOf.size() &&
            segmentOf[static_cast<std::size_t>(e.customer)] >= 0) {
            segment = segmentation->names[segmentOf[static_cast<std::size_t>(e.customer)]];
            if (playbook)
                if (const PlaybookEntry *entry = playbook->find(segment))
                    action = actionKey(entry->action);
        }
        table.rows.push_back(
            {QString::number(rank + 1),
             e.customer >= 0 && e.customer < customerIds.size() ? customerIds[e.customer] : QString::number(e.customer),
             formatNumber(e.ltv, 2), formatNumber(e.churnProbability, 4), formatNumber(e.valueAtRisk, 2),
             e.lastPurchase == kNoPurchase ? QString() : isoFromDay(e.lastPurchase), segment, action});
    }
    return table;
}

} // namespace ltv::segments
