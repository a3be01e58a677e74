#include "models/btyd/Hypergeometric.h"

#include <cmath>
#include <limits>

namespace ltv::models::btyd {
namespace {

constexpr int kMaxTerms = 2000000;
constexpr double kRelTolerance = 1e-17;
constexpr double kRescale = 1e200;

// Plain series with running rescaling: sum and term are kept below 1e200 and
// the removed scale accumulates in logScale.
LogHypergeometric seriesLog(double a, double b, double c, double z)
{
    double term = 1.0;
    double sum = 1.0;
    double logScale = 0.0;
    for (int n = 0; n < kMaxTerms; ++n) {
        const double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (std::abs(sum) > kRescale) {
            sum /= kRescale;
            term /= kRescale;
            logScale += std::log(kRescale);
        }
        if (term == 0.0)
            break;
        // Stop once terms are negligible and shrinking (|ratio| < 1 from here on
        // because the ratio tends to z < 1 from above when parameters are positive).
        if (std::abs(term) <= kRelTolerance * std::abs(sum) && std::abs(ratio) < 1.0) {
            // Remaining tail is bounded by a geometric series with ratio z.
            break;
        }
    }
    LogHypergeometric out;
    out.sign = sum < 0.0 ? -1 : 1;
    out.log = std::log(std::abs(sum)) + logScale;
    return out;
}

} // namespace

LogHypergeometric logHyp2f1(double a, double b, double c, double z)
{
    if (z == 0.0)
        return {};
    // The series converges for every c except the poles c = 0, -1, -2, ...; a
    // negative c occurs in BG/NBD's E[X(t)] when a fitted a + b < 1.
    if (!(z > 0.0 && z < 1.0) || (c <= 0.0 && std::abs(c - std::round(c)) < 1e-12))
        return {std::numeric_limits<double>::quiet_NaN(), 1};
    // Euler: 2F1(a,b;c;z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z). Worth it when it
    // makes the upper parameters smaller, e.g. (r+x, b+x; a+b+x-1) for heavy buyers.
    const double ea = c - a;
    const double eb = c - b;
    if (std::abs(ea) + std::abs(eb) < std::abs(a) + std::abs(b)) {
        LogHypergeometric s = seriesLog(ea, eb, c, z);
        s.log += (c - a - b) * std::log1p(-z);
        return s;
    }
    return seriesLog(a, b, c, z);
}

double hyp2f1(double a, double b, double c, double z)
{
    const LogHypergeometric v = logHyp2f1(a, b, c, z);
    return v.sign * std::exp(v.log);
}

UnitHypergeometric unitHyp2f1(double p, double c, double z)
{
    UnitHypergeometric out;
    if (z == 0.0) {
        out.dz = p / c;
        return out;
    }
    // term_n = prod_{k<n} (p+k)/(c+k) z; d term_n/dp = term_n * sum 1/(p+k),
    // d term_n/dc = -term_n * sum 1/(c+k), d term_n/dz = n term_n / z.
    double term = 1.0;
    double sumP = 0.0;
    double sumC = 0.0;
    double value = 1.0;
    double dp = 0.0;
    double dc = 0.0;
    double dzTimesZ = 0.0;
    int n = 0;
    double ratio = 0.0;
    for (; n < kMaxTerms; ++n) {
        ratio = (p + n) / (c + n) * z;
        sumP += 1.0 / (p + n);
        sumC += 1.0 / (c + n);
        term *= ratio;
        value += term;
        dp += term * sumP;
        dc -= term * sumC;
        dzTimesZ += (n + 1.0) * term;
        if (term * (n + 2.0 + sumP + sumC) <= kRelTolerance * value)
            break;
    }
    if (n == kMaxTerms && ratio < 1.0) {
        // Not converged (z extremely close to 1): add the geometric tail estimate.
        const double tail = term * ratio / (1.0 - ratio);
        value += tail;
        dp += tail * sumP;
        dc -= tail * sumC;
        dzTimesZ += tail * (n + 1.0 / (1.0 - ratio));
    }
    out.value = value;
    out.dp = dp;
    out.dc = dc;
    out.dz = dzTimesZ / z;
    return out;
}

} // namespace ltv::models::btyd
