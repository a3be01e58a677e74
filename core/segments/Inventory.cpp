#include "segments/Inventory.h"

#include "segments/PredictionLookup.h"
#include "segments/ValueRisk.h"

#include <algorithm>
#include <map>

namespace ltv::segments {

std::vector<ProductForecast> inventorySignal(const features::TransactionSet &transactions,
                                             const models::Predictions &predictions, const InventoryOptions &options)
{
    const PredictionLookup lookup(predictions);
    // High-value customers: the top tier of a grid with the requested share.
    ValueRiskConfig tiers;
    tiers.topShare = options.highValueShare;
    tiers.middleShare = 0.0;
    const ValueRiskResult grid = valueRiskGrid(predictions, tiers);
    std::vector<bool> highValue(static_cast<std::size_t>(std::max(transactions.customerCount(), 0)), false);
    for (std::size_t i = 0; i < predictions.size(); ++i)
        if (grid.tier[i] == ValueTier::High && predictions.customer[i] >= 0 &&
            predictions.customer[i] < transactions.customerCount())
            highValue[static_cast<std::size_t>(predictions.customer[i])] = true;

    std::vector<ProductForecast> byProduct;
    const auto ensure = [&byProduct](std::int32_t p) -> ProductForecast & {
        if (static_cast<std::size_t>(p) >= byProduct.size())
            byProduct.resize(static_cast<std::size_t>(p) + 1);
        byProduct[static_cast<std::size_t>(p)].product = p;
        return byProduct[static_cast<std::size_t>(p)];
    };
    const std::vector<std::size_t> begin = transactions.customerOffsets();
    std::map<std::int32_t, double> units;
    for (std::int32_t c = 0; c < transactions.customerCount(); ++c) {
        units.clear();
        int occasions = 0;
        Day lastDay = 0;
        for (std::size_t k = begin[static_cast<std::size_t>(c)]; k < begin[static_cast<std::size_t>(c) + 1]; ++k) {
            if (transactions.isReturn[k] || transactions.day[k] > options.asOf)
                continue;
            if (occasions == 0 || transactions.day[k] != lastDay)
                ++occasions; // lines are sorted by day
            lastDay = transactions.day[k];
            if (transactions.product[k] >= 0)
                units[transactions.product[k]] += static_cast<double>(transactions.quantity[k]);
        }
        if (occasions == 0)
            continue;
        const double expected = lookup.expectedPurchases(c);
        for (const auto &[product, quantity] : units) {
            ProductForecast &f = ensure(product);
            f.pastUnits += quantity;
            ++f.customers;
            const double forecast = expected * quantity / occasions;
            f.expectedUnits += forecast;
            if (highValue[static_cast<std::size_t>(c)])
                f.expectedUnitsHighValue += forecast;
        }
    }
    std::erase_if(byProduct, [](const ProductForecast &f) { return f.customers == 0; });
    std::sort(byProduct.begin(), byProduct.end(), [](const ProductForecast &a, const ProductForecast &b) {
        return a.expectedUnits != b.expectedUnits ? a.expectedUnits > b.expectedUnits : a.product < b.product;
    });
    return byProduct;
}

Table inventoryTable(const std::vector<ProductForecast> &forecast, const QStringList &productNames)
{
    Table table;
    table.header = {QStringLiteral("product"),
                    QStringLiteral("expected_units"),
                    QStringLiteral("expected_units_high_value"),
                    QStringLiteral("high_value_share_pct"),
                    QStringLiteral("customers"),
                    QStringLiteral("past_units")};
    for (const ProductForecast &f : forecast)
        table.rows.push_back(
            {f.product < productNames.size() ? productNames[f.product] : QString::number(f.product),
             formatNumber(f.expectedUnits, 2), formatNumber(f.expectedUnitsHighValue, 2),
             formatNumber(f.expectedUnits > 0.0 ? 100.0 * f.expectedUnitsHighValue / f.expectedUnits : 0.0, 1),
             QString::number(f.customers), formatNumber(f.pastUnits, 0)});
    return table;
}

} // namespace ltv::segments
