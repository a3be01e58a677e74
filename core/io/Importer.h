#pragma once
// Imports a transaction file into a project. One import is one SQLite
// transaction: when it stops (too many rejected rows, ambiguous dates, a
// cancel, a crash, a full disk) the project is left exactly as before.
// Re-importing the same bytes adds nothing; importing a newer export that
// overlaps an older one adds only rows whose identity (customer, invoice,
// product, day, amount, and the n-th repetition within the file) is new.

#include "io/ImportOptions.h"
#include "io/ImportReport.h"

#include <QIODevice>

namespace ltv::pipeline {
class JobContext;
}
namespace ltv::store {
class Project;
}

namespace ltv::io {

// Throws pipeline::Cancelled when the job is cancelled (after rolling back);
// every other failure is reported in ImportReport::error with nothing written.
ImportReport importTransactions(store::Project &project, const QString &path, const ImportOptions &options,
                                const pipeline::JobContext &job);
// The same from an open, seekable device; sourceName is recorded in the import history.
ImportReport importTransactions(store::Project &project, QIODevice &device, const QString &sourceName,
                                const ImportOptions &options, const pipeline::JobContext &job);

} // namespace ltv::io
