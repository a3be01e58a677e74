// Segments and recommendations at scale: 1M customers for RFM, the value x
// risk grid, deciles and the budget; 200k customers for k-means with k chosen
// by sampled silhouette; 1M orders over 1,000 products for association rules.
// Inputs are generated (seeded) outside the timed region.

#include "BenchSupport.h"
#include "segments/Budget.h"
#include "segments/Clusters.h"
#include "segments/CrossSell.h"
#include "segments/Random.h"
#include "segments/Rfm.h"
#include "segments/ValueRisk.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>

namespace {

using Clock = std::chrono::steady_clock;
using namespace ltv::segments;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Customers
{
    RfmInputs rfm;
    ltv::models::Predictions predictions;
};

// Heavy-tailed, CDNOW-like customers: half buy once.
Customers generateCustomers(std::size_t n)
{
    SeededRandom random(20240601);
    Customers c;
    for (std::size_t i = 0; i < n; ++i) {
        const auto id = static_cast<std::int32_t>(i);
        const double frequency =
            random.uniform() < 0.5 ? 1.0 : 2.0 + std::floor(-8.0 * std::log(1.0 - random.uniform()));
        const double spend = 30.0 * std::exp(0.8 * std::sqrt(-2.0 * std::log(1.0 - random.uniform())));
        c.rfm.customer.push_back(id);
        c.rfm.recency.push_back(std::floor(78.0 * random.uniform()));
        c.rfm.frequency.push_back(frequency);
        c.rfm.monetary.push_back(frequency * spend);
        const double alive = random.uniform();
        c.predictions.customer.push_back(id);
        c.predictions.expectedPurchases.push_back(alive * frequency * 0.4);
        c.predictions.pAlive.push_back(alive);
        c.predictions.churnProbability.push_back(1.0 - alive * 0.8);
        c.predictions.expectedSpend.push_back(spend);
        c.predictions.ltv.push_back(alive * frequency * 0.4 * spend);
    }
    return c;
}

void BM_SegmentsOneMillionCustomers(benchmark::State &state)
{
    const Customers c = generateCustomers(static_cast<std::size_t>(state.range(0)));
    double rfmSeconds = 0, gridSeconds = 0, decileSeconds = 0, budgetSeconds = 0;
    std::size_t contacts = 0;
    for (auto _ : state) {
        auto t0 = Clock::now();
        const RfmResult rfm = scoreRfm(c.rfm);
        rfmSeconds = secondsSince(t0);
        t0 = Clock::now();
        const ValueRiskResult grid = valueRiskGrid(c.predictions);
        gridSeconds = secondsSince(t0);
        t0 = Clock::now();
        const Segmentation deciles = ltvDeciles(c.predictions);
        decileSeconds = secondsSince(t0);
        t0 = Clock::now();
        const BudgetAllocation allocation =
            allocateBudget(rfm.segmentation, defaultRfmPlaybook(), c.predictions, BudgetOptions{100000.0, 0.5, 1.0});
        budgetSeconds = secondsSince(t0);
        contacts = allocation.contacts.size();
        benchmark::DoNotOptimize(deciles.segmentOf.data());
        benchmark::DoNotOptimize(grid.segmentation.segmentOf.data());
    }
    state.counters["customers"] = double(c.rfm.size());
    state.counters["rfm_s"] = rfmSeconds;
    state.counters["grid_s"] = gridSeconds;
    state.counters["deciles_s"] = decileSeconds;
    state.counters["budget_s"] = budgetSeconds;
    state.counters["contacts"] = double(contacts);
    state.counters["peak_rss_MiB"] = ltv::bench::peakRssMiB();
}

void BM_ClustersSilhouetteChoice(benchmark::State &state)
{
    const Customers c = generateCustomers(static_cast<std::size_t>(state.range(0)));
    const ClusterFeatures features = clusterFeatures(c.rfm, &c.predictions);
    int k = 0;
    for (auto _ : state) {
        const ClusterResult result = clusterCustomers(features, &c.predictions);
        k = result.k;
    }
    state.counters["customers"] = double(c.rfm.size());
    state.counters["k"] = k;
    state.counters["peak_rss_MiB"] = ltv::bench::peakRssMiB();
}

void BM_AssociationRules(benchmark::State &state)
{
    SeededRandom random(7);
    ltv::features::TransactionSet set;
    const auto orders = static_cast<std::int32_t>(state.range(0));
    for (int p = 0; p < 1000; ++p)
        set.productNames << QString::number(p);
    const std::int32_t customers = orders / 4;
    for (std::int32_t c = 0; c < customers; ++c)
        set.customerIds << QString::number(c);
    for (std::int32_t o = 0; o < orders; ++o) {
        const auto customer = static_cast<std::int32_t>(random.below(static_cast<std::uint64_t>(customers)));
        const auto lines = 1 + static_cast<int>(random.below(6));
        for (int l = 0; l < lines; ++l) {
            // popular products are more likely (squared uniform)
            const double u = random.uniform();
            set.append(customer, 10000 + o % 700, 10.0, 1.0f, static_cast<std::int32_t>(u * u * 1000.0), o);
        }
    }
    set.sortByCustomerAndDay();
    std::size_t rules = 0;
    double suggestSeconds = 0;
    for (auto _ : state) {
        const AssociationResult result = associationRules(set);
        rules = result.rules.size();
        const auto t0 = Clock::now();
        benchmark::DoNotOptimize(nextProductSuggestions(set, result).data());
        suggestSeconds = secondsSince(t0);
    }
    state.counters["lines"] = double(set.size());
    state.counters["rules"] = double(rules);
    state.counters["suggest_s"] = suggestSeconds;
    state.counters["peak_rss_MiB"] = ltv::bench::peakRssMiB();
}

} // namespace

BENCHMARK(BM_SegmentsOneMillionCustomers)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(BM_ClustersSilhouetteChoice)->Arg(200'000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(BM_AssociationRules)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
