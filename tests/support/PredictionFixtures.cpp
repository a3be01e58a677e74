#include "PredictionFixtures.h"

#include <cmath>
#include <limits>
#include <unordered_map>

namespace ltv::test {

models::Predictions syntheticPredictions(const std::vector<double> &ltv, const std::vector<double> &churn, double spend)
{
    models::Predictions p;
    for (std::size_t i = 0; i < ltv.size(); ++i) {
        p.customer.push_back(static_cast<std::int32_t>(i));
        p.ltv.push_back(ltv[i]);
        p.churnProbability.push_back(churn[i]);
        p.pAlive.push_back(std::isfinite(churn[i]) ? 1.0 - churn[i] : std::numeric_limits<double>::quiet_NaN());
        p.expectedPurchases.push_back(1.0);
        p.expectedSpend.push_back(spend);
    }
    return p;
}

double meanLtvOver(const models::Predictions &p, const features::Labels &evaluated)
{
    std::unordered_map<std::int32_t, double> value;
    for (std::size_t i = 0; i < p.size(); ++i)
        value.emplace(p.customer[i], p.ltv[i]);
    double sum = 0.0;
    int count = 0;
    for (std::int32_t c : evaluated.customer)
        if (value.count(c) && std::isfinite(value[c])) {
            sum += value[c];
            ++count;
        }
    return sum / count;
}

} // namespace ltv::test
