#include "io/RowIdCounter.h"

#include <bit>
#include <stdexcept>

namespace ltv::io {

namespace {
// The table size is a power of two; Fibonacci hashing spreads consecutive ids over it.
std::size_t slotOf(std::int64_t id, std::size_t size)
{
    const std::uint64_t mixed = static_cast<std::uint64_t>(id) * 0x9e3779b97f4a7c15ULL;
    return static_cast<std::size_t>(mixed >> (64 - std::countr_zero(size)));
}
} // namespace

std::uint32_t &RowIdCounter::operator[](std::int64_t rowId)
{
    if (rowId <= 0)
        throw std::invalid_argument("row ids are positive");
    if ((used_ + 1) * 4 > ids_.size() * 3)
        grow();
    const std::size_t size = ids_.size();
    std::size_t i = slotOf(rowId, size);
    while (ids_[i] != 0 && ids_[i] != rowId)
        i = (i + 1) & (size - 1);
    if (ids_[i] == 0) {
        ids_[i] = rowId;
        ++used_;
    }
    return counts_[i];
}

void RowIdCounter::grow()
{
    std::vector<std::int64_t> oldIds(std::max<std::size_t>(64, ids_.size() * 2), 0);
    std::vector<std::uint32_t> oldCounts(oldIds.size(), 0);
    oldIds.swap(ids_);
    oldCounts.swap(counts_);
    const std::size_t size = ids_.size();
    for (std::size_t j = 0; j < oldIds.size(); ++j) {
        if (oldIds[j] == 0)
            continue;
        std::size_t i = slotOf(oldIds[j], size);
        while (ids_[i] != 0)
            i = (i + 1) & (size - 1);
        ids_[i] = oldIds[j];
        counts_[i] = oldCounts[j];
    }
}

} // namespace ltv::io
