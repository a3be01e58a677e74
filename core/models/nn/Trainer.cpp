#include "models/nn/Trainer.h"

#include "models/nn/Adam.h"
#include "models/nn/Losses.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>

namespace ltv::models::nn {

Batch Dataset::gather(const std::vector<int> &rows, std::size_t begin, std::size_t end) const
{
    Batch batch;
    const int n = static_cast<int>(end - begin);
    batch.size = n;
    batch.steps = steps;
    batch.features.resize(features.rows(), n);
    for (int b = 0; b < n; ++b)
        batch.features.col(b) = features.col(rows[begin + static_cast<std::size_t>(b)]);
    if (steps > 0 && sequence.size() > 0) {
        batch.sequence.resize(sequence.rows(), static_cast<Eigen::Index>(steps) * n);
        batch.mask.resize(steps, n);
        for (int b = 0; b < n; ++b) {
            const int row = rows[begin + static_cast<std::size_t>(b)];
            for (int t = 0; t < steps; ++t)
                batch.sequence.col(static_cast<Eigen::Index>(t) * n + b) =
                    sequence.col(static_cast<Eigen::Index>(row) * steps + t);
            batch.mask.col(b) = mask.col(row);
        }
    }
    return batch;
}

LossValue computeLoss(LossKind kind, const Matrix &output, const Vector &target)
{
    switch (kind) {
    case LossKind::MeanSquaredError:
        return meanSquaredError(output, target);
    case LossKind::BinaryCrossEntropy:
        return binaryCrossEntropy(output, target);
    case LossKind::ZeroInflatedLognormal:
        return zeroInflatedLognormal(output, target);
    }
    return {};
}

int resolveThreads(int requested)
{
    if (requested > 0)
        return std::min(requested, 64);
    return std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
}

namespace {

Vector targetsOf(const Dataset &data, const std::vector<int> &rows, std::size_t begin, std::size_t end)
{
    Vector y(static_cast<Eigen::Index>(end - begin));
    for (std::size_t i = begin; i < end; ++i)
        y(static_cast<Eigen::Index>(i - begin)) = data.target(rows[i]);
    return y;
}

// Runs fn(shard) for shard 0..count-1, shard 0 on the calling thread.
void runShards(int count, const std::function<void(int)> &fn)
{
    std::vector<std::thread> workers;
    for (int s = 1; s < count; ++s)
        workers.emplace_back(fn, s);
    fn(0);
    for (std::thread &w : workers)
        w.join();
}

// Mean loss of the network over the given rows, in inference mode.
double evaluate(std::vector<std::unique_ptr<Network>> &replicas, const Dataset &data, const std::vector<int> &rows,
                LossKind loss, int batchSize)
{
    const int shards = static_cast<int>(replicas.size());
    std::vector<double> sums(static_cast<std::size_t>(shards), 0.0);
    const std::size_t chunks =
        (rows.size() + static_cast<std::size_t>(batchSize) - 1) / static_cast<std::size_t>(batchSize);
    runShards(shards, [&](int s) {
        for (std::size_t c = static_cast<std::size_t>(s); c < chunks; c += static_cast<std::size_t>(shards)) {
            const std::size_t begin = c * static_cast<std::size_t>(batchSize);
            const std::size_t end = std::min(rows.size(), begin + static_cast<std::size_t>(batchSize));
            const Matrix out = replicas[static_cast<std::size_t>(s)]->forward(data.gather(rows, begin, end), false);
            sums[static_cast<std::size_t>(s)] +=
                computeLoss(loss, out, targetsOf(data, rows, begin, end)).loss * static_cast<double>(end - begin);
        }
    });
    return std::accumulate(sums.begin(), sums.end(), 0.0) / static_cast<double>(rows.size());
}

} // namespace

TrainResult train(Network &net, const Dataset &data, LossKind loss, const TrainOptions &options,
                  const pipeline::JobContext &job)
{
    const auto started = std::chrono::steady_clock::now();
    TrainResult result;
    const int n = data.size();
    Rng rng(options.seed);

    // Validation fold: a seeded random subset.
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    int validationCount = 0;
    if (options.validationFraction > 0.0 && n >= 10)
        validationCount = std::max(1, static_cast<int>(std::lround(options.validationFraction * n)));
    std::vector<int> validation(order.begin(), order.begin() + validationCount);
    std::vector<int> training(order.begin() + validationCount, order.end());
    std::sort(validation.begin(), validation.end());

    const int threads = resolveThreads(options.threads);
    std::vector<std::unique_ptr<Network>> replicas;
    for (int s = 0; s < threads; ++s) {
        replicas.push_back(net.clone());
        replicas.back()->reseedDropout(options.seed + 1000003u * static_cast<std::uint64_t>(s + 1));
    }
    std::vector<ParamList> replicaParams;
    for (auto &r : replicas)
        replicaParams.push_back(r->params());
    const ParamList master = replicaParams[0];

    Adam adam({.learningRate = options.learningRate, .weightDecay = options.weightDecay});
    const int batchSize = std::max(1, options.batchSize);
    const std::size_t trainCount = training.size();
    std::vector<Matrix> best;
    double bestLoss = std::numeric_limits<double>::infinity();
    int sinceBest = 0;

    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        std::shuffle(training.begin(), training.end(), rng);
        double lossSum = 0.0;
        for (std::size_t begin = 0; begin < trainCount; begin += static_cast<std::size_t>(batchSize)) {
            job.throwIfCancelled();
            const std::size_t end = std::min(trainCount, begin + static_cast<std::size_t>(batchSize));
            const std::size_t size = end - begin;
            // Small batches are not worth a thread each.
            const int shards = static_cast<int>(
                std::min<std::size_t>(static_cast<std::size_t>(threads), std::max<std::size_t>(1, size / 32)));
            std::vector<double> shardLoss(static_cast<std::size_t>(shards), 0.0);
            runShards(shards, [&](int s) {
                const std::size_t b0 = begin + size * static_cast<std::size_t>(s) / static_cast<std::size_t>(shards);
                const std::size_t b1 =
                    begin + size * static_cast<std::size_t>(s + 1) / static_cast<std::size_t>(shards);
                Network &replica = *replicas[static_cast<std::size_t>(s)];
                zeroGradients(replicaParams[static_cast<std::size_t>(s)]);
                const Matrix out = replica.forward(data.gather(training, b0, b1), true);
                LossValue value = computeLoss(loss, out, targetsOf(data, training, b0, b1));
                // Shard losses are shard means; weight them into the batch mean.
                const double weight = static_cast<double>(b1 - b0) / static_cast<double>(size);
                replica.backward(value.gradient * weight);
                shardLoss[static_cast<std::size_t>(s)] = value.loss * static_cast<double>(b1 - b0);
            });
            for (int s = 1; s < shards; ++s)
                for (std::size_t p = 0; p < master.size(); ++p)
                    master[p]->grad += replicaParams[static_cast<std::size_t>(s)][p]->grad;
            result.lastGradientNorm = clipGradientNorm(master, options.clipNorm);
            adam.step(master);
            for (int s = 1; s < threads; ++s)
                for (std::size_t p = 0; p < master.size(); ++p)
                    replicaParams[static_cast<std::size_t>(s)][p]->value = master[p]->value;
            lossSum += std::accumulate(shardLoss.begin(), shardLoss.end(), 0.0);
            result.samplesSeen += static_cast<long>(size);
        }

        EpochRecord record;
        record.epoch = epoch;
        record.trainLoss = trainCount > 0 ? lossSum / static_cast<double>(trainCount) : 0.0;
        record.validationLoss = validation.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                   : evaluate(replicas, data, validation, loss, batchSize);
        result.history.push_back(record);
        job.emitEvent(QStringLiteral("epoch"), {{QStringLiteral("epoch"), epoch},
                                                {QStringLiteral("loss"), record.trainLoss},
                                                {QStringLiteral("val"), record.validationLoss}});
        job.setProgress(static_cast<double>(epoch) / options.epochs,
                        QCoreApplication::translate("NeuralTraining", "Epoch %1 of %2, loss %3")
                            .arg(epoch)
                            .arg(options.epochs)
                            .arg(record.trainLoss, 0, 'g', 4));

        const double monitored = validation.empty() ? record.trainLoss : record.validationLoss;
        if (monitored < bestLoss || best.empty()) {
            bestLoss = monitored;
            result.bestEpoch = epoch;
            sinceBest = 0;
            best.clear();
            for (const Param *p : master)
                best.push_back(p->value);
        } else if (!validation.empty() && ++sinceBest >= options.patience) {
            result.stoppedEarly = true;
            break;
        }
    }

    ParamList target = net.params();
    for (std::size_t p = 0; p < target.size() && p < best.size(); ++p)
        target[p]->value = best[p];
    result.bestValidationLoss = bestLoss;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

Matrix predictAll(const Network &net, const Dataset &data, int threads)
{
    const int n = data.size();
    std::vector<int> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    const int shards = std::max(1, std::min(resolveThreads(threads), n / 256 + 1));
    std::vector<std::unique_ptr<Network>> replicas;
    for (int s = 0; s < shards; ++s)
        replicas.push_back(net.clone());
    constexpr std::size_t chunk = 512;
    const std::size_t chunks = (rows.size() + chunk - 1) / chunk;
    std::vector<Matrix> outputs(chunks);
    runShards(shards, [&](int s) {
        for (std::size_t c = static_cast<std::size_t>(s); c < chunks; c += static_cast<std::size_t>(shards)) {
            const std::size_t begin = c * chunk;
            outputs[c] = replicas[static_cast<std::size_t>(s)]->forward(
                data.gather(rows, begin, std::min(rows.size(), begin + chunk)), false);
        }
    });
    if (outputs.empty())
        return {};
    Matrix all(outputs.front().rows(), n);
    for (std::size_t c = 0; c < chunks; ++c)
        all.middleCols(static_cast<Eigen::Index>(c * chunk), outputs[c].cols()) = outputs[c];
    return all;
}

} // namespace ltv::models::nn
