#pragma once
// What an import did, row by row: every data row read is imported, rejected
// (with line, column and reason) or a duplicate of a row the project already
// holds. rowsImported + rowsRejected + rowsDuplicate == rowsRead, always.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ltv::io {

struct RejectedRow
{
    std::int64_t line = 0; // 1-based physical line in the file
    QString column;        // column name, empty when the whole row is at fault
    QString reason;
};

struct ImportReport
{
    QString sourceFile;
    QString contentHash;
    QString encoding;
    QString delimiter; // ",", ";", "tab", "|", "whitespace"
    bool hasHeader = false;
    QString dateFormat;
    QString decimalSeparator;
    QString mapping; // human-readable role <- column lines
    bool pseudonymized = false;

    std::int64_t rowsRead = 0;
    std::int64_t rowsImported = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t rowsDuplicate = 0;
    std::int64_t blankLines = 0; // empty lines: no data, not rows
    std::int64_t returns = 0;    // imported rows stored as returns
    std::int64_t customersAdded = 0;
    std::int64_t productsAdded = 0;
    std::int64_t importId = 0;    // id in the imports table; 0 when nothing was written
    bool alreadyImported = false; // same content hash imported before: nothing added
    // Rejections in file order. The first kMaxListedRejections are listed;
    // rowsRejected counts all of them.
    static constexpr std::size_t kMaxListedRejections = 100000;
    std::vector<RejectedRow> rejected;
    // Set when the import stopped and wrote nothing (ambiguous dates, too many
    // errors, unreadable file, ...).
    QString error;

    bool failed() const { return !error.isEmpty(); }
    bool balanced() const { return rowsImported + rowsRejected + rowsDuplicate == rowsRead; }
    void reject(std::int64_t line, const QString &column, const QString &reason);

    // The report as plain text (summary and the first rejected rows).
    QString toText(int maxListed = 20) const;
    // Rejected rows as RFC 4180 CSV: line,column,reason.
    QString rejectedToCsv() const;
};

} // namespace ltv::io
