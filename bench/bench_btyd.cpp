// BTYD at scale: 1M customers simulated from known BG/NBD and Gamma-Gamma
// parameters (recency and age at day resolution, like a real summary), then
// fitted and predicted. Counters show the recovered parameters and peak RSS.
// Python reference (lifetimes), as quoted in the issue: BG/NBD fit on 1M about
// 14 s, Pareto/NBD fit on 100k about 28 s. Those fits report the ratio against
// it for CPU time (all threads) and wall time: counters x_ref_cpu, x_ref_wall.

#include "BenchSupport.h"
#include "models/btyd/BtydModel.h"
#include "models/btyd/CollapsedRows.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace {

using namespace ltv;
using namespace ltv::models;

// True parameters: CDNOW's BG/NBD and Gamma-Gamma estimates.
constexpr double kR = 0.243, kAlpha = 4.414, kA = 0.793, kB = 2.426;
constexpr double kP = 6.25, kQ = 3.74, kGamma = 15.44;

features::CustomerSummary simulate(std::size_t n)
{
    std::mt19937_64 rng(20260101);
    std::gamma_distribution<double> lambdaDist(kR, 1.0 / kAlpha);
    std::gamma_distribution<double> betaA(kA, 1.0), betaB(kB, 1.0);
    std::gamma_distribution<double> nuDist(kQ, 1.0 / kGamma);
    std::uniform_int_distribution<int> birthDay(0, 83); // acquired in the first 12 weeks
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int calibrationDays = 273; // 39 weeks
    features::CustomerSummary s;
    s.unit = TimeUnit::Week;
    s.customer.resize(n);
    s.frequency.resize(n);
    s.recency.resize(n);
    s.age.resize(n);
    s.monetary.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double lambda = lambdaDist(rng);
        const double ga = betaA(rng), gb = betaB(rng);
        const double p = ga / (ga + gb);
        const int ageDays = calibrationDays - birthDay(rng);
        const double T = ageDays / 7.0;
        std::exponential_distribution<double> gap(lambda);
        double t = 0.0, last = 0.0;
        int x = 0;
        while (true) {
            if (x > 0 && unit(rng) < p)
                break; // dropped out after the previous repeat purchase
            t += gap(rng);
            if (t >= T)
                break;
            ++x;
            last = t;
        }
        s.customer[i] = static_cast<std::int32_t>(i);
        s.frequency[i] = x;
        // Recency to the nearest day, as a day-level summary records it.
        s.recency[i] = std::min(ageDays, static_cast<int>(std::lround(last * 7.0))) / 7.0;
        s.age[i] = T;
        if (x > 0) {
            std::gamma_distribution<double> spend(kP, 1.0 / nuDist(rng));
            double total = 0.0;
            for (int k = 0; k < x; ++k)
                total += spend(rng);
            s.monetary[i] = total / x;
        }
    }
    return s;
}

// CPU seconds of all threads of this process: the work done, independent of
// how busy the machine is.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1e-6 * (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

const features::CustomerSummary &data(std::size_t n)
{
    static const features::CustomerSummary million = simulate(1'000'000);
    static const features::CustomerSummary hundredK = simulate(100'000);
    return n == 1'000'000 ? million : hundredK;
}

// referenceSeconds: the Python figure for this fit and size, 0 when none is quoted.
void fitModel(benchmark::State &state, const QString &id, bool spend, double referenceSeconds)
{
    const features::CustomerSummary &s = data(static_cast<std::size_t>(state.range(0)));
    FitReport report;
    btyd::BtydModel model(id);
    const double cpuBefore = processCpuSeconds();
    const auto wallBefore = std::chrono::steady_clock::now();
    for (auto _ : state) {
        TrainingData training;
        training.summary = &s;
        report = model.fit(training, {{QStringLiteral("spendModel"), spend}}, pipeline::JobContext());
    }
    const double cpu = (processCpuSeconds() - cpuBefore) / double(state.iterations());
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallBefore).count() /
                        double(state.iterations());
    if (referenceSeconds > 0.0) {
        state.counters["x_ref_cpu"] = referenceSeconds / cpu;
        state.counters["x_ref_wall"] = referenceSeconds / wall;
    }
    if (!report.converged)
        state.SkipWithError(report.message.toStdString().c_str());
    for (const FittedParameter &p : model.parameters())
        state.counters[p.name.toStdString()] = p.value;
    state.counters["iterations"] = report.iterations;
    state.counters["cpu_s_all_threads"] = cpu;
    state.counters["peak_rss_MiB"] = bench::peakRssMiB();
}

void BM_BtydFitBgNbd(benchmark::State &state)
{
    fitModel(state, QStringLiteral("bgnbd"), false, state.range(0) == 1'000'000 ? 14.0 : 0.0);
}
void BM_BtydFitParetoNbd(benchmark::State &state)
{
    fitModel(state, QStringLiteral("pnbd"), false, state.range(0) == 100'000 ? 28.0 : 0.0);
}
void BM_BtydFitGammaGamma(benchmark::State &state)
{
    fitModel(state, QStringLiteral("gg"), true, 0.0);
}

// Input checks and collapsing 1M customers into unique (x, t_x, T) rows: the
// fixed cost of every fit and prediction.
void BM_BtydCollapseRows(benchmark::State &state)
{
    const features::CustomerSummary &s = data(static_cast<std::size_t>(state.range(0)));
    std::size_t unique = 0, pairs = 0;
    const double cpuBefore = processCpuSeconds();
    for (auto _ : state) {
        const QString invalid = btyd::validateSummaryRows(s.frequency.data(), s.recency.data(), s.age.data(), s.size());
        const btyd::CollapsedRows rows =
            btyd::collapseRows(s.frequency.data(), s.recency.data(), s.age.data(), s.size());
        benchmark::DoNotOptimize(invalid);
        unique = rows.size();
        pairs = rows.pairX.size();
    }
    state.counters["cpu_s_all_threads"] = (processCpuSeconds() - cpuBefore) / double(state.iterations());
    state.counters["unique_rows"] = double(unique);
    state.counters["x_t_pairs"] = double(pairs);
}

// 52-week expected purchases, P(alive), churn, spend and LTV discounted monthly at 10 % a year.
void predictModel(benchmark::State &state, const QString &id)
{
    const features::CustomerSummary &s = data(static_cast<std::size_t>(state.range(0)));
    btyd::BtydModel model(id);
    TrainingData training;
    training.summary = &s;
    model.fit(training, {}, pipeline::JobContext());
    PredictionInput input;
    input.summary = &s;
    input.horizon = 52.0;
    input.annualDiscountRate = 0.1;
    double total = 0.0;
    const double cpuBefore = processCpuSeconds();
    for (auto _ : state) {
        const Predictions p = model.predict(input);
        total = 0.0;
        for (double v : p.ltv)
            total += v;
        benchmark::DoNotOptimize(total);
    }
    state.counters["cpu_s_all_threads"] = (processCpuSeconds() - cpuBefore) / double(state.iterations());
    state.counters["mean_ltv"] = total / double(s.size());
    state.counters["peak_rss_MiB"] = bench::peakRssMiB();
}

void BM_BtydPredictBgNbd(benchmark::State &state)
{
    predictModel(state, QStringLiteral("bgnbd"));
}
void BM_BtydPredictParetoNbd(benchmark::State &state)
{
    predictModel(state, QStringLiteral("pnbd"));
}

} // namespace

BENCHMARK(BM_BtydCollapseRows)->Arg(1'000'000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BtydFitBgNbd)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BtydFitParetoNbd)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_BtydFitGammaGamma)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BtydPredictBgNbd)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BtydPredictParetoNbd)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
