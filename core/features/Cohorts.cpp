#include "features/Cohorts.h"

#include "features/Calendar.h"
#include "features/Summarize.h"

#include <algorithm>
#include <limits>
#include <map>
#include <stdexcept>

namespace ltv::features {

QString CohortTable::cohortLabel(std::size_t cohort) const
{
    const int index = cohortMonth[cohort];
    const int year = 1970 + (index >= 0 ? index / 12 : (index - 11) / 12);
    const int month = index - (year - 1970) * 12 + 1;
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

CohortTable buildCohortTable(const TransactionSet &set, Day asOf)
{
    if (!isSortedByCustomerAndDay(set))
        throw std::invalid_argument("buildCohortTable: transactions must be sorted by customer and day");
    CohortTable table;
    table.asOf = asOf;
    const int lastMonth = monthIndexOfDay(asOf);
    const auto offsets = set.customerOffsets();

    // Pass 1: acquisition month of each customer (first purchase line on or before asOf).
    std::vector<int> acquired(static_cast<std::size_t>(set.customerCount()), std::numeric_limits<int>::min());
    std::map<int, std::int64_t> sizes;
    for (std::size_t c = 0; c < acquired.size(); ++c)
        for (std::size_t i = offsets[c]; i < offsets[c + 1] && set.day[i] <= asOf; ++i)
            if (!isReturnLine(set, i)) {
                acquired[c] = monthIndexOfDay(set.day[i]);
                ++sizes[acquired[c]];
                break;
            }
    if (sizes.empty())
        return table;
    for (const auto &[month, count] : sizes) {
        table.cohortMonth.push_back(month);
        table.size.push_back(count);
    }
    table.months = lastMonth - table.cohortMonth.front() + 1;
    const auto months = static_cast<std::size_t>(table.months);
    const std::size_t cohorts = table.cohortCount();
    std::vector<double> revenue(cohorts * months, 0.0);
    std::vector<std::int64_t> active(cohorts * months, 0);

    // Pass 2: revenue per (cohort, month since) and distinct active customers.
    for (std::size_t c = 0; c < acquired.size(); ++c) {
        if (acquired[c] == std::numeric_limits<int>::min())
            continue;
        const auto cohort =
            static_cast<std::size_t>(std::lower_bound(table.cohortMonth.begin(), table.cohortMonth.end(), acquired[c]) -
                                     table.cohortMonth.begin());
        int lastActive = -1;
        for (std::size_t i = offsets[c]; i < offsets[c + 1] && set.day[i] <= asOf; ++i) {
            const int since = monthIndexOfDay(set.day[i]) - acquired[c];
            if (since < 0)
                continue; // a return before the first purchase
            const std::size_t cell = cohort * months + std::size_t(since);
            if (isReturnLine(set, i)) {
                revenue[cell] -= std::abs(set.amount[i]);
                continue;
            }
            revenue[cell] += set.amount[i];
            if (since != lastActive) {
                ++active[cell];
                lastActive = since;
            }
        }
    }

    const double nan = std::numeric_limits<double>::quiet_NaN();
    table.cumulativeRevenuePerCustomer.assign(cohorts * months, nan);
    table.retentionPercent.assign(cohorts * months, nan);
    for (std::size_t k = 0; k < cohorts; ++k) {
        const auto observed = static_cast<std::size_t>(lastMonth - table.cohortMonth[k] + 1);
        const double n = double(table.size[k]);
        double cumulative = 0.0;
        for (std::size_t m = 0; m < observed; ++m) {
            cumulative += revenue[k * months + m];
            table.cumulativeRevenuePerCustomer[k * months + m] = cumulative / n;
            table.retentionPercent[k * months + m] = 100.0 * double(active[k * months + m]) / n;
        }
    }
    return table;
}

} // namespace ltv::features
