#pragma once
// Duplicate detection for a bulk import without a database index: counts,
// per row identity, how many rows the project already stores and how many
// rows of the file being imported came before. An identity takes one 64-bit
// slot: 28 bits of its hash, the id of one stored row that has it, and both
// counts (larger counts move to a side map); with the table at most 3/4 full
// that is under 11 bytes per identity. Rows whose 28 hash bits match are
// compared with that stored row, so a hash collision never merges two
// identities, and with 28 bits such comparisons of different rows are rare.

#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ltv::io {

class RowIdentityTable
{
public:
    // Whether the stored row with this id has the identity being looked up.
    using SameIdentity = std::function<bool(std::int64_t rowId)>;

    // Row ids must stay below 2^32.
    static constexpr std::int64_t kMaxRowId = (std::int64_t{1} << 32) - 1;

    explicit RowIdentityTable(std::size_t expectedIdentities);

    // A stored row: the occurrence-th repetition of its identity in its source file.
    void addStored(std::uint64_t hash, std::int64_t rowId, std::int64_t occurrence, const SameIdentity &same);
    // A stored row, counted: the project holds occurrences 0 .. n-1 of each
    // identity, so counting its rows gives the same as addStored() with each
    // row's occurrence.
    void addStoredRow(std::uint64_t hash, std::int64_t rowId, const SameIdentity &same);

    struct Verdict
    {
        std::int64_t occurrence = 0; // identical rows before this one in the file
        bool duplicate = false;      // the project already stores this occurrence
    };
    // A row of the file being imported; rowId is the id it gets when stored.
    Verdict addFileRow(std::uint64_t hash, std::int64_t rowId, const SameIdentity &same);

    // Starts loading the slot a later call with this hash reads first.
    void prefetch(std::uint64_t hash) const { __builtin_prefetch(&slots_[home(tagOf(hash))]); }

    std::size_t identities() const { return used_; }
    std::size_t memoryBytes() const { return slots_.capacity() * sizeof(Slot); }

private:
    // hash tag (28 bits) | file count (2) | stored count (2) | row id (32); 0: empty
    using Slot = std::uint64_t;
    static constexpr int kTagShift = 36;
    static std::uint64_t tagOf(std::uint64_t hash) { return hash >> kTagShift; }
    // Where a tag's probe starts: the tags spread evenly over any table size.
    std::size_t home(std::uint64_t tag) const { return static_cast<std::size_t>((tag * slots_.size()) >> 28); }

    struct Counts
    {
        std::int64_t stored = 0;
        std::int64_t seen = 0;
    };
    // The slot holding this identity, or the empty slot where it belongs.
    std::size_t find(std::uint64_t hash, const SameIdentity &same) const;
    Counts counts(Slot slot) const;
    void set(Slot &slot, std::uint64_t tag, std::int64_t rowId, Counts counts);
    void insert(std::size_t index, std::uint64_t hash, std::int64_t rowId, Counts counts);
    void grow();

    std::vector<Slot> slots_;
    std::size_t used_ = 0;
    // Counts too large for 12 bits, by row id.
    std::unordered_map<std::int64_t, Counts> overflow_;
};

// The hash of a transaction's identity (customer, day, amount, invoice, product).
std::uint64_t rowIdentityHash(std::int64_t customerId, std::int64_t day, std::int64_t amountMinor,
                              std::string_view invoice, std::int64_t productId);

} // namespace ltv::io
