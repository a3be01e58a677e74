#include "models/btyd/CollapsedRows.h"

#include "models/btyd/RowGrouping.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ltv::models::btyd {

QString validateSummaryRows(const double *x, const double *tx, const double *T, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const bool finite = std::isfinite(x[i]) && std::isfinite(tx[i]) && std::isfinite(T[i]);
        const bool ok = finite && x[i] >= 0.0 && std::abs(x[i] - std::floor(x[i] + 0.5)) < 1e-9 && tx[i] >= 0.0 &&
                        T[i] > 0.0 && tx[i] <= T[i] * (1.0 + 1e-12) && (x[i] > 0.0 || tx[i] == 0.0);
        if (!ok)
            return QCoreApplication::translate("Btyd",
                                               "Customer row %1 has an invalid summary (frequency %2, recency %3, "
                                               "age %4): frequency must be a whole number >= 0, 0 <= recency <= "
                                               "age, age > 0, and recency 0 when frequency is 0.")
                .arg(i)
                .arg(x[i])
                .arg(tx[i])
                .arg(T[i]);
    }
    return {};
}

DistinctColumn distinctColumn(const std::vector<double> &values)
{
    const double *columns[] = {values.data()};
    RowGroups groups = groupIdenticalRows(columns, 1, values.size());
    DistinctColumn col;
    col.values.resize(groups.firstRow.size());
    for (std::size_t k = 0; k < col.values.size(); ++k)
        col.values[k] = values[groups.firstRow[k]] + 0.0;
    col.index = std::move(groups.groupOfRow);
    return col;
}

namespace {

// Distinct (x, t) pairs over t in {t_x} and {T}, per x group of the sorted rows.
void indexTimePairs(CollapsedRows &rows)
{
    const std::size_t u = rows.size();
    rows.txPair.resize(u);
    rows.TPair.resize(u);
    std::vector<double> times;
    for (std::size_t begin = 0; begin < u;) {
        std::size_t end = begin;
        while (end < u && rows.x[end] == rows.x[begin])
            ++end;
        times.clear();
        for (std::size_t i = begin; i < end; ++i) {
            times.push_back(rows.tx[i]);
            times.push_back(rows.T[i]);
        }
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        const auto offset = static_cast<std::uint32_t>(rows.pairX.size());
        rows.pairX.insert(rows.pairX.end(), times.size(), rows.x[begin]);
        rows.pairTime.insert(rows.pairTime.end(), times.begin(), times.end());
        auto position = [&](double t) {
            return offset + static_cast<std::uint32_t>(std::lower_bound(times.begin(), times.end(), t) - times.begin());
        };
        for (std::size_t i = begin; i < end; ++i) {
            rows.txPair[i] = position(rows.tx[i]);
            rows.TPair[i] = position(rows.T[i]);
        }
        begin = end;
    }
}

// Groups (x, t_x, T) rows through their ranks: each column's distinct values
// (few: whole-number frequencies, calendar recencies and ages) are ranked with a
// small hash table, the three ranks form one integer key in the same order as
// the triples, and an LSD radix sort of (key, row) by 11-bit digits groups the
// rows with sequential passes only. Falls back to hashing whole triples when
// the key would need more than 44 bits.
RowGroups groupTriples(const double *x, const double *tx, const double *T, std::size_t n)
{
    RowGroups ranks[3];
    const double *cols[3] = {x, tx, T};
    for (int c = 0; c < 3; ++c)
        ranks[c] = groupIdenticalRows(&cols[c], 1, n);
    const std::uint64_t ntx = ranks[1].firstRow.size(), nT = ranks[2].firstRow.size();
    const std::uint64_t range = std::uint64_t(ranks[0].firstRow.size()) * ntx * nT;
    int bits = 0;
    while (bits < 64 && (std::uint64_t(1) << bits) < range)
        ++bits;
    if (bits > 44 || n >= 0xFFFFFFFFu) {
        const double *columns[] = {x, tx, T};
        return groupIdenticalRows(columns, 3, n);
    }
    struct Entry
    {
        std::uint64_t key;
        std::uint32_t row;
    };
    std::vector<Entry> a(n), b(n);
    for (std::size_t i = 0; i < n; ++i)
        a[i] = {(ranks[0].groupOfRow[i] * ntx + ranks[1].groupOfRow[i]) * nT + ranks[2].groupOfRow[i],
                static_cast<std::uint32_t>(i)};
    constexpr int kDigit = 11;
    constexpr std::size_t kBuckets = std::size_t(1) << kDigit;
    std::vector<std::size_t> offset(kBuckets);
    for (int shift = 0; shift < bits; shift += kDigit) {
        std::fill(offset.begin(), offset.end(), 0);
        for (const Entry &e : a)
            ++offset[(e.key >> shift) & (kBuckets - 1)];
        std::size_t sum = 0;
        for (std::size_t &o : offset)
            sum += std::exchange(o, sum);
        for (const Entry &e : a) // stable: rows stay in input order within a key
            b[offset[(e.key >> shift) & (kBuckets - 1)]++] = e;
        a.swap(b);
    }
    RowGroups out;
    out.groupOfRow.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        if (k == 0 || a[k].key != a[k - 1].key) {
            out.firstRow.push_back(a[k].row);
            out.count.push_back(0.0);
        }
        out.count.back() += 1.0;
        out.groupOfRow[a[k].row] = static_cast<std::uint32_t>(out.firstRow.size() - 1);
    }
    return out;
}

} // namespace

CollapsedRows collapseRows(const double *x, const double *tx, const double *T, std::size_t n)
{
    RowGroups groups = groupTriples(x, tx, T, n);
    CollapsedRows rows;
    const std::size_t u = groups.firstRow.size();
    rows.x.resize(u);
    rows.tx.resize(u);
    rows.T.resize(u);
    for (std::size_t k = 0; k < u; ++k) {
        const std::uint32_t i = groups.firstRow[k];
        rows.x[k] = x[i] + 0.0;
        rows.tx[k] = tx[i] + 0.0;
        rows.T[k] = T[i] + 0.0;
    }
    rows.weight = std::move(groups.count);
    rows.rowOfInput = std::move(groups.groupOfRow);
    rows.totalWeight = static_cast<double>(n);
    rows.xColumn = distinctColumn(rows.x);
    rows.txColumn = distinctColumn(rows.tx);
    rows.TColumn = distinctColumn(rows.T);
    indexTimePairs(rows);
    return rows;
}

} // namespace ltv::models::btyd
