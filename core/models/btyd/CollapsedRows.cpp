#include "models/btyd/CollapsedRows.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
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
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t i, std::uint32_t j) {
        return std::tie(x[i], tx[i], T[i]) < std::tie(x[j], tx[j], T[j]);
    });
    CollapsedRows rows;
    rows.rowOfInput.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t i = order[k];
        if (!rows.x.empty() && rows.x.back() == x[i] && rows.tx.back() == tx[i] && rows.T.back() == T[i]) {
            rows.weight.back() += 1.0;
            rows.rowOfInput[i] = static_cast<std::uint32_t>(rows.x.size() - 1);
            continue;
        }
        rows.rowOfInput[i] = static_cast<std::uint32_t>(rows.x.size());
        rows.x.push_back(x[i]);
        rows.tx.push_back(tx[i]);
        rows.T.push_back(T[i]);
        rows.weight.push_back(1.0);
    }
    rows.totalWeight = static_cast<double>(n);
    rows.xColumn = distinctColumn(rows.x);
    rows.txColumn = distinctColumn(rows.tx);
    rows.TColumn = distinctColumn(rows.T);
    return rows;
}

} // namespace ltv::models::btyd
