#pragma once
// Builds a project file from the bundled demo data through the real importer,
// so the demo exercises the same path as a user's own file.

#include "io/ImportReport.h"

#include <QString>

namespace ltv::pipeline {

class JobContext;

// Imports the bundled CDNOW sample into the project at path (created if
// missing). Importing into a project that already holds it adds nothing.
// Throws std::runtime_error when the import fails, Cancelled when cancelled.
io::ImportReport buildDemoProject(const QString &path, const JobContext &job);

} // namespace ltv::pipeline
