#include "models/btyd/RowGrouping.h"

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

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

std::uint64_t hashOf(const Key &key)
{
    // splitmix64's finaliser after each column: double keys differ mostly in
    // their high bits, and the table is indexed by the low ones.
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    for (double v : key) {
        h ^= std::bit_cast<std::uint64_t>(v);
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBull;
        h ^= h >> 31;
    }
    return h;
}

} // namespace

RowGroups groupIdenticalRows(const double *const *columns, int width, std::size_t rows)
{
    width = std::clamp(width, 1, kMaxWidth);
    // Open addressing with linear probing; slots hold first-seen group ids and
    // the table doubles whenever it is half full.
    std::vector<Key> keys;
    std::vector<double> counts;
    std::vector<std::uint32_t> firstRow;
    std::vector<std::uint32_t> provisional(rows);
    std::size_t capacity = 1024;
    std::vector<std::uint32_t> slots(capacity, kEmpty);
    auto insertSlot = [&](std::uint32_t group) {
        std::size_t s = hashOf(keys[group]) & (capacity - 1);
        while (slots[s] != kEmpty)
            s = (s + 1) & (capacity - 1);
        slots[s] = group;
    };
    for (std::size_t i = 0; i < rows; ++i) {
        const Key key = keyOf(columns, width, i);
        std::size_t s = hashOf(key) & (capacity - 1);
        std::uint32_t group = kEmpty;
        while (slots[s] != kEmpty) {
            if (keys[slots[s]] == key) {
                group = slots[s];
                break;
            }
            s = (s + 1) & (capacity - 1);
        }
        if (group == kEmpty) {
            group = static_cast<std::uint32_t>(keys.size());
            keys.push_back(key);
            counts.push_back(0.0);
            firstRow.push_back(static_cast<std::uint32_t>(i));
            slots[s] = group;
            if (2 * keys.size() > capacity) {
                capacity *= 2;
                slots.assign(capacity, kEmpty);
                for (std::uint32_t g = 0; g < keys.size(); ++g)
                    insertSlot(g);
            }
        }
        counts[group] += 1.0;
        provisional[i] = group;
    }

    // Order the groups by key so the result is independent of the row order.
    std::vector<std::uint32_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    std::vector<std::uint32_t> rank(keys.size());
    RowGroups out;
    out.firstRow.resize(keys.size());
    out.count.resize(keys.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) {
        rank[order[k]] = k;
        out.firstRow[k] = firstRow[order[k]];
        out.count[k] = counts[order[k]];
    }
    out.groupOfRow.resize(rows);
    for (std::size_t i = 0; i < rows; ++i)
        out.groupOfRow[i] = rank[provisional[i]];
    return out;
}

} // namespace ltv::models::btyd
