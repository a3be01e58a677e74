#include "eval/DecileTable.h"

#include "eval/Ranking.h"

#include <cmath>
#include <limits>

namespace ltv::eval {

DecileTable decileTable(const std::vector<double> &actual, const std::vector<double> &predicted, int bins)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    DecileTable table;
    if (bins < 1 || actual.size() != predicted.size()) {
        table.mape = nan;
        return table;
    }
    table.rows.resize(static_cast<std::size_t>(bins));
    std::vector<double> sumPredicted(static_cast<std::size_t>(bins), 0.0);
    const auto n = static_cast<double>(actual.size());

    // Descending position = n + 1 - ascending average rank.
    const std::vector<double> ranks = averageRanks(predicted);
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double position = n + 1.0 - ranks[i];
        int bin = static_cast<int>(std::floor((position - 1.0) * bins / n));
        bin = std::min(std::max(bin, 0), bins - 1);
        DecileRow &row = table.rows[static_cast<std::size_t>(bin)];
        ++row.count;
        row.sumActual += actual[i];
        sumPredicted[static_cast<std::size_t>(bin)] += predicted[i];
    }

    double errorSum = 0.0;
    int errorBins = 0;
    for (int b = 0; b < bins; ++b) {
        DecileRow &row = table.rows[static_cast<std::size_t>(b)];
        row.decile = b + 1;
        if (row.count == 0) {
            row.meanPredicted = nan;
            row.meanActual = nan;
            continue;
        }
        row.meanPredicted = sumPredicted[static_cast<std::size_t>(b)] / row.count;
        row.meanActual = row.sumActual / row.count;
        if (row.meanActual != 0.0 && std::isfinite(row.meanPredicted)) {
            errorSum += std::abs(row.meanPredicted - row.meanActual) / std::abs(row.meanActual);
            ++errorBins;
        }
    }
    table.mape = errorBins > 0 ? errorSum / errorBins : nan;
    return table;
}

} // namespace ltv::eval
