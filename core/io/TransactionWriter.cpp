#include "io/TransactionWriter.h"

namespace ltv::io {

namespace {
std::string insertSql(int rows)
{
    std::string sql = "INSERT INTO transactions (import_id, customer_id, day, amount_minor, quantity, invoice, product_id, is_return, "
           "occurrence, source_line) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? "(?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?)";
    return sql;
}
} // namespace

TransactionWriter::TransactionWriter(store::Database &db, std::int64_t importId, bool bulk)
    : db_(db)
    , importId_(importId)
    , bulk_(bulk)
    , insertOne_(db.prepare(insertSql(1)))
{
    if (bulk_) {
        insertMany_ = db.prepare(insertSql(kRowsPerStatement));
        waiting_.reserve(kRowsPerStatement);
    } else {
        countSame_ = db.prepare("SELECT count(*), ifnull(sum(import_id = ?6), 0) FROM transactions WHERE customer_id = ?1 AND "
                                "day = ?2 AND amount_minor = ?3 AND invoice = ?4 AND product_id = ?5");
    }
}

void TransactionWriter::bindRow(store::Statement &s, int first, const RowBatch &batch, const BatchRow &row,
                                std::int64_t occurrence)
{
    // The batch outlives the statement's step, so its text need not be copied.
    s.bind(first, importId_)
        .bind(first + 1, row.customerId)
        .bind(first + 2, static_cast<std::int64_t>(row.day))
        .bind(first + 3, row.amountMinor)
        .bind(first + 4, row.quantity)
        .bindTextNoCopy(first + 5, batch.view(row.invoice))
        .bind(first + 6, row.productId)
        .bind(first + 7, row.isReturn ? 1 : 0)
        .bind(first + 8, occurrence)
        .bind(first + 9, row.line);
}

bool TransactionWriter::add(const RowBatch &batch, const BatchRow &row, const RowPlacement &placement)
{
    if (!bulk_)
        return insertChecked(batch, row);
    waiting_.push_back({&batch, &row, placement});
    if (waiting_.size() == kRowsPerStatement) {
        for (int r = 0; r < kRowsPerStatement; ++r) {
            const Waiting &w = waiting_[static_cast<std::size_t>(r)];
            bindRow(insertMany_, 1 + r * kColumns, *w.batch, *w.row, w.placement.occurrence);
        }
        insertMany_.execute();
        // SQLite numbers rows after the largest id (cheaper than binding it);
        // the identity table relies on knowing that number.
        if (db_.lastInsertRowId() != waiting_.back().placement.rowId)
            throw store::SqlError("transactions were numbered unexpectedly", 0);
        waiting_.clear();
    }
    return true;
}

void TransactionWriter::flush()
{
    for (const Waiting &w : waiting_)
        insertOne(*w.batch, *w.row, w.placement);
    waiting_.clear();
}

void TransactionWriter::insertOne(const RowBatch &batch, const BatchRow &row, const RowPlacement &placement)
{
    bindRow(insertOne_, 1, batch, row, placement.occurrence);
    insertOne_.execute();
    if (db_.lastInsertRowId() != placement.rowId)
        throw store::SqlError("transactions were numbered unexpectedly", 0);
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
    countSame_.reset();
    const std::int64_t storedBefore = stored - storedByThisImport;
    std::int64_t occurrence = storedByThisImport;
    std::int64_t *seen = nullptr;
    if (storedBefore > 0) {
        std::string key = std::to_string(row.customerId) + '|' + std::to_string(row.day) + '|' +
                          std::to_string(row.amountMinor) + '|' + std::to_string(row.productId) + '|';
        key.append(invoice);
        seen = &duplicatesSeen_[key];
        occurrence += *seen;
    }
    if (occurrence < storedBefore) {
        ++*seen;
        return false;
    }
    bindRow(insertOne_, 1, batch, row, occurrence);
    insertOne_.execute();
    return true;
}

} // namespace ltv::io
