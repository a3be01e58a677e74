#pragma once
// ltv_pending_rows(P): an SQLite table-valued function over rows parsed but
// not stored yet, so that one INSERT ... SELECT stores a whole batch. SQLite
// reads each value straight from the batch instead of from a bound statement
// parameter, which saves a parameter copy per value.

#include "io/RowBatchReader.h"

#include <cstdint>
#include <vector>

namespace ltv::store {
class Database;
}

namespace ltv::io {

struct PendingRow
{
    const RowBatch *batch = nullptr;
    const BatchRow *row = nullptr;
};

// The pointer type a std::vector<PendingRow> is bound with (Statement::bindPointer).
inline constexpr const char *kPendingRowsType = "ltv_pending_rows";

// Makes ltv_pending_rows available on the connection. Its columns:
// customer_id, day, amount_minor, quantity, invoice, product_id, is_return,
// source_line.
void registerPendingRowsTable(store::Database &db);

} // namespace ltv::io
