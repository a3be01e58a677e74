#include "io/BulkImportJournal.h"

namespace ltv::io {

namespace {
std::string journalMode(store::Database &db, const char *pragma)
{
    store::Statement s = db.prepare(pragma);
    return s.step() ? std::string(s.columnUtf8(0)) : std::string();
}
} // namespace

BulkImportJournal::BulkImportJournal(store::Database &db, qint64 fileBytes)
    : db_(db)
{
    if (fileBytes < kMinFileBytes)
        return;
    // Another connection that has read the project holds a lock that makes
    // leaving WAL fail at once with SQLITE_BUSY; readers must never wait on
    // an import, so the import then simply stays in WAL.
    try {
        active_ = journalMode(db_, "PRAGMA journal_mode = DELETE") == "delete";
    } catch (const store::SqlError &) {
        active_ = false;
    }
    if (active_) {
        // Under a rollback journal, NORMAL could leave a power cut at the
        // wrong moment with a damaged file; FULL syncs the journal first.
        db_.exec("PRAGMA synchronous = FULL");
    }
}

BulkImportJournal::~BulkImportJournal()
{
    if (!active_)
        return;
    try {
        db_.exec("PRAGMA synchronous = NORMAL");
        journalMode(db_, "PRAGMA journal_mode = WAL");
    } catch (...) {
        // Another connection opened the project meanwhile; its own open set WAL already.
    }
}

} // namespace ltv::io
