#pragma once
// The project file's schema and its migrations. PRAGMA user_version holds the
// number of migrations applied; opening a project applies the missing ones in
// one transaction, so a file is always at a known version.

namespace ltv::store {

class Database;

// The schema version this build writes.
int currentSchemaVersion();
// Brings the database up to currentSchemaVersion(). Throws SqlError when the
// file is newer than this build understands.
void migrate(Database &db);

} // namespace ltv::store
