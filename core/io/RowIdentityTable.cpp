#include "io/RowIdentityTable.h"

#include "features/SplitMix64.h"

#include <cstring>
#include <stdexcept>

namespace ltv::io {

namespace {

constexpr int kCountBits = 2;
constexpr std::int64_t kCountMax = (std::int64_t{1} << kCountBits) - 1; // marks counts kept in the overflow map
constexpr int kStoredShift = 32;
constexpr int kSeenShift = kStoredShift + kCountBits;
constexpr std::uint64_t kRowIdMask = static_cast<std::uint64_t>(RowIdentityTable::kMaxRowId);

std::int64_t rowIdOf(std::uint64_t slot)
{
    return static_cast<std::int64_t>(slot & kRowIdMask);
}

std::uint64_t combine(std::uint64_t h, std::uint64_t value)
{
    return splitMix64Mix(h ^ (value + kSplitMix64Increment + (h << 6) + (h >> 2)));
}

} // namespace

std::uint64_t rowIdentityHash(std::int64_t customerId, std::int64_t day, std::int64_t amountMinor,
                              std::string_view invoice, std::int64_t productId)
{
    std::uint64_t h = combine(0x243f6a8885a308d3ULL, static_cast<std::uint64_t>(customerId));
    h = combine(h, static_cast<std::uint64_t>(day));
    h = combine(h, static_cast<std::uint64_t>(amountMinor));
    h = combine(h, static_cast<std::uint64_t>(productId));
    h = combine(h, invoice.size());
    while (invoice.size() >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, invoice.data(), 8);
        h = combine(h, word);
        invoice.remove_prefix(8);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, invoice.data(), invoice.size());
    return combine(h, tail);
}

RowIdentityTable::RowIdentityTable(std::size_t expectedIdentities)
{
    // Linear probing stays fast below 3/4 full.
    slots_.resize(std::max<std::size_t>(64, expectedIdentities + expectedIdentities / 3 + 1));
}

std::size_t RowIdentityTable::find(std::uint64_t hash, const SameIdentity &same) const
{
    const std::uint64_t tag = tagOf(hash);
    const std::size_t size = slots_.size();
    for (std::size_t i = home(tag);; i = i + 1 == size ? 0 : i + 1) {
        const Slot slot = slots_[i];
        if (slot == 0 || ((slot >> kTagShift) == tag && same(rowIdOf(slot))))
            return i;
    }
}

RowIdentityTable::Counts RowIdentityTable::counts(Slot slot) const
{
    const auto stored = static_cast<std::int64_t>((slot >> kStoredShift) & kCountMax);
    const auto seen = static_cast<std::int64_t>((slot >> kSeenShift) & kCountMax);
    if (stored == kCountMax)
        return overflow_.at(rowIdOf(slot));
    return {stored, seen};
}

void RowIdentityTable::set(Slot &slot, std::uint64_t tag, std::int64_t rowId, Counts c)
{
    if (rowId < 1 || rowId > kMaxRowId)
        throw std::out_of_range("row id out of the identity table's range");
    std::int64_t stored = c.stored, seen = c.seen;
    // A slot whose stored count reads kCountMax keeps its counts in the side map for good.
    const bool overflowed = slot != 0 && ((slot >> kStoredShift) & kCountMax) == kCountMax;
    if (stored >= kCountMax || seen >= kCountMax || overflowed) {
        overflow_[rowId] = c;
        stored = kCountMax;
        seen = 0;
    }
    slot = (tag << kTagShift) | (static_cast<std::uint64_t>(seen) << kSeenShift) |
           (static_cast<std::uint64_t>(stored) << kStoredShift) | static_cast<std::uint64_t>(rowId);
}

void RowIdentityTable::insert(std::size_t index, std::uint64_t hash, std::int64_t rowId, Counts c)
{
    set(slots_[index], tagOf(hash), rowId, c);
    ++used_;
    if (used_ * 4 > slots_.size() * 3)
        grow();
}

void RowIdentityTable::grow()
{
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t size = slots_.size();
    for (const Slot slot : old) {
        if (slot == 0)
            continue;
        std::size_t i = home(slot >> kTagShift);
        while (slots_[i] != 0)
            i = i + 1 == size ? 0 : i + 1;
        slots_[i] = slot;
    }
}

void RowIdentityTable::addStored(std::uint64_t hash, std::int64_t rowId, std::int64_t occurrence,
                                 const SameIdentity &same)
{
    const std::size_t i = find(hash, same);
    if (slots_[i] == 0) {
        insert(i, hash, rowId, {occurrence + 1, 0});
        return;
    }
    Counts c = counts(slots_[i]);
    c.stored = std::max(c.stored, occurrence + 1);
    set(slots_[i], tagOf(hash), rowIdOf(slots_[i]), c);
}

void RowIdentityTable::addStoredRow(std::uint64_t hash, std::int64_t rowId, const SameIdentity &same)
{
    const std::size_t i = find(hash, same);
    if (slots_[i] == 0) {
        insert(i, hash, rowId, {1, 0});
        return;
    }
    Counts c = counts(slots_[i]);
    ++c.stored;
    set(slots_[i], tagOf(hash), rowIdOf(slots_[i]), c);
}

RowIdentityTable::Verdict RowIdentityTable::addFileRow(std::uint64_t hash, std::int64_t rowId, const SameIdentity &same)
{
    const std::size_t i = find(hash, same);
    if (slots_[i] == 0) { // a new identity: this row will be stored as its first occurrence
        insert(i, hash, rowId, {1, 1});
        return {0, false};
    }
    Counts c = counts(slots_[i]);
    // The project stores occurrences 0 .. stored-1 of every identity (each
    // import stores or matches them in order), so the seen-th one is new
    // exactly when seen >= stored.
    const Verdict verdict{c.seen, c.seen < c.stored};
    ++c.seen;
    if (!verdict.duplicate)
        c.stored = c.seen;
    set(slots_[i], tagOf(hash), rowIdOf(slots_[i]), c);
    return verdict;
}

} // namespace ltv::io
