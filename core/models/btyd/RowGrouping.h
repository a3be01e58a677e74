#pragma once
// Groups identical rows of a few double columns with a hash table: linear in
// the number of rows, where sorting all of them costs n log n. The groups are
// then ordered by their key (lexicographically), so the result does not depend
// on the input order of the rows.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ltv::models::btyd {

struct RowGroups
{
    std::vector<std::uint32_t> groupOfRow; // input row -> group, groups sorted by key
    std::vector<std::uint32_t> firstRow;   // group -> the first input row holding its key
    std::vector<double> count;             // group -> number of input rows
};

// columns[c][i] is column c of row i, for c < width (1 to 3). Zero and minus
// zero are one value; NaN must not occur.
RowGroups groupIdenticalRows(const double *const *columns, int width, std::size_t rows);

} // namespace ltv::models::btyd
