#pragma once
// Exports any table the project holds to RFC 4180 UTF-8 CSV with a header.
// Transactions come out with external customer ids, ISO dates and decimal
// amounts, so that exporting and importing again round-trips exactly.

#include <QString>

#include <cstdint>

namespace ltv::pipeline {
class JobContext;
}
namespace ltv::store {
class Project;
}

namespace ltv::io {

struct ExportOptions
{
    bool byteOrderMark = false; // a UTF-8 BOM so that Excel detects the encoding
};

struct ExportResult
{
    std::int64_t rows = 0;
    QString error; // empty on success
};

ExportResult exportTable(const store::Project &project, const QString &table, const QString &path,
                         const ExportOptions &options, const pipeline::JobContext &job);

} // namespace ltv::io
