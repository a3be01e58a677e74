#pragma once
// Writes an import's transaction rows. In bulk mode (the (customer, day)
// index is dropped and duplicates were found in memory) a batch's rows wait
// until flush() and are stored by one INSERT ... SELECT from
// ltv_pending_rows (PendingRowsTable); otherwise each row first looks up the
// stored rows with its identity through the index, and is inserted only when
// the project does not hold its occurrence yet.

#include "io/ImportDeduplicator.h"
#include "io/PendingRowsTable.h"
#include "io/RowBatchReader.h"
#include "io/RowIdCounter.h"
#include "store/Sqlite.h"

#include <vector>

namespace ltv::io {

class TransactionWriter
{
public:
    TransactionWriter(store::Database &db, std::int64_t importId, bool bulk);

    // Stores a row that is not a known duplicate. Returns false when the
    // project already holds it (only without bulk mode). In bulk mode the
    // row waits in the batch until flush().
    bool add(const RowBatch &batch, const BatchRow &row, const RowPlacement &placement);
    // Writes the rows still waiting; call before the batch goes away.
    void flush();

private:
    bool insertChecked(const RowBatch &batch, const BatchRow &row);

    store::Database &db_;
    std::int64_t importId_;
    bool bulk_;
    store::Statement insertOne_;
    store::Statement insertPending_;
    std::vector<PendingRow> pending_;
    // The id SQLite gives the last waiting row (the next after the largest).
    std::int64_t lastRowId_ = 0;
    // Without bulk mode: stored rows with a given identity (all, this
    // import's, and the first from an earlier import), and per identity,
    // named by that first row, how many rows of this file repeated it.
    store::Statement countSame_;
    RowIdCounter duplicatesSeen_;
};

} // namespace ltv::io
