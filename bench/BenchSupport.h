#pragma once
// Helpers for the benchmarks: peak resident memory of this process.

#include <cstdint>

namespace ltv::bench {

// Peak resident set size in MiB (VmHWM from /proc/self/status).
double peakRssMiB();

} // namespace ltv::bench
