#include "pages/customers/CustomerHistory.h"

#include "features/Summarize.h"

#include <algorithm>

namespace ltv::ui {

CustomerHistory purchaseHistory(const features::TransactionSet &transactions, std::int32_t customer, Day asOf)
{
    CustomerHistory history;
    if (customer < 0 || customer >= transactions.customerCount())
        return history;
    const std::vector<std::size_t> offsets = transactions.customerOffsets();
    const auto c = static_cast<std::size_t>(customer);
    std::size_t i = offsets[c];
    const std::size_t end = offsets[c + 1];
    while (i < end && transactions.day[i] <= asOf) {
        const Day day = transactions.day[i];
        bool bought = false;
        double value = 0.0;
        for (; i < end && transactions.day[i] == day; ++i) {
            if (!features::isReturnLine(transactions, i)) {
                bought = true;
                value += transactions.amount[i];
            }
        }
        if (bought) {
            history.purchaseDays.push_back(day);
            history.purchaseValue.push_back(value);
        }
    }
    return history;
}

void addAliveHistory(CustomerHistory &history, const models::btyd::TransactionModel &model, Day asOf, double unitDays,
                     double horizon, int steps)
{
    history.time.clear();
    history.pAlive.clear();
    history.futureTime.clear();
    history.futurePAlive.clear();
    history.futureExpectedPurchases.clear();
    if (history.purchaseDays.empty() || unitDays <= 0.0)
        return;
    const Day first = history.purchaseDays.front();
    const double span = (asOf - first) / unitDays;
    std::vector<double> times;
    for (int s = 0; s <= steps; ++s)
        times.push_back(span * s / std::max(1, steps));
    for (const Day d : history.purchaseDays)
        times.push_back((d - first) / unitDays);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    for (const double t : times) {
        // Purchases seen by time t: repeat count and the time of the last one.
        int seen = 0;
        double last = 0.0;
        for (const Day d : history.purchaseDays) {
            const double at = (d - first) / unitDays;
            if (at > t + 1e-12)
                break;
            ++seen;
            last = at;
        }
        history.time.push_back(t);
        history.pAlive.push_back(model.probabilityAlive(std::max(0, seen - 1), last, t));
    }
    const int x = static_cast<int>(history.purchaseDays.size()) - 1;
    const double tx = (history.purchaseDays.back() - first) / unitDays;
    for (int s = 0; s <= steps; ++s) {
        const double t = horizon * s / std::max(1, steps);
        history.futureTime.push_back(t);
        history.futurePAlive.push_back(model.probabilityAliveAt(t, x, tx, span));
        history.futureExpectedPurchases.push_back(model.conditionalExpectedPurchases(t, x, tx, span));
    }
}

} // namespace ltv::ui
