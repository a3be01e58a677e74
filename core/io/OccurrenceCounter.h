#pragma once
// Counts how often each row identity occurred so far within one file, so
// that the k-th identical row gets occurrence k. Open addressing over 64-bit
// key hashes keeps it at ~12 bytes per distinct row.

#include <cstdint>
#include <vector>

namespace ltv::io {

class OccurrenceCounter
{
public:
    // Returns how many times key was seen before, and counts this time.
    std::uint32_t next(std::uint64_t key);
    std::size_t size() const { return size_; }

private:
    void grow();
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> counts_;
    std::size_t size_ = 0;
};

// 64-bit mixing of a value into a running hash.
std::uint64_t mixHash(std::uint64_t hash, std::uint64_t value);

} // namespace ltv::io
