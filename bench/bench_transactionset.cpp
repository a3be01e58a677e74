// Sorting and indexing a large TransactionSet.

#include "BenchSupport.h"
#include "features/TransactionSet.h"

#include <benchmark/benchmark.h>

#include <random>

static void BM_TransactionSetSort(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::int32_t> customer(0, static_cast<std::int32_t>(n / 10));
    std::uniform_int_distribution<ltv::Day> day(9862, 10407);
    for (auto _ : state) {
        state.PauseTiming();
        ltv::features::TransactionSet set;
        set.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            set.append(customer(rng), day(rng), 10.0);
        state.ResumeTiming();
        set.sortByCustomerAndDay();
        benchmark::DoNotOptimize(set.customer.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.counters["peak_rss_MiB"] = ltv::bench::peakRssMiB();
}
BENCHMARK(BM_TransactionSetSort)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
