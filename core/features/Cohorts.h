#pragma once
// Acquisition cohorts: customers grouped by the calendar month of their first
// purchase, followed month by month since acquisition (month 0 = the
// acquisition month). Only lines on or before asOf count; cells whose calendar
// month lies after asOf's month are not observed (NaN).

#include "features/TransactionSet.h"

#include <QString>

#include <cmath>
#include <vector>

namespace ltv::features {

struct CohortTable
{
    Day asOf = 0;
    std::vector<int> cohortMonth;   // months since 1970-01 of each cohort, ascending
    std::vector<std::int64_t> size; // customers acquired in that month
    int months = 0;                 // columns: months since acquisition 0 .. months-1
    // cohorts x months, row-major; NaN where not observed.
    std::vector<double> cumulativeRevenuePerCustomer; // net revenue up to and including month k / size
    std::vector<double> retentionPercent;             // % of the cohort with a purchase in month k

    std::size_t cohortCount() const { return cohortMonth.size(); }
    double revenueAt(std::size_t cohort, int month) const
    {
        return cumulativeRevenuePerCustomer[cohort * std::size_t(months) + std::size_t(month)];
    }
    double retentionAt(std::size_t cohort, int month) const
    {
        return retentionPercent[cohort * std::size_t(months) + std::size_t(month)];
    }
    QString cohortLabel(std::size_t cohort) const; // "1997-01"
};

CohortTable buildCohortTable(const TransactionSet &set, Day asOf);

} // namespace ltv::features
