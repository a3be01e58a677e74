#pragma once
// A large import into a project that no other connection has open is written
// under a rollback journal instead of the write-ahead log: each page then goes
// into the file once, where WAL writes it twice (log, then checkpoint). The
// import stays one atomic transaction either way. The project returns to WAL
// however the import ends, and every open of a project sets WAL again.
//
// Smaller files stay in WAL: they gain nothing measurable, and a cancelled
// WAL import leaves the project file byte for byte as it was, where the
// journal switch itself rewrites the file header.

#include "store/Sqlite.h"

#include <QtGlobal>

namespace ltv::io {

class BulkImportJournal
{
public:
    // Files of at least this size are imported under the rollback journal.
    static constexpr qint64 kMinFileBytes = 16 << 20;

    // Must be constructed outside any transaction of db.
    BulkImportJournal(store::Database &db, qint64 fileBytes);
    ~BulkImportJournal();
    BulkImportJournal(const BulkImportJournal &) = delete;
    BulkImportJournal &operator=(const BulkImportJournal &) = delete;

    // True when the rollback journal is in use: no other connection had the project open.
    bool active() const noexcept { return active_; }

private:
    store::Database &db_;
    bool active_ = false;
};

} // namespace ltv::io
