#pragma once
// The precondition every value metric shares: two equally long, non-empty
// series of finite numbers (a model that did not predict a value leaves NaN).

#include <vector>

namespace ltv::eval {

bool usablePairs(const std::vector<double> &a, const std::vector<double> &b);

} // namespace ltv::eval
