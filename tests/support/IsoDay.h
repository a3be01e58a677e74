#pragma once
// Days of test fixtures written as ISO dates.

#include "features/Types.h"

namespace ltv::test {

// The day of "YYYY-MM-DD"; aborts the test on a malformed date.
Day isoDay(const char *text);

} // namespace ltv::test
