#pragma once
// Activity sequences for the CNN/GRU models (see Sequences in FeatureMatrix.h).
//
// Per customer, L periods of the chosen unit ending at asOf: period k back
// (k = 0 is the latest) covers days d with floor((asOf - d) / unitDays) = k and
// sits at position t = L - 1 - k, so sequences are aligned at the right and
// left-padded. The mask is 1 from the period of the customer's first purchase
// on (and everywhere when the history is longer than L), 0 for padding.
// Channels: orders (distinct order ids of purchase lines, lines without an
// order count once per day), revenue (net: purchases minus returns), items
// (quantity of purchase lines), returns (return lines). Only lines on or
// before asOf are read.

#include "features/FeatureMatrix.h"
#include "features/TransactionSet.h"

#include <vector>

namespace ltv::pipeline {
class JobContext;
}

namespace ltv::features {

struct SequenceOptions
{
    TimeUnit period = TimeUnit::Month;
    int length = 12;
    QString describe() const;
};

Sequences buildSequences(const TransactionSet &set, const std::vector<std::int32_t> &customers, Day asOf,
                         const SequenceOptions &options = {});
Sequences buildSequences(const TransactionSet &set, const std::vector<std::int32_t> &customers, Day asOf,
                         const SequenceOptions &options, const pipeline::JobContext &job);

// The sequences of the given rows, in that order.
Sequences selectRows(const Sequences &sequences, const std::vector<std::size_t> &rows);

// Per-channel standardisation fitted on training sequences only (masked
// periods only), then applied unchanged to validation/test/prediction data.
// With logTransform, values are first mapped to sign(v) * log(1 + |v|).
struct SequenceNormalizer
{
    bool logTransform = true;
    std::vector<float> mean;  // per channel
    std::vector<float> scale; // per channel standard deviation (1 when 0)

    static SequenceNormalizer fit(const Sequences &training, bool logTransform = true);
    // Transforms the masked periods in place; padding stays 0. Throws
    // std::invalid_argument when the channel count differs.
    void apply(Sequences &sequences) const;
    QString describe() const;
};

} // namespace ltv::features
