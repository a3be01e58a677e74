#pragma once
// Inventory signal: expected units per product over the prediction horizon.
//
// For customer i with E_i expected purchases in the horizon (from the model),
// o_i past purchase occasions (days with a purchase) and u_ip units of
// product p bought in the past (returns excluded), the expected units of p are
//     sum_i E_i x u_ip / o_i
// i.e. each future purchase repeats the customer's average basket. The same
// sum over the high-value customers (top share by predicted LTV, ties kept
// together as in the value x risk grid) shows what they will want.

#include "features/TransactionSet.h"
#include "models/Model.h"
#include "segments/Segmentation.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace ltv::segments {

struct InventoryOptions
{
    Day asOf = std::numeric_limits<Day>::max(); // history used for the product mix
    double highValueShare = 0.20;
};

struct ProductForecast
{
    std::int32_t product = -1;
    double expectedUnits = 0.0;
    double expectedUnitsHighValue = 0.0;
    std::size_t customers = 0; // customers with the product in their mix
    double pastUnits = 0.0;    // units bought up to asOf
};

// One row per product with any past units, by expected units (descending).
std::vector<ProductForecast> inventorySignal(const features::TransactionSet &transactions,
                                             const models::Predictions &predictions,
                                             const InventoryOptions &options = {});

// product, expected_units, expected_units_high_value, high_value_share_%, customers, past_units.
Table inventoryTable(const std::vector<ProductForecast> &forecast, const QStringList &productNames);

} // namespace ltv::segments
