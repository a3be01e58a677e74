#include "eval/DataSubset.h"

#include <random>

namespace ltv::eval {
namespace {

template <typename T>
std::vector<T> pick(const std::vector<T> &column, const std::vector<std::size_t> &rows)
{
    if (column.empty())
        return {};
    std::vector<T> out;
    out.reserve(rows.size());
    for (std::size_t r : rows)
        out.push_back(column[r]);
    return out;
}

} // namespace

features::FeatureMatrix selectRows(const features::FeatureMatrix &matrix, const std::vector<std::size_t> &rows)
{
    features::FeatureMatrix out;
    out.columns = matrix.columns;
    out.customer = pick(matrix.customer, rows);
    out.values.resize(rows.size() * static_cast<std::size_t>(matrix.cols()));
    for (std::int64_t c = 0; c < matrix.cols(); ++c)
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.at(static_cast<std::int64_t>(i), c) = matrix.at(static_cast<std::int64_t>(rows[i]), c);
    return out;
}

features::Labels selectRows(const features::Labels &labels, const std::vector<std::size_t> &rows)
{
    features::Labels out;
    out.customer = pick(labels.customer, rows);
    out.purchases = pick(labels.purchases, rows);
    out.revenue = pick(labels.revenue, rows);
    out.active = pick(labels.active, rows);
    out.topValue = pick(labels.topValue, rows);
    return out;
}

features::CustomerSummary selectRows(const features::CustomerSummary &summary, const std::vector<std::size_t> &rows)
{
    features::CustomerSummary out;
    out.asOf = summary.asOf;
    out.unit = summary.unit;
    out.customer = pick(summary.customer, rows);
    out.frequency = pick(summary.frequency, rows);
    out.recency = pick(summary.recency, rows);
    out.age = pick(summary.age, rows);
    out.monetary = pick(summary.monetary, rows);
    out.totalRevenue = pick(summary.totalRevenue, rows);
    out.purchaseDays = pick(summary.purchaseDays, rows);
    out.firstPurchase = pick(summary.firstPurchase, rows);
    out.lastPurchase = pick(summary.lastPurchase, rows);
    out.meanInterPurchase = pick(summary.meanInterPurchase, rows);
    out.returnCount = pick(summary.returnCount, rows);
    out.returnValue = pick(summary.returnValue, rows);
    out.firstOrderValue = pick(summary.firstOrderValue, rows);
    return out;
}

std::vector<int> kFoldAssignment(std::size_t rows, int k, std::uint64_t seed)
{
    std::vector<int> folds(rows);
    if (k < 1)
        k = 1;
    for (std::size_t i = 0; i < rows; ++i)
        folds[i] = static_cast<int>(i % static_cast<std::size_t>(k));
    // Fisher-Yates with mt19937_64 (fully specified by the standard, unlike
    // std::shuffle and the distributions).
    std::mt19937_64 rng(seed);
    for (std::size_t i = rows; i > 1; --i) {
        const auto j = static_cast<std::size_t>(rng() % i);
        std::swap(folds[i - 1], folds[j]);
    }
    return folds;
}

std::vector<std::size_t> rowsInFold(const std::vector<int> &assignment, int fold)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < assignment.size(); ++i)
        if (assignment[i] == fold)
            out.push_back(i);
    return out;
}

std::vector<std::size_t> rowsNotInFold(const std::vector<int> &assignment, int fold)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < assignment.size(); ++i)
        if (assignment[i] != fold)
            out.push_back(i);
    return out;
}

} // namespace ltv::eval
