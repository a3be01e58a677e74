#pragma once
// One customer's story for the detail panel: purchase days with their value
// up to the as-of day, and P(alive) along that history as the fitted BTYD
// model would have judged it at each moment (x, t_x and T recomputed from the
// purchases seen so far), then projected over the horizon assuming no
// further purchase.

#include "features/TransactionSet.h"
#include "models/btyd/TransactionModel.h"

#include <vector>

namespace ltv::ui {

struct CustomerHistory
{
    std::vector<Day> purchaseDays;     // days with a non-return line, ascending
    std::vector<double> purchaseValue; // net value of those lines per day
    // P(alive) at time t (in model units since the first purchase).
    std::vector<double> time;
    std::vector<double> pAlive;
    // P(alive at asOf + t), t in model units after asOf, no purchase assumed.
    std::vector<double> futureTime;
    std::vector<double> futurePAlive;
    // E[purchases in (asOf, asOf + t]] at the same future times.
    std::vector<double> futureExpectedPurchases;
};

// Purchase days as features::summarize counts them (a day with any
// non-return line), up to and including asOf.
CustomerHistory purchaseHistory(const features::TransactionSet &transactions, std::int32_t customer, Day asOf);

// Fills time/pAlive with `steps` + 1 evenly spaced points from the first
// purchase to asOf plus a point on every purchase day, and the projection
// over `horizon` units. unitDays: days per model time unit.
void addAliveHistory(CustomerHistory &history, const models::btyd::TransactionModel &model, Day asOf, double unitDays,
                     double horizon, int steps = 60);

} // namespace ltv::ui
