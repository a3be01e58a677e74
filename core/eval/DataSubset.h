#pragma once
// Row subsets of aligned model inputs, for cross-validation folds, the
// customer split and validation folds inside a training window.

#include "features/CustomerSummary.h"
#include "features/FeatureMatrix.h"

#include <cstdint>
#include <vector>

namespace ltv::eval {

features::FeatureMatrix selectRows(const features::FeatureMatrix &matrix, const std::vector<std::size_t> &rows);
features::Labels selectRows(const features::Labels &labels, const std::vector<std::size_t> &rows);
features::CustomerSummary selectRows(const features::CustomerSummary &summary, const std::vector<std::size_t> &rows);

// A fold per row (0..k-1), balanced to within one row and shuffled with a
// portable generator so the same seed gives the same folds everywhere.
std::vector<int> kFoldAssignment(std::size_t rows, int k, std::uint64_t seed);

// Rows whose fold is / is not `fold`.
std::vector<std::size_t> rowsInFold(const std::vector<int> &assignment, int fold);
std::vector<std::size_t> rowsNotInFold(const std::vector<int> &assignment, int fold);

} // namespace ltv::eval
