#pragma once
// Mean predicted versus mean actual value per bin of the prediction (decile
// 1 = highest predicted), the classic lift / calibration-by-decile table.

#include <vector>

namespace ltv::eval {

struct DecileRow
{
    int decile = 0;             // 1-based, 1 = highest prediction
    int count = 0;              // customers in the bin (0 is possible with many ties)
    double meanPredicted = 0.0; // NaN when the bin is empty
    double meanActual = 0.0;
    double sumActual = 0.0;
};

struct DecileTable
{
    std::vector<DecileRow> rows;
    // Mean over non-empty bins with a non-zero actual mean of
    // |meanPredicted - meanActual| / |meanActual|; NaN when no bin qualifies.
    double mape = 0.0;
};

// Customers are ranked by prediction, descending. Tied predictions always fall
// in the same bin: a tie group is placed by its mean position, so the table
// does not depend on the input order (bins may then differ in size).
DecileTable decileTable(const std::vector<double> &actual, const std::vector<double> &predicted, int bins = 10);

} // namespace ltv::eval
