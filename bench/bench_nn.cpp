// One training epoch of each neural LTV network on 100k generated customers
// (52 weekly periods, ZILN loss, batch 256): training samples per second and
// peak RSS, for 1 and 2 threads. Run one network per process for its own
// peak RSS: bench --benchmark_filter=BM_TrainNetwork_gru
// bench/peers/nn_torch.py trains the same networks with PyTorch.

#include "../tests/core/nn/SyntheticCustomers.h"
#include "BenchSupport.h"
#include "models/nn/Preprocessing.h"
#include "models/nn/Trainer.h"

#include <benchmark/benchmark.h>

#include <ctime>

using namespace ltv::models::nn;

namespace {

double cpuSeconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

constexpr int kCustomers = 100'000;
constexpr int kPeriods = 52;

// Architectures: 0 = mlp-ziln, 1 = cnn, 2 = gru (the models' default sizes).
void trainNetwork(benchmark::State &state, int architecture)
{
    const int threads = static_cast<int>(state.range(0));
    const auto customers = ltv::testing::makeSyntheticCustomers(kCustomers, kPeriods, 26, 7);
    Dataset data;
    NetworkShape shape;
    shape.hidden = 32;
    shape.layers = 2;
    shape.filters = 16;
    shape.kernel = 3;
    shape.outputs = 3;
    shape.dropout = 0.1;
    if (architecture != 1) {
        loadFeatures(customers.features, fitFeatureScaler(customers.features), data);
        shape.features = static_cast<int>(customers.features.cols());
    } else {
        data.features.resize(0, kCustomers);
    }
    if (architecture != 0) {
        loadSequences(customers.sequences, fitSequenceScaler(customers.sequences), data);
        shape.channels = static_cast<int>(customers.sequences.channels.size());
        shape.steps = kPeriods;
    }
    data.target.resize(kCustomers);
    double positiveMean = 0.0;
    int positives = 0;
    for (double r : customers.labels.revenue)
        if (r > 0.0) {
            positiveMean += r;
            ++positives;
        }
    positiveMean /= std::max(positives, 1);
    for (int i = 0; i < kCustomers; ++i)
        data.target(i) = customers.labels.revenue[static_cast<std::size_t>(i)] / positiveMean;

    TrainOptions options;
    options.epochs = 1;
    options.batchSize = 256;
    options.validationFraction = 0.0;
    options.threads = threads;
    long samples = 0;
    double processCpu = 0.0, mainCpu = 0.0;
    for (auto _ : state) {
        const double process0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        const double main0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        std::unique_ptr<Network> net = architecture == 0   ? makeMlp(shape, 1)
                                       : architecture == 1 ? makeCnn(shape, 1)
                                                           : makeGru(shape, 1);
        const TrainResult r = train(*net, data, LossKind::ZeroInflatedLognormal, options, ltv::pipeline::JobContext());
        mainCpu += cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - main0;
        processCpu += cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process0;
        samples += r.samplesSeen;
        benchmark::DoNotOptimize(r.history.back().trainLoss);
    }
    // On a shared machine the wall rate depends on what else runs. The calling
    // thread runs shard 0 plus every serial step (gradient sum, clipping, Adam),
    // so samples per second of its CPU time is the rate with a free core per
    // thread; all threads' CPU time shows the cost of the parallel split.
    state.counters["samples_per_main_cpu_s"] = static_cast<double>(samples) / mainCpu;
    state.counters["process_cpu_s"] = processCpu;
    state.counters["samples_per_s"] = benchmark::Counter(static_cast<double>(samples), benchmark::Counter::kIsRate);
    state.counters["peak_rss_MiB"] = ltv::bench::peakRssMiB();
}

// One timed epoch (it takes seconds) with 1 and then 2 threads.
void oneEpochOnOneAndTwoThreads(benchmark::internal::Benchmark *b)
{
    b->ArgName("threads")->Arg(1)->Arg(2)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
}

} // namespace

static void BM_TrainNetwork_mlp(benchmark::State &state)
{
    trainNetwork(state, 0);
}
static void BM_TrainNetwork_cnn(benchmark::State &state)
{
    trainNetwork(state, 1);
}
static void BM_TrainNetwork_gru(benchmark::State &state)
{
    trainNetwork(state, 2);
}
BENCHMARK(BM_TrainNetwork_mlp)->Apply(oneEpochOnOneAndTwoThreads);
BENCHMARK(BM_TrainNetwork_cnn)->Apply(oneEpochOnOneAndTwoThreads);
BENCHMARK(BM_TrainNetwork_gru)->Apply(oneEpochOnOneAndTwoThreads);
