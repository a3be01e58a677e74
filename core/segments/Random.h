#pragma once
// A small seeded generator with a fully specified output sequence (SplitMix64),
// so clustering and sampling give the same result on every platform; the
// standard distributions are implementation-defined.

#include "features/SplitMix64.h"

#include <cstdint>

namespace ltv::segments {

class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : state_(seed)
    {}

    std::uint64_t next() { return splitMix64Next(state_); }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, n), n > 0.
    std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>(uniform() * static_cast<double>(n)) % n; }

private:
    std::uint64_t state_;
};

} // namespace ltv::segments
