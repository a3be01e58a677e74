#pragma once
// A counter per stored row id, in a flat open-addressing table: about
// 16 bytes per counted id where a hash map node costs several times that.
// Used to count, per identity (named by its first stored row), the rows of
// an import that repeated it.

#include <cstdint>
#include <vector>

namespace ltv::io {

class RowIdCounter
{
public:
    // The count of rowId (> 0), created at 0.
    std::uint32_t &operator[](std::int64_t rowId);
    std::size_t size() const { return used_; }

private:
    void grow();

    std::vector<std::int64_t> ids_; // 0: empty
    std::vector<std::uint32_t> counts_;
    std::size_t used_ = 0;
};

} // namespace ltv::io
