#include "io/ImportDeduplicator.h"

#include <array>

namespace ltv::io {

std::int64_t estimatedRows(const ImportLayout &layout)
{
    std::size_t bytes = 0;
    for (const auto &row : layout.sampleRows) {
        bytes += row.size() + 1; // delimiters and the line end
        for (const std::string &field : row)
            bytes += field.size();
    }
    if (layout.sampleRows.empty() || bytes == 0)
        return 0;
    return layout.fileSize / std::max<qint64>(1, static_cast<qint64>(bytes / layout.sampleRows.size()));
}

ImportDeduplicator::ImportDeduplicator(store::Database &db, const ImportLayout &layout)
    : db_(db)
{
    // Ids run in import order and rows are never deleted, so the largest id bounds the count.
    const std::int64_t maxId = db.scalarInt("SELECT ifnull(max(id), 0) FROM transactions");
    const std::int64_t expected = estimatedRows(layout);
    {
        store::Statement s =
            db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = 'transactions_by_customer'");
        if (s.step())
            indexSql_ = std::string(s.columnUtf8(0));
    }
    nextRowId_ = maxId + 1;
    const std::int64_t identities = maxId + expected + expected / 16;
    // An empty project holds nothing a row could duplicate (identical rows
    // within one file are all kept), so it needs no table, whatever the size.
    const bool empty = maxId == 0;
    if (indexSql_.empty() || maxId > kMaxStoredRowsPerFileRow * expected ||
        (!empty && (identities > kMaxInMemoryIdentities || maxId + 2 * expected > RowIdentityTable::kMaxRowId)))
        return;
    try {
        db.exec("DROP INDEX transactions_by_customer");
    } catch (const store::SqlError &) {
        // Another statement of this connection is still reading: keep the index.
        return;
    }
    bulk_ = true;
    if (empty)
        return;
    table_.emplace(static_cast<std::size_t>(identities));
    verify_ = db.prepare("SELECT customer_id, day, amount_minor, invoice, product_id FROM transactions WHERE id = ?1");
    same_ = [this](std::int64_t rowId) { return storedRowHas(rowId, *current_); };
    store::Statement stored =
        db.prepare("SELECT id, customer_id, day, amount_minor, invoice, product_id FROM transactions");
    // Each row's slot is prefetched when it is read and filled kLoadAhead rows
    // later, so that the table's cache misses overlap the reading.
    struct LoadedRow
    {
        RowIdentity identity;
        std::string invoice;
        std::int64_t rowId = 0;
    };
    constexpr std::size_t kLoadAhead = 16;
    std::array<LoadedRow, kLoadAhead> ahead;
    const auto add = [this](LoadedRow &row) {
        row.identity.invoice = row.invoice;
        current_ = &row.identity;
        table_->addStoredRow(row.identity.hash, row.rowId, same_);
    };
    std::size_t read = 0;
    for (; stored.step(); ++read) {
        LoadedRow &row = ahead[read % kLoadAhead];
        if (read >= kLoadAhead)
            add(row);
        row.rowId = stored.columnInt(0);
        row.invoice.assign(stored.columnUtf8(4));
        row.identity = {stored.columnInt(1), stored.columnInt(2), stored.columnInt(3), stored.columnInt(5), {}, 0};
        row.identity.hash = rowIdentityHash(row.identity.customerId, row.identity.day, row.identity.amountMinor,
                                            row.invoice, row.identity.productId);
        table_->prefetch(row.identity.hash);
    }
    for (std::size_t i = read > kLoadAhead ? read - kLoadAhead : 0; i < read; ++i)
        add(ahead[i % kLoadAhead]);
    current_ = nullptr;
}

void ImportDeduplicator::placeBatch(const RowBatch &batch, std::vector<RowPlacement> &placements)
{
    placements.assign(batch.rows.size(), RowPlacement{});
    if (!bulk_)
        return;
    if (!table_) { // nothing stored: every parsed row is new
        for (std::size_t i = 0; i < batch.rows.size(); ++i)
            if (batch.rows[i].rejection < 0)
                placements[i].rowId = nextRowId_++;
        return;
    }
    // One pass over the batch before any insert keeps the table's slots in cache.
    pending_.clear();
    firstPending_ = nextRowId_;
    const std::size_t count = batch.rows.size();
    for (std::size_t i = 0; i < count; ++i) {
        constexpr std::size_t kPrefetchDistance = 8; // hides the slots' cache misses
        if (i + kPrefetchDistance < count)
            table_->prefetch(batch.rows[i + kPrefetchDistance].identityHash);
        const BatchRow &row = batch.rows[i];
        if (row.rejection >= 0)
            continue;
        const RowIdentity identity{row.customerId,          row.day,         row.amountMinor, row.productId,
                                   batch.view(row.invoice), row.identityHash};
        current_ = &identity;
        const auto verdict = table_->addFileRow(identity.hash, nextRowId_, same_);
        current_ = nullptr;
        if (verdict.duplicate) {
            placements[i] = {0, verdict.occurrence, true};
        } else {
            placements[i] = {nextRowId_++, verdict.occurrence, false};
            pending_.push_back(identity);
        }
    }
}

void ImportDeduplicator::finish()
{
    if (!bulk_)
        return;
    table_.reset();
    // The sort may use the second core. Its memory is bounded by the page
    // cache: 4 MiB runs are handed to that core while the scan goes on, where
    // larger ones leave it idle until the scan ends (and cost memory).
    db_.exec("PRAGMA threads = 2");
    db_.exec("PRAGMA cache_size = -4096");
    db_.exec(indexSql_.c_str());
    db_.exec("PRAGMA threads = 0");
}

bool ImportDeduplicator::storedRowHas(std::int64_t rowId, const RowIdentity &identity)
{
    if (rowId >= firstPending_) { // placed in this batch, not inserted yet
        const RowIdentity &p = pending_[static_cast<std::size_t>(rowId - firstPending_)];
        return p.customerId == identity.customerId && p.day == identity.day && p.amountMinor == identity.amountMinor &&
               p.productId == identity.productId && p.invoice == identity.invoice;
    }
    verify_.bind(1, rowId);
    const bool found = verify_.step();
    const bool same = found && verify_.columnInt(0) == identity.customerId && verify_.columnInt(1) == identity.day &&
                      verify_.columnInt(2) == identity.amountMinor && verify_.columnInt(4) == identity.productId &&
                      verify_.columnUtf8(3) == identity.invoice;
    verify_.reset();
    return same;
}

} // namespace ltv::io
