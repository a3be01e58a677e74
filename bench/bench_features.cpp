// Customer summary and ML feature matrix at scale: 1M customers, 10M lines.
// The transactions are generated (seeded) outside the timed region; the
// counters report each stage's seconds and the process's peak RSS.

#include "BenchSupport.h"
#include "features/FeatureMatrixBuilder.h"
#include "features/Summarize.h"
#include "features/TransactionSet.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <random>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// customers x ~linesPerCustomer lines over two years, already in (customer, day) order.
ltv::features::TransactionSet generate(std::int32_t customers, std::int64_t lines)
{
    ltv::features::TransactionSet set;
    set.customerIds.reserve(customers);
    for (std::int32_t c = 0; c < customers; ++c)
        set.customerIds << QString::number(c);
    const QStringList channels = {QStringLiteral("web"), QStringLiteral("app"), QStringLiteral("shop"),
                                  QStringLiteral("phone")};
    set.attributeNames = {QStringLiteral("channel")};
    set.attributeValues.resize(1);
    set.attributeValues[0].reserve(customers);
    std::mt19937_64 rng(20240601);
    for (std::int32_t c = 0; c < customers; ++c)
        set.attributeValues[0] << channels[static_cast<qsizetype>(rng() % 4)];
    for (int p = 0; p < 1000; ++p)
        set.productNames << QString::number(p);

    set.reserve(static_cast<std::size_t>(lines));
    const std::int64_t perCustomer = lines / customers;
    std::uniform_int_distribution<ltv::Day> start(9862, 10227); // first purchase in year one
    std::lognormal_distribution<double> amount(3.0, 0.8);
    std::uniform_int_distribution<int> product(0, 999);
    std::int32_t order = 0;
    for (std::int32_t c = 0; c < customers; ++c) {
        ltv::Day day = start(rng);
        // Between 1 and 2 * perCustomer - 1 lines: mean perCustomer.
        const auto n = static_cast<std::int64_t>(1 + rng() % static_cast<std::uint64_t>(2 * perCustomer - 1));
        for (std::int64_t k = 0; k < n; ++k) {
            day += static_cast<ltv::Day>(rng() % 60);
            const bool isReturn = rng() % 33 == 0;
            const double value = amount(rng);
            set.append(c, day, isReturn ? -value : value, isReturn ? -1.0f : 1.0f, product(rng), order++, isReturn);
        }
    }
    return set;
}

void BM_SummaryAndFeatureMatrix(benchmark::State &state)
{
    const auto customers = static_cast<std::int32_t>(state.range(0));
    const std::int64_t lines = state.range(1);
    const ltv::features::TransactionSet set = generate(customers, lines);
    const ltv::Day asOf = 10407;
    double summarySeconds = 0.0, featureSeconds = 0.0;
    std::int64_t rows = 0, cols = 0;
    for (auto _ : state) {
        auto t0 = Clock::now();
        const ltv::features::CustomerSummary summary = ltv::features::summarize(set, asOf);
        summarySeconds = secondsSince(t0);
        t0 = Clock::now();
        const ltv::features::FeatureMatrix matrix = ltv::features::buildFeatureMatrix(set, summary);
        featureSeconds = secondsSince(t0);
        rows = matrix.rows();
        cols = matrix.cols();
        benchmark::DoNotOptimize(matrix.values.data());
    }
    state.counters["lines"] = double(set.size());
    // customer, day, amount, quantity, product, order, isReturn
    const double bytesPerLine = sizeof(std::int32_t) + sizeof(ltv::Day) + sizeof(double) + sizeof(float) +
                                sizeof(std::int32_t) + sizeof(std::int32_t) + sizeof(std::uint8_t);
    state.counters["set_MiB"] = double(set.size()) * bytesPerLine / (1024.0 * 1024.0);
    state.counters["rows"] = double(rows);
    state.counters["cols"] = double(cols);
    state.counters["summary_s"] = summarySeconds;
    state.counters["features_s"] = featureSeconds;
    state.counters["peak_rss_MiB"] = ltv::bench::peakRssMiB();
}

} // namespace

BENCHMARK(BM_SummaryAndFeatureMatrix)
    ->Args({1'000'000, 10'000'000})
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();
