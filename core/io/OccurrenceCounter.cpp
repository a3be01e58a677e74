#include "io/OccurrenceCounter.h"

namespace ltv::io {

std::uint64_t mixHash(std::uint64_t hash, std::uint64_t value)
{
    // splitmix64 finaliser over the combination.
    std::uint64_t z = hash ^ (value + 0x9E3779B97F4A7C15ULL + (hash << 6) + (hash >> 2));
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

void OccurrenceCounter::grow()
{
    const std::size_t capacity = keys_.empty() ? 1024 : keys_.size() * 2;
    std::vector<std::uint64_t> oldKeys(capacity, 0);
    std::vector<std::uint32_t> oldCounts(capacity, 0);
    oldKeys.swap(keys_);
    oldCounts.swap(counts_);
    const std::size_t mask = capacity - 1;
    for (std::size_t i = 0; i < oldKeys.size(); ++i) {
        if (oldKeys[i] == 0)
            continue;
        std::size_t slot = oldKeys[i] & mask;
        while (keys_[slot] != 0)
            slot = (slot + 1) & mask;
        keys_[slot] = oldKeys[i];
        counts_[slot] = oldCounts[i];
    }
}

std::uint32_t OccurrenceCounter::next(std::uint64_t key)
{
    if (key == 0)
        key = 1; // 0 marks an empty slot
    if ((size_ + 1) * 10 > keys_.size() * 7)
        grow();
    const std::size_t mask = keys_.size() - 1;
    std::size_t slot = key & mask;
    while (keys_[slot] != 0 && keys_[slot] != key)
        slot = (slot + 1) & mask;
    if (keys_[slot] == 0) {
        keys_[slot] = key;
        ++size_;
    }
    return counts_[slot]++;
}

} // namespace ltv::io
