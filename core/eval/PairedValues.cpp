#include "eval/PairedValues.h"

#include <cmath>

namespace ltv::eval {

bool usablePairs(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size() || a.empty())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!std::isfinite(a[i]) || !std::isfinite(b[i]))
            return false;
    return true;
}

} // namespace ltv::eval
