#pragma once
// SplitMix64 (Steele, Lea and Flood, 2014): a fully specified 64-bit mixer
// and generator, so seeded splits and samples and the hashes built on it are
// the same on every platform (the standard distributions are not).

#include <cstdint>

namespace ltv {

// Added to the state per step; also a handy odd seed for hashes.
inline constexpr std::uint64_t kSplitMix64Increment = 0x9e3779b97f4a7c15ULL;

// The finaliser: every input bit affects every output bit.
constexpr std::uint64_t splitMix64Mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Advances the generator's state and returns its next output.
constexpr std::uint64_t splitMix64Next(std::uint64_t &state)
{
    return splitMix64Mix(state += kSplitMix64Increment);
}

} // namespace ltv
