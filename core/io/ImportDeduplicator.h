#pragma once
// Finds the rows of a transaction import that the project already holds.
// A row's identity is (customer, day, amount, invoice, product) plus its
// occurrence: the number of identical rows before it in the same file. The
// project holds occurrences 0 .. n-1 of each identity (every import adds the
// ones after those stored), so a row is a duplicate when the project holds
// more rows of its identity than its occurrence.
//
// A large import into a project that holds at most a few times as many rows
// as the file (kMaxStoredRowsPerFileRow) drops the (customer, day) index, finds duplicates in memory (RowIdentityTable,
// seeded with the stored rows) and builds the index again once at the end:
// sorting once is far cheaper than keeping an index ordered row by row.
// Into an empty project no row can be a duplicate, so no table is needed.
// Small imports into large projects keep the index and look up each row's
// identity through it (see TransactionWriter).

#include "io/ImportLayout.h"
#include "io/RowBatchReader.h"
#include "io/RowIdentityTable.h"
#include "store/Sqlite.h"

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ltv::io {

struct RowIdentity
{
    std::int64_t customerId = 0;
    std::int64_t day = 0;
    std::int64_t amountMinor = 0;
    std::int64_t productId = 0;
    std::string_view invoice;
    std::uint64_t hash = 0; // rowIdentityHash() of the above
};

struct RowPlacement
{
    std::int64_t rowId = 0; // the id SQLite gives the row (the next after the largest); 0 when not known
    std::int64_t occurrence = 0;
    bool duplicate = false;
};

class ImportDeduplicator
{
public:
    // Beyond this many identities (stored rows + the file's estimated rows)
    // the index is kept, so that the in-memory table stays under 128 MiB.
    static constexpr std::int64_t kMaxInMemoryIdentities = 12'000'000;
    // The in-memory table is used while the project holds at most this many
    // times the file's estimated rows: reading the stored rows and building
    // the index again cost far less per stored row than looking a file row up
    // through the index costs per file row.
    static constexpr std::int64_t kMaxStoredRowsPerFileRow = 4;

    // Chooses the strategy, and with the in-memory one drops the identity
    // index and reads the stored rows. Runs inside the import's transaction.
    ImportDeduplicator(store::Database &db, const ImportLayout &layout);

    // True when duplicates are found in memory and the index is rebuilt by finish().
    bool rebuildsIndex() const { return bulk_; }
    // True when placeBatch() looks rows up by their identityHash.
    bool needsIdentityHashes() const { return table_.has_value(); }

    // Places each parsed row of the batch, assuming every row that is not a
    // duplicate is then inserted in order. With the index kept, every row is
    // a candidate with occurrence 0 and its insert finds duplicates.
    void placeBatch(const RowBatch &batch, std::vector<RowPlacement> &placements);

    // Builds the (customer, day) index again after the bulk insert.
    void finish();

private:
    bool storedRowHas(std::int64_t rowId, const RowIdentity &identity);

    store::Database &db_;
    std::string indexSql_;
    bool bulk_ = false;
    // Without rows in the project there is nothing to look up, and no table.
    std::optional<RowIdentityTable> table_;
    RowIdentityTable::SameIdentity same_;
    store::Statement verify_;
    const RowIdentity *current_ = nullptr;
    std::int64_t nextRowId_ = 1;
    // Identities of the rows placed in the current batch, from row id firstPending_ on.
    std::vector<RowIdentity> pending_;
    std::int64_t firstPending_ = std::numeric_limits<std::int64_t>::max();
};

// Data lines the file probably holds, from the sample's average line length.
std::int64_t estimatedRows(const ImportLayout &layout);

} // namespace ltv::io
