#pragma once
// Small synthetic customer tables for the ML model tests: a feature matrix
// and horizon labels generated from a known rule with a fixed seed.

#include "features/FeatureMatrix.h"

#include <cmath>
#include <random>

namespace ltv::test {

struct SyntheticSet
{
    features::FeatureMatrix features;
    features::Labels labels;
};

// Columns: frequency, monetary, recency, noise, constant. Horizon revenue
// rises with frequency * monetary and recency; customers with low recency
// tend to churn (no purchase, zero revenue).
inline SyntheticSet makeSyntheticSet(int rows, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    SyntheticSet s;
    s.features.columns = {QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("recency"),
                          QStringLiteral("noise"), QStringLiteral("constant")};
    s.features.customer.resize(static_cast<std::size_t>(rows));
    s.features.values.resize(static_cast<std::size_t>(rows) * 5);
    for (int i = 0; i < rows; ++i) {
        s.features.customer[static_cast<std::size_t>(i)] = i;
        const double frequency = std::floor(6.0 * uniform() * uniform());
        const double monetary = 10.0 + 40.0 * uniform();
        const double recency = 40.0 * uniform();
        s.features.at(i, 0) = frequency;
        s.features.at(i, 1) = monetary;
        s.features.at(i, 2) = recency;
        s.features.at(i, 3) = uniform();
        s.features.at(i, 4) = 7.0;
        const double activeScore = -2.0 + 0.12 * recency + 0.5 * frequency + 0.5 * (uniform() - 0.5);
        const bool active = activeScore > 0.0;
        const double purchases = active ? 1.0 + std::floor(frequency * uniform() * 2.0) : 0.0;
        const double revenue = active ? purchases * monetary * (0.8 + 0.4 * uniform()) : 0.0;
        s.labels.customer.push_back(i);
        s.labels.purchases.push_back(purchases);
        s.labels.revenue.push_back(revenue);
        s.labels.active.push_back(active ? 1 : 0);
    }
    // Top 20% of revenue.
    std::vector<double> sorted = s.labels.revenue;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const double cut = sorted[static_cast<std::size_t>(rows / 5)];
    for (double r : s.labels.revenue)
        s.labels.topValue.push_back(r > cut && r > 0 ? 1 : 0);
    return s;
}

} // namespace ltv::test
