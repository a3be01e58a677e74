#pragma once
// A small seeded generator with a fully specified output sequence (SplitMix64),
// so clustering and sampling give the same result on every platform; the
// standard distributions are implementation-defined.

#include <cstdint>

namespace ltv::segments {

class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : state_(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, n), n > 0.
    std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>(uniform() * static_cast<double>(n)) % n; }

private:
    std::uint64_t state_;
};

} // namespace ltv::segments
