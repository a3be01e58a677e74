#pragma once
// Imports the other shape analysts have: one row per customer with feature
// columns and optionally an observed LTV (target) column, stored as a
// customer dataset the ML models can train on directly
// (store::Project::customerDatasets()). Same guarantees as transaction
// imports: one SQLite transaction, re-import by content hash adds nothing.

#include "io/ImportOptions.h"
#include "io/ImportReport.h"

namespace ltv::pipeline {
class JobContext;
}
namespace ltv::store {
class Project;
}

namespace ltv::io {

// options.mapping may hold "customer=COLUMN" and "target=COLUMN"; every other
// column becomes a feature. Without a customer mapping, a column named like an
// id (customer, client, id) is used, else the first column.
ImportReport importCustomerTable(store::Project &project, const QString &path, const ImportOptions &options,
                                 const pipeline::JobContext &job);

} // namespace ltv::io
