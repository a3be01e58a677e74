#pragma once
// Finds a customer's row in a Predictions value and derives the quantities
// segments use: predicted value, churn risk and value at risk.

#include "models/Model.h"

#include <cstdint>
#include <vector>

namespace ltv::segments {

class PredictionLookup
{
public:
    explicit PredictionLookup(const models::Predictions &predictions);

    // Row of the customer in the predictions, or -1 when it has none.
    std::int64_t row(std::int32_t customer) const;
    bool has(std::int32_t customer) const { return row(customer) >= 0; }

    // 0 when the customer has no prediction or a NaN value.
    double ltv(std::int32_t customer) const;
    double expectedPurchases(std::int32_t customer) const;
    // Churn probability; falls back to 1 - P(alive) when the model gives no
    // churn probability, NaN when it gives neither.
    double churnProbability(std::int32_t customer) const;
    // P(alive); falls back to 1 - churn probability.
    double pAlive(std::int32_t customer) const;
    // Predicted value x churn probability (0 when the risk is unknown).
    double valueAtRisk(std::int32_t customer) const;

    const models::Predictions &predictions() const { return *predictions_; }

private:
    const models::Predictions *predictions_;
    std::vector<std::int64_t> rowOf_;
};

} // namespace ltv::segments
