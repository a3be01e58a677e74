#pragma once
// Customers with identical (x, t_x, T) contribute identical likelihood terms,
// so the fitters work on unique rows with integer weights (exact: a sum of n
// identical terms is n times the term). Each column is also
// indexed into its distinct values: per-evaluation quantities such as
// lgamma(r + x) or log(alpha + T) are computed once per distinct value.

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ltv::models::btyd {

struct DistinctColumn
{
    std::vector<double> values;       // sorted distinct values
    std::vector<std::uint32_t> index; // per row: position in values
};

struct CollapsedRows
{
    std::vector<double> x;      // repeat purchases
    std::vector<double> tx;     // recency
    std::vector<double> T;      // age
    std::vector<double> weight; // customers in the row
    DistinctColumn xColumn;
    DistinctColumn txColumn;
    DistinctColumn TColumn;
    double totalWeight = 0.0;
    std::vector<std::uint32_t> rowOfInput; // input customer i -> its unique row
    // Distinct (x, t) pairs with t a recency or an age, grouped by x: the
    // Pareto/NBD's hypergeometric terms depend on these only.
    std::vector<double> pairX;
    std::vector<double> pairTime;
    std::vector<std::uint32_t> txPair; // per row: index of (x, t_x)
    std::vector<std::uint32_t> TPair;  // per row: index of (x, T)

    std::size_t size() const { return x.size(); }
};

// Checks 0 <= t_x <= T, T > 0, x a non-negative whole number, t_x = 0 when
// x = 0. Returns an empty string when valid, otherwise a translated message
// naming the first offending row.
QString validateSummaryRows(const double *x, const double *tx, const double *T, std::size_t n);

// Collapses n customers into weighted unique rows (sorted by x, t_x, T).
CollapsedRows collapseRows(const double *x, const double *tx, const double *T, std::size_t n);

// Builds distinct-value indices for one column.
DistinctColumn distinctColumn(const std::vector<double> &values);

} // namespace ltv::models::btyd
