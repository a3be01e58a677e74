#pragma once
// Common value types of every segmentation: one segment label per customer row
// plus the segment names, and a plain text table for summaries and CSV export.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ltv::segments {

// Customer rows grouped into named segments. Row i is customer[i] (an index
// into TransactionSet::customerIds); segmentOf[i] indexes names.
struct Segmentation
{
    QString kind;                        // "rfm", "value_risk", "ltv_decile", "cluster"
    QStringList names;                   // segment names, in display order
    std::vector<std::int32_t> customer;  // customer index per row
    std::vector<std::int32_t> segmentOf; // index into names per row

    std::size_t size() const { return customer.size(); }
    // Number of rows in each segment (same order as names); sums to size().
    std::vector<std::size_t> counts() const;
    // Segment per customer index (-1 when the customer is not in it), sized to
    // cover every customer index used.
    std::vector<std::int32_t> segmentByCustomer() const;
};

// A rectangular text table: the common output form of summaries, lists and
// CSV exports. Numbers are already formatted by the producer.
struct Table
{
    QStringList header;
    std::vector<QStringList> rows;
};

// RFC 4180 CSV as every export writes it (io::csvRow): comma separated, CRLF
// record ends, fields quoted when needed and quotes doubled. UTF-8.
QByteArray toCsv(const Table &table);
// Fixed-width text for terminals: columns padded to their widest cell.
QString toText(const Table &table);

// Formats a number with a fixed count of decimals ("C" locale, no grouping).
QString formatNumber(double value, int decimals = 2);

} // namespace ltv::segments
