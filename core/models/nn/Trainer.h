#pragma once
// Mini-batch training of a Network with Adam, gradient clipping and early
// stopping on a validation fold. Each mini-batch is split into one shard per
// thread; every thread runs forward/backward on its own replica of the
// network and the shard gradients are summed in a fixed order, so results
// depend only on the seed and the thread count.

#include "models/nn/Losses.h"
#include "models/nn/Network.h"
#include "pipeline/JobContext.h"

#include <functional>

namespace ltv::models::nn {

enum class LossKind { MeanSquaredError, BinaryCrossEntropy, ZeroInflatedLognormal };

// Training samples: static features (features x N), sequences stored
// sample-major (channels x N*steps, column n*steps + t), masks (steps x N).
struct Dataset
{
    Matrix features;
    Matrix sequence;
    Matrix mask;
    int steps = 0;
    Vector target;

    int size() const { return static_cast<int>(target.size()); }
    // The samples rows[begin, end) as a batch in the layout the networks expect.
    Batch gather(const std::vector<int> &rows, std::size_t begin, std::size_t end) const;
};

struct TrainOptions
{
    int epochs = 30;
    int batchSize = 256;
    double learningRate = 1e-3;
    double weightDecay = 1e-4;
    double clipNorm = 5.0;
    int patience = 5;                // epochs without validation improvement before stopping
    double validationFraction = 0.2; // 0 disables early stopping
    std::uint64_t seed = 42;
    int threads = 0; // 0: one per core (at most 8)
};

struct EpochRecord
{
    int epoch = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0; // NaN without a validation fold
};

struct TrainResult
{
    std::vector<EpochRecord> history;
    int bestEpoch = 0;
    double bestValidationLoss = 0.0;
    bool stoppedEarly = false;
    double seconds = 0.0;
    long samplesSeen = 0;
    double lastGradientNorm = 0.0; // before clipping
};

LossValue computeLoss(LossKind kind, const Matrix &output, const Vector &target);
int resolveThreads(int requested);

// Trains net in place; on return it holds the parameters of the best
// validation epoch. Emits "epoch" events {epoch, loss, val} and checks for
// cancellation before every mini-batch.
TrainResult train(Network &net, const Dataset &data, LossKind loss, const TrainOptions &options,
                  const pipeline::JobContext &job);

// Inference in chunks, in parallel over chunks (results do not depend on the thread count).
Matrix predictAll(const Network &net, const Dataset &data, int threads);

} // namespace ltv::models::nn
