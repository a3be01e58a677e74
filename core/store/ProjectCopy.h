#pragma once
// Save As for a project file: a consistent, compacted copy written from its
// own connection, so it can run on a worker while the window keeps reading.

#include <QString>

namespace ltv::pipeline {
class JobContext;
}

namespace ltv::store {

// Writes a copy of the project at source to target (replacing target). The
// copy includes everything committed, also what still sits in the WAL log.
// Cancelling stops the copy and leaves no target file (throws
// pipeline::Cancelled); errors throw SqlError with a plain message.
void copyProject(const QString &source, const QString &target, const pipeline::JobContext &job);

} // namespace ltv::store
