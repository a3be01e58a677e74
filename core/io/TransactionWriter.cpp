#include "io/TransactionWriter.h"

#include <string>

namespace ltv::io {

namespace {
constexpr const char *kColumns =
    "import_id, customer_id, day, amount_minor, quantity, invoice, product_id, is_return, source_line";
}

TransactionWriter::TransactionWriter(store::Database &db, std::int64_t importId, bool bulk)
    : db_(db)
    , importId_(importId)
    , bulk_(bulk)
{
    // The import id is the same for every row, so it is written into the statements once.
    const std::string id = std::to_string(importId);
    if (bulk_) {
        registerPendingRowsTable(db);
        insertPending_ = db.prepare(std::string("INSERT INTO transactions (") + kColumns + ") SELECT " + id +
                                    ", customer_id, day, amount_minor, quantity, invoice, product_id, is_return, "
                                    "source_line FROM ltv_pending_rows(?1)");
        pending_.reserve(RowBatchReader::kBatchRows);
    } else {
        insertOne_ =
            db.prepare(std::string("INSERT INTO transactions (") + kColumns + ") VALUES (" + id + ",?,?,?,?,?,?,?,?)");
        countSame_ = db.prepare("SELECT count(*), ifnull(sum(import_id = ?6), 0), min(CASE WHEN import_id <> ?6 "
                                "THEN id END) FROM transactions WHERE customer_id = ?1 AND day = ?2 AND "
                                "amount_minor = ?3 AND invoice = ?4 AND product_id = ?5");
    }
}

bool TransactionWriter::add(const RowBatch &batch, const BatchRow &row, const RowPlacement &placement)
{
    if (!bulk_)
        return insertChecked(batch, row);
    pending_.push_back({&batch, &row});
    lastRowId_ = placement.rowId;
    return true;
}

void TransactionWriter::flush()
{
    if (pending_.empty())
        return;
    insertPending_.bindPointer(1, &pending_, kPendingRowsType);
    insertPending_.execute();
    // SQLite numbers rows after the largest id (cheaper than binding it);
    // the identity table relies on knowing that number.
    if (db_.lastInsertRowId() != lastRowId_)
        throw store::SqlError("transactions were numbered unexpectedly", 0);
    pending_.clear();
}

bool TransactionWriter::insertChecked(const RowBatch &batch, const BatchRow &row)
{
    // The project holds occurrences 0 .. n-1 of each identity, n from earlier
    // imports. This file's k-th identical row is occurrence k, where k = rows
    // of it this import stored + rows of it this file repeated from earlier
    // imports; it is new exactly when k >= n.
    const std::string_view invoice = batch.view(row.invoice);
    countSame_.bind(1, row.customerId)
        .bind(2, static_cast<std::int64_t>(row.day))
        .bind(3, row.amountMinor)
        .bindText(4, invoice)
        .bind(5, row.productId)
        .bind(6, importId_);
    countSame_.step();
    const std::int64_t stored = countSame_.columnInt(0);
    const std::int64_t storedByThisImport = countSame_.columnInt(1);
    const std::int64_t firstStoredBefore = countSame_.isNull(2) ? 0 : countSame_.columnInt(2);
    countSame_.reset();
    const std::int64_t storedBefore = stored - storedByThisImport;
    std::int64_t occurrence = storedByThisImport;
    std::uint32_t *seen = nullptr;
    if (storedBefore > 0) {
        seen = &duplicatesSeen_[firstStoredBefore];
        occurrence += *seen;
    }
    if (occurrence < storedBefore) {
        ++*seen;
        return false;
    }
    insertOne_.bind(1, row.customerId)
        .bind(2, static_cast<std::int64_t>(row.day))
        .bind(3, row.amountMinor)
        .bind(4, row.quantity)
        .bindTextNoCopy(5, invoice)
        .bind(6, row.productId)
        .bind(7, row.isReturn ? 1 : 0)
        .bind(8, row.line);
    insertOne_.execute();
    return true;
}

} // namespace ltv::io
