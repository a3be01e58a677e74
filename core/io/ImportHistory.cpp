#include "io/ImportHistory.h"

#include "store/Sqlite.h"

#include <QDateTime>

namespace ltv::io {

std::int64_t openImportRecord(store::Database &db, const QString &kind, const QString &sourceFile,
                              const QString &mappingJson)
{
    store::Statement insert = db.prepare(
        "INSERT INTO imports (kind, source_file, content_hash, mapping_json, rows_read, rows_imported, rows_rejected, "
        "rows_duplicate, imported_at) VALUES (?1, ?2, '', ?3, 0, 0, 0, 0, ?4)");
    insert.bind(1, kind)
        .bind(2, sourceFile)
        .bind(3, mappingJson)
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.execute();
    return db.lastInsertRowId();
}

void completeImportRecord(store::Database &db, std::int64_t importId, const ImportReport &report)
{
    store::Statement finish = db.prepare("UPDATE imports SET content_hash = ?1, rows_read = ?2, rows_imported = ?3, "
                                         "rows_rejected = ?4, rows_duplicate = ?5 WHERE id = ?6");
    finish.bind(1, report.contentHash)
        .bind(2, report.rowsRead)
        .bind(3, report.rowsImported)
        .bind(4, report.rowsRejected)
        .bind(5, report.rowsDuplicate)
        .bind(6, importId);
    finish.execute();
}

} // namespace ltv::io
