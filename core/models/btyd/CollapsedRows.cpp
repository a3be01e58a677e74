#include "models/btyd/CollapsedRows.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ltv::models::btyd {

QString validateSummaryRows(const double *x, const double *tx, const double *T, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const bool finite = std::isfinite(x[i]) && std::isfinite(tx[i]) && std::isfinite(T[i]);
        const bool ok = finite && x[i] >= 0.0 && std::abs(x[i] - std::round(x[i])) < 1e-9 && tx[i] >= 0.0 &&
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
    DistinctColumn col;
    col.values = values;
    std::sort(col.values.begin(), col.values.end());
    col.values.erase(std::unique(col.values.begin(), col.values.end()), col.values.end());
    col.index.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        col.index[i] = static_cast<std::uint32_t>(std::lower_bound(col.values.begin(), col.values.end(), values[i]) -
                                                  col.values.begin());
    return col;
}

CollapsedRows collapseRows(const double *x, const double *tx, const double *T, std::size_t n)
{
    // Sorting contiguous records is several times faster than sorting indices
    // that point into three separate columns.
    struct Record
    {
        double x, tx, T;
        std::uint32_t input;
    };
    std::vector<Record> records(n);
    for (std::size_t i = 0; i < n; ++i)
        records[i] = {x[i], tx[i], T[i], static_cast<std::uint32_t>(i)};
    std::sort(records.begin(), records.end(),
              [](const Record &u, const Record &v) { return std::tie(u.x, u.tx, u.T) < std::tie(v.x, v.tx, v.T); });
    CollapsedRows rows;
    rows.rowOfInput.resize(n);
    for (const Record &rec : records) {
        if (!rows.x.empty() && rows.x.back() == rec.x && rows.tx.back() == rec.tx && rows.T.back() == rec.T) {
            rows.weight.back() += 1.0;
            rows.rowOfInput[rec.input] = static_cast<std::uint32_t>(rows.x.size() - 1);
            continue;
        }
        rows.rowOfInput[rec.input] = static_cast<std::uint32_t>(rows.x.size());
        rows.x.push_back(rec.x);
        rows.tx.push_back(rec.tx);
        rows.T.push_back(rec.T);
        rows.weight.push_back(1.0);
    }
    rows.totalWeight = static_cast<double>(n);
    rows.xColumn = distinctColumn(rows.x);
    rows.txColumn = distinctColumn(rows.tx);
    rows.TColumn = distinctColumn(rows.T);
    return rows;
}

} // namespace ltv::models::btyd
