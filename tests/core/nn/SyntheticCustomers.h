#pragma once
// Generated customers for the neural-model tests and benchmarks: each buys at
// a personal Poisson rate with a personal spend level until a geometric
// dropout, starting in a random period. The feature matrix, the activity
// sequences (orders, revenue per period, left-padded before the first
// purchase) and the labels (next `horizon` periods) all come from the same
// simulated histories, so many labels are zero and positive ones are heavy-tailed.

#include "features/FeatureMatrix.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ltv::testing {

struct SyntheticCustomers
{
    features::FeatureMatrix features;
    features::Sequences sequences;
    features::Labels labels;
};

inline SyntheticCustomers makeSyntheticCustomers(int count, int periods, int horizon, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> rateDist(0.7, 0.6);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::uniform_int_distribution<int> birthDist(0, periods - 1);

    SyntheticCustomers out;
    out.features.columns = {QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("recency"),
                            QStringLiteral("tenure"), QStringLiteral("noise")};
    out.features.values.resize(static_cast<std::size_t>(count) * 5);
    out.sequences.channels = {QStringLiteral("orders"), QStringLiteral("revenue")};
    out.sequences.length = periods;
    out.sequences.values.assign(static_cast<std::size_t>(count) * periods * 2, 0.0f);
    out.sequences.mask.assign(static_cast<std::size_t>(count) * periods, 0);

    for (int i = 0; i < count; ++i) {
        const double rate = rateDist(rng) + 0.05;
        const double spend = std::exp(3.0 + 0.7 * normal(rng));
        const double dropout = 0.02 + 0.3 * uniform(rng);
        const int birth = birthDist(rng);
        bool alive = true;
        double orders = 0.0, revenue = 0.0;
        int last = birth;
        for (int t = birth; t < periods; ++t) {
            std::poisson_distribution<int> buys(rate);
            int k = alive ? buys(rng) : 0;
            if (t == birth)
                k = std::max(k, 1);
            const double r = k * spend * std::exp(0.3 * normal(rng));
            const std::size_t cell = static_cast<std::size_t>(i) * periods + t;
            out.sequences.mask[cell] = 1;
            out.sequences.values[cell * 2] = static_cast<float>(k);
            out.sequences.values[cell * 2 + 1] = static_cast<float>(r);
            if (k > 0)
                last = t;
            orders += k;
            revenue += r;
            alive = alive && uniform(rng) > dropout;
        }
        double futureOrders = 0.0, futureRevenue = 0.0;
        for (int t = 0; t < horizon && alive; ++t) {
            std::poisson_distribution<int> buys(rate);
            const int k = buys(rng);
            futureOrders += k;
            futureRevenue += k * spend * std::exp(0.3 * normal(rng));
            alive = uniform(rng) > dropout;
        }
        out.features.customer.push_back(i);
        out.sequences.customer.push_back(i);
        const auto row = static_cast<std::size_t>(i);
        const auto n = static_cast<std::size_t>(count);
        out.features.values[row] = orders;
        out.features.values[n + row] = revenue / orders;
        out.features.values[2 * n + row] = periods - 1 - last;
        out.features.values[3 * n + row] = periods - birth;
        out.features.values[4 * n + row] = normal(rng);
        out.labels.customer.push_back(i);
        out.labels.purchases.push_back(futureOrders);
        out.labels.revenue.push_back(futureRevenue);
        out.labels.active.push_back(futureOrders > 0 ? 1 : 0);
        out.labels.topValue.push_back(0);
    }
    return out;
}

} // namespace ltv::testing
