#pragma once
// Per-customer RFM summary as of a date, in the model time unit: the input of
// the buy-till-you-die models. Columnar; row i describes customer[i].
// Conventions follow lifetimes' summary_data_from_transaction_data and BTYD's
// elog2cbs: purchases on the same day are merged, frequency counts repeat
// purchase periods, recency and age T are measured from the first purchase.

#include "features/Types.h"

#include <cstdint>
#include <vector>

namespace ltv::features {

struct CustomerSummary
{
    Day asOf = 0; // last day included (calibration end)
    TimeUnit unit = TimeUnit::Week;
    bool countsFirstPurchase = false; // true: frequency and monetary include the first purchase day

    std::vector<std::int32_t> customer; // index into TransactionSet::customerIds
    std::vector<double> frequency;      // x: repeat purchase days (all purchase days if countsFirstPurchase)
    std::vector<double> recency;        // t_x: last - first purchase, in units
    std::vector<double> age;            // T: asOf - first purchase, in units (asOf is the last day observed)
    std::vector<double> monetary;       // mean value of repeat purchase days (0 when x = 0); see summarize()

    // Descriptive totals (all computed on net amounts up to asOf).
    std::vector<double> totalRevenue;
    std::vector<std::int32_t> purchaseDays; // x + 1
    std::vector<Day> firstPurchase;
    std::vector<Day> lastPurchase;
    std::vector<double> meanInterPurchase; // in units; 0 when x = 0
    std::vector<std::int32_t> returnCount;
    std::vector<double> returnValue; // positive number: value returned
    std::vector<double> firstOrderValue;

    std::size_t size() const { return customer.size(); }
};

} // namespace ltv::features
