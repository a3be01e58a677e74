#include "models/btyd/RowGrouping.h"

#include "features/SplitMix64.h"

#include <algorithm>
#include <array>
#include <bit>

namespace ltv::models::btyd {
namespace {

constexpr int kMaxWidth = 3;
constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

using Key = std::array<double, kMaxWidth>;

Key keyOf(const double *const *columns, int width, std::size_t row)
{
    Key key{0.0, 0.0, 0.0};
    for (int c = 0; c < width; ++c)
        key[c] = columns[c][row] + 0.0; // -0.0 + 0.0 is +0.0: one bit pattern per value
    return key;
}

std::uint64_t hashOf(const Key &key, int width)
{
    // splitmix64's finaliser after each column: double keys differ mostly in
    // their high bits, and the table is indexed by the low ones.
    std::uint64_t h = kSplitMix64Increment;
    for (int c = 0; c < width; ++c)
        h = splitMix64Mix(h ^ std::bit_cast<std::uint64_t>(key[c]));
    return h;
}

} // namespace

RowGroups groupIdenticalRows(const double *const *columns, int width, std::size_t rows)
{
    width = std::clamp(width, 1, kMaxWidth);
    // Open addressing with linear probing. Slots hold the key itself, so a
    // lookup touches one cache line; the table doubles when half full.
    struct Slot
    {
        Key key;
        std::uint32_t group;
    };
    RowGroups out;
    out.groupOfRow.resize(rows);
    std::size_t capacity = 1024;
    std::vector<Slot> slots(capacity, Slot{{}, kEmpty});
    std::vector<Key> keys; // group -> key, for rehashing and ordering
    auto place = [&](const Key &key, std::uint32_t group) {
        std::size_t s = hashOf(key, width) & (capacity - 1);
        while (slots[s].group != kEmpty)
            s = (s + 1) & (capacity - 1);
        slots[s] = {key, group};
    };
    for (std::size_t i = 0; i < rows; ++i) {
        const Key key = keyOf(columns, width, i);
        std::size_t s = hashOf(key, width) & (capacity - 1);
        while (slots[s].group != kEmpty && slots[s].key != key)
            s = (s + 1) & (capacity - 1);
        std::uint32_t group = slots[s].group;
        if (group == kEmpty) {
            group = static_cast<std::uint32_t>(keys.size());
            keys.push_back(key);
            out.count.push_back(0.0);
            out.firstRow.push_back(static_cast<std::uint32_t>(i));
            slots[s] = {key, group};
            if (2 * keys.size() > capacity) {
                capacity *= 2;
                slots.assign(capacity, Slot{{}, kEmpty});
                for (std::uint32_t g = 0; g < keys.size(); ++g)
                    place(keys[g], g);
            }
        }
        out.count[group] += 1.0;
        out.groupOfRow[i] = group;
    }

    // Renumber the groups in key order, sorting contiguous (key, group) records.
    std::vector<Slot> sorted(keys.size());
    for (std::uint32_t g = 0; g < keys.size(); ++g)
        sorted[g] = {keys[g], g};
    std::sort(sorted.begin(), sorted.end(), [](const Slot &a, const Slot &b) { return a.key < b.key; });
    std::vector<std::uint32_t> rank(keys.size());
    std::vector<std::uint32_t> firstRow(keys.size());
    std::vector<double> count(keys.size());
    for (std::uint32_t k = 0; k < sorted.size(); ++k) {
        const std::uint32_t g = sorted[k].group;
        rank[g] = k;
        firstRow[k] = out.firstRow[g];
        count[k] = out.count[g];
    }
    out.firstRow = std::move(firstRow);
    out.count = std::move(count);
    for (std::uint32_t &g : out.groupOfRow)
        g = rank[g];
    return out;
}

} // namespace ltv::models::btyd
