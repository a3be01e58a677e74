#include "eval/Folds.h"

#include <random>

namespace ltv::eval {

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
