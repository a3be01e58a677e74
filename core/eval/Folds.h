#pragma once
// Seeded k-fold assignment of rows, for cross-validation and validation
// folds inside a training window (row subsets: features::selectRows).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ltv::eval {

// A fold per row (0..k-1), balanced to within one row and shuffled with a
// portable generator so the same seed gives the same folds everywhere.
std::vector<int> kFoldAssignment(std::size_t rows, int k, std::uint64_t seed);

// Rows whose fold is / is not `fold`.
std::vector<std::size_t> rowsInFold(const std::vector<int> &assignment, int fold);
std::vector<std::size_t> rowsNotInFold(const std::vector<int> &assignment, int fold);

} // namespace ltv::eval
