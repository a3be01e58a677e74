#pragma once
// An import's row in the project's import history (table imports): opened,
// with empty hash and zero counts, inside the import's transaction when it
// starts; completed with the content hash and row counts when it succeeds.

#include "io/ImportReport.h"

#include <QString>

#include <cstdint>

namespace ltv::store {
class Database;
}

namespace ltv::io {

// kind: "transactions" or "customers". Returns the new row's id.
std::int64_t openImportRecord(store::Database &db, const QString &kind, const QString &sourceFile,
                              const QString &mappingJson);

// Writes report's content hash and row counts into the row.
void completeImportRecord(store::Database &db, std::int64_t importId, const ImportReport &report);

} // namespace ltv::io
