#pragma once
// When an import cannot write the project (the disk is full, another program
// holds the file, it is read-only, or the system reports an I/O error), the
// import's transaction has rolled back by the time the error reaches the
// caller. The user then gets a report that says so in plain words instead of
// SQLite's message and statement. Other SQLite errors are bugs and propagate.

#include "io/ImportReport.h"
#include "store/Sqlite.h"

namespace ltv::io {

// The report's error text for a failure to write the project; empty when the
// error is not one of those.
QString importWriteFailure(const store::SqlError &error);

// Runs run() (which returns an ImportReport) and turns a failure to write the
// project into a failed report for sourceName.
template <typename Run> ImportReport reportingWriteFailures(const QString &sourceName, Run &&run)
{
    try {
        return run();
    } catch (const store::SqlError &error) {
        ImportReport report;
        report.sourceFile = sourceName;
        report.error = importWriteFailure(error);
        if (report.error.isEmpty())
            throw;
        return report;
    }
}

} // namespace ltv::io
