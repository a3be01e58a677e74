#include "models/btyd/ParetoNbd.h"

#include "models/btyd/Hypergeometric.h"
#include "models/btyd/ParallelRows.h"

#include <QCoreApplication>

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <cmath>
#include <limits>

namespace ltv::models::btyd {

// Likelihood (Fader & Hardie 2005):
//   L = G(r+x) alpha^r beta^s / G(r) * [ (alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) (V(t_x) - V(T)) ]
// where V(t) = 2F1(r+s+x, .; r+s+x+1; .) / (max(alpha,beta)+t)^(r+s+x). By Euler's
// transformation V(t) equals
//   alpha >= beta: 2F1(1, r+x; r+s+x+1; (alpha-beta)/(alpha+t)) (alpha+t)^-(r+x) (beta+t)^-s
//   alpha <  beta: 2F1(1, s+1; r+s+x+1; (beta-alpha)/(beta+t)) (alpha+t)^-(r+x-1) (beta+t)^-(s+1)
// whose series has positive, decreasing terms, and -dV/dt = (r+s+x) (alpha+t)^-(r+x) (beta+t)^-(s+1).

QString ParetoNbd::displayName() const
{
    return QCoreApplication::translate("Btyd", "Pareto/NBD");
}

QStringList ParetoNbd::parameterNames() const
{
    return {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("s"), QStringLiteral("beta")};
}

namespace {

struct LogV
{
    double value; // log V(t)
    double d[4];  // d log V / d(r, alpha, s, beta)
};

LogV logV(double r, double alpha, double s, double beta, double x, double t)
{
    LogV out{};
    const double c = r + s + x + 1.0;
    const double at = alpha + t, bt = beta + t;
    const double lat = std::log(at), lbt = std::log(bt);
    if (alpha >= beta) {
        const double z = (alpha - beta) / at;
        const UnitHypergeometric u = unitHyp2f1(r + x, c, z);
        out.value = std::log(u.value) - (r + x) * lat - s * lbt;
        out.d[0] = (u.dp + u.dc) / u.value - lat;
        out.d[1] = u.dz / u.value * bt / (at * at) - (r + x) / at;
        out.d[2] = u.dc / u.value - lbt;
        out.d[3] = -u.dz / u.value / at - s / bt;
    } else {
        const double w = (beta - alpha) / bt;
        const UnitHypergeometric u = unitHyp2f1(s + 1.0, c, w);
        out.value = std::log(u.value) - (r + x - 1.0) * lat - (s + 1.0) * lbt;
        out.d[0] = u.dc / u.value - lat;
        out.d[1] = -u.dz / u.value / bt - (r + x - 1.0) / at;
        out.d[2] = (u.dp + u.dc) / u.value - lbt;
        out.d[3] = u.dz / u.value * at / (bt * bt) - (s + 1.0) / bt;
    }
    return out;
}

// log(V(t1) - V(t2)) from log V(t1) and log V(t2), t1 < t2, with its gradient.
double logVDifferenceOf(const LogV &v1, const LogV &v2, double *d)
{
    const double u = std::exp(v2.value - v1.value); // V(t2)/V(t1) in [0, 1)
    if (!(u < 1.0)) {
        for (int j = 0; j < 4; ++j)
            d[j] = 0.0;
        return -std::numeric_limits<double>::infinity();
    }
    for (int j = 0; j < 4; ++j)
        d[j] = (v1.d[j] - u * v2.d[j]) / (1.0 - u);
    return v1.value + std::log1p(-u);
}

// log(V(t1) - V(t2)) for t1 < t2 with its gradient; -inf when t1 == t2.
double logVDifference(double r, double alpha, double s, double beta, double x, double t1, double t2, double *d)
{
    if (!(t1 < t2)) {
        for (int j = 0; j < 4; ++j)
            d[j] = 0.0;
        return -std::numeric_limits<double>::infinity();
    }
    return logVDifferenceOf(logV(r, alpha, s, beta, x, t1), logV(r, alpha, s, beta, x, t2), d);
}

double logSumExp(double a, double b)
{
    const double hi = std::max(a, b);
    if (hi == -std::numeric_limits<double>::infinity())
        return hi;
    return hi + std::log1p(std::exp(std::min(a, b) - hi));
}

struct CustomerTerms
{
    double logL1; // log of the "alive at T" term (without the common factor)
    double logL2; // log of the "died in (t_x, T]" term
};

// The two terms from log(V(t_x) - V(T)) and its gradient dv.
CustomerTerms termsFrom(double r, double alpha, double s, double beta, double x, double T, double logDiff,
                        const double *dv, double *d1, double *d2)
{
    CustomerTerms out{};
    out.logL1 = -(r + x) * std::log(alpha + T) - s * std::log(beta + T);
    if (d1) {
        d1[0] = -std::log(alpha + T);
        d1[1] = -(r + x) / (alpha + T);
        d1[2] = -std::log(beta + T);
        d1[3] = -s / (beta + T);
    }
    out.logL2 = std::log(s) - std::log(r + s + x) + logDiff;
    if (d2) {
        const double inv = 1.0 / (r + s + x);
        d2[0] = dv[0] - inv;
        d2[1] = dv[1];
        d2[2] = dv[2] + 1.0 / s - inv;
        d2[3] = dv[3];
    }
    return out;
}

CustomerTerms customerTerms(double r, double alpha, double s, double beta, double x, double tx, double T, double *d1,
                            double *d2)
{
    double dv[4];
    const double logDiff = logVDifference(r, alpha, s, beta, x, tx, T, dv);
    return termsFrom(r, alpha, s, beta, x, T, logDiff, dv, d1, d2);
}

double aliveFrom(const CustomerTerms &c)
{
    return std::exp(c.logL1 - logSumExp(c.logL1, c.logL2));
}

} // namespace

double ParetoNbd::customerLogLikelihood(const double *params, double x, double tx, double T, double *grad)
{
    const double r = params[0], alpha = params[1], s = params[2], beta = params[3];
    double d1[4], d2[4];
    const CustomerTerms c = customerTerms(r, alpha, s, beta, x, tx, T, grad ? d1 : nullptr, grad ? d2 : nullptr);
    const double lse = logSumExp(c.logL1, c.logL2);
    const double ll = logGamma(r + x) - logGamma(r) + r * std::log(alpha) + s * std::log(beta) + lse;
    if (grad) {
        const double w1 = std::exp(c.logL1 - lse);
        const double w2 = std::exp(c.logL2 - lse);
        grad[0] = digamma(r + x) - digamma(r) + std::log(alpha) + w1 * d1[0] + w2 * d2[0];
        grad[1] = r / alpha + w1 * d1[1] + w2 * d2[1];
        grad[2] = std::log(beta) + w1 * d1[2] + w2 * d2[2];
        grad[3] = s / beta + w1 * d1[3] + w2 * d2[3];
    }
    return ll;
}

namespace {

// log V(t) with its gradient for every distinct (x, t) pair of the rows: the
// 2F1 series run once per pair instead of twice per row.
std::vector<LogV> pairTerms(const CollapsedRows &rows, double r, double alpha, double s, double beta)
{
    std::vector<LogV> v(rows.pairX.size());
    parallelBlocks(v.size(), [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k)
            v[k] = logV(r, alpha, s, beta, rows.pairX[k], rows.pairTime[k]);
    });
    return v;
}

} // namespace

double ParetoNbd::logLikelihood(const CollapsedRows &rows, const double *params, double *grad) const
{
    const double r = params[0], alpha = params[1], s = params[2], beta = params[3];
    const bool wantGrad = grad != nullptr;
    const std::vector<LogV> v = pairTerms(rows, r, alpha, s, beta);
    // Per distinct x: log G(r+x), digamma(r+x), log(r+s+x) and 1/(r+s+x).
    struct XTerms
    {
        double logGammaRx, digammaRx, logRsx, invRsx;
    };
    std::vector<XTerms> xt(rows.xColumn.values.size());
    for (std::size_t k = 0; k < xt.size(); ++k) {
        const double x = rows.xColumn.values[k];
        xt[k] = {logGamma(r + x), wantGrad ? digamma(r + x) : 0.0, std::log(r + s + x), 1.0 / (r + s + x)};
    }
    // Per distinct T: log(alpha+T), log(beta+T) and their inverses.
    struct TTerms
    {
        double logAT, logBT, invAT, invBT;
    };
    std::vector<TTerms> tt(rows.TColumn.values.size());
    for (std::size_t k = 0; k < tt.size(); ++k) {
        const double T = rows.TColumn.values[k];
        tt[k] = {std::log(alpha + T), std::log(beta + T), 1.0 / (alpha + T), 1.0 / (beta + T)};
    }
    const double logS = std::log(s), invS = 1.0 / s;
    const double minusInf = -std::numeric_limits<double>::infinity();

    const std::vector<double> sums = parallelSum(rows.size(), 5, [&](std::size_t begin, std::size_t end, double *acc) {
        for (std::size_t i = begin; i < end; ++i) {
            const double w = rows.weight[i], x = rows.x[i];
            const XTerms &ex = xt[rows.xColumn.index[i]];
            const TTerms &et = tt[rows.TColumn.index[i]];
            // Alive at T: (alpha+T)^-(r+x) (beta+T)^-s.
            const double logL1 = -(r + x) * et.logAT - s * et.logBT;
            // Died in (t_x, T]: s/(r+s+x) (V(t_x) - V(T)), zero when t_x = T.
            double logL2 = minusInf, u = 0.0;
            const LogV *v1 = nullptr, *v2 = nullptr;
            if (rows.tx[i] < rows.T[i]) {
                v1 = &v[rows.txPair[i]];
                v2 = &v[rows.TPair[i]];
                u = std::exp(v2->value - v1->value); // V(T)/V(t_x) in [0, 1)
                if (u < 1.0)
                    logL2 = logS - ex.logRsx + v1->value + std::log1p(-u);
                else
                    v1 = nullptr;
            }
            // log-sum-exp with one exp: e = exp(low - high), weights 1/(1+e), e/(1+e).
            const bool firstHigh = logL1 >= logL2;
            const double e = std::exp(firstHigh ? logL2 - logL1 : logL1 - logL2);
            const double lse = (firstHigh ? logL1 : logL2) + std::log1p(e);
            acc[0] += w * (ex.logGammaRx + lse);
            if (!wantGrad)
                continue;
            const double wHigh = 1.0 / (1.0 + e);
            const double w1 = firstHigh ? wHigh : e * wHigh;
            const double w2 = firstHigh ? e * wHigh : wHigh;
            double g0 = ex.digammaRx - w1 * et.logAT;
            double g1 = -w1 * (r + x) * et.invAT;
            double g2 = -w1 * et.logBT;
            double g3 = -w1 * s * et.invBT;
            if (v1) {
                const double scale = w2 / (1.0 - u);
                g0 += scale * (v1->d[0] - u * v2->d[0]) - w2 * ex.invRsx;
                g1 += scale * (v1->d[1] - u * v2->d[1]);
                g2 += scale * (v1->d[2] - u * v2->d[2]) + w2 * (invS - ex.invRsx);
                g3 += scale * (v1->d[3] - u * v2->d[3]);
            }
            acc[1] += w * g0;
            acc[2] += w * g1;
            acc[3] += w * g2;
            acc[4] += w * g3;
        }
    });
    const double W = rows.totalWeight;
    const double ll = sums[0] + W * (-logGamma(r) + r * std::log(alpha) + s * std::log(beta));
    if (wantGrad) {
        grad[0] = sums[1] + W * (-digamma(r) + std::log(alpha));
        grad[1] = sums[2] + W * r / alpha;
        grad[2] = sums[3] + W * std::log(beta);
        grad[3] = sums[4] + W * s / beta;
    }
    return ll;
}

std::vector<std::vector<double>> ParetoNbd::startingPoints(const CollapsedRows &rows) const
{
    const double rate = meanPurchaseRate(rows);
    return {{1.0, 1.0 / rate, 1.0, 1.0 / rate}, {0.5, 0.5 / rate, 0.5, 0.5 / rate}, {1.0, 1.0, 1.0, 1.0}};
}

double ParetoNbd::probabilityAlive(double x, double tx, double T) const
{
    const double *p = params_.data();
    return aliveFrom(customerTerms(p[0], p[1], p[2], p[3], x, tx, T, nullptr, nullptr));
}

void ParetoNbd::probabilityAliveRows(const CollapsedRows &rows, double *out) const
{
    // Same arithmetic as probabilityAlive, with log V shared by the rows of a pair.
    const double r = params_[0], alpha = params_[1], s = params_[2], beta = params_[3];
    const std::vector<LogV> v = pairTerms(rows, r, alpha, s, beta);
    parallelBlocks(rows.size(), [&](std::size_t, std::size_t begin, std::size_t end) {
        double dv[4];
        for (std::size_t i = begin; i < end; ++i) {
            const double logDiff = rows.tx[i] < rows.T[i] ? logVDifferenceOf(v[rows.txPair[i]], v[rows.TPair[i]], dv)
                                                          : -std::numeric_limits<double>::infinity();
            out[i] = aliveFrom(termsFrom(r, alpha, s, beta, rows.x[i], rows.T[i], logDiff, dv, nullptr, nullptr));
        }
    });
}

namespace {

// (1 - (1 + t/B)^-(s-1)) / (s-1), continuous at s = 1.
double dropoutIntegral(double s, double B, double t)
{
    const double l = std::log1p(t / B);
    const double e = s - 1.0;
    if (std::abs(e) < 1e-10)
        return l;
    return -std::expm1(-e * l) / e;
}

} // namespace

double ParetoNbd::expectedPurchases(double t) const
{
    const double r = params_[0], alpha = params_[1], s = params_[2], beta = params_[3];
    return r * beta / alpha * dropoutIntegral(s, beta, t);
}

double ParetoNbd::expectedGivenAlive(double t, double x, double T) const
{
    const double r = params_[0], alpha = params_[1], s = params_[2], beta = params_[3];
    return (r + x) * (beta + T) / (alpha + T) * dropoutIntegral(s, beta + T, t);
}

double ParetoNbd::probabilityAliveAt(double t, double x, double tx, double T) const
{
    const double s = params_[2], beta = params_[3];
    return probabilityAlive(x, tx, T) * std::exp(-s * std::log1p(t / (beta + T)));
}

double ParetoNbd::noPurchaseGivenAlive(double t, double x, double T) const
{
    // Given alive at T: survive to T+t without a purchase, or die at T+u < T+t
    // without one; the second part is s (beta+T)^s (alpha+T)^(r+x) (V(T) - V(T+t)) / (r+s+x).
    const double r = params_[0], alpha = params_[1], s = params_[2], beta = params_[3];
    if (t <= 0.0)
        return 1.0;
    const double survive = std::exp(-s * std::log1p(t / (beta + T)) - (r + x) * std::log1p(t / (alpha + T)));
    double d[4];
    const double logDiff = logVDifference(r, alpha, s, beta, x, T, T + t, d);
    const double die =
        std::exp(std::log(s) + s * std::log(beta + T) + (r + x) * std::log(alpha + T) + logDiff - std::log(r + s + x));
    return std::min(1.0, survive + die);
}

double ParetoNbd::probabilityOfPurchases(int k, double t) const
{
    // Mixture over the death time u: P = NB(k; r, alpha, t) P(u > t)
    //   + int_0^t s beta^s (beta+u)^-(s+1) NB(k; r, alpha, u) du.
    const double r = params_[0], alpha = params_[1], s = params_[2], beta = params_[3];
    if (k < 0)
        return 0.0;
    const double logCoef = logGamma(r + k) - logGamma(r) - logGamma(k + 1.0);
    auto nb = [&](double u) {
        if (u <= 0.0)
            return k == 0 ? 1.0 : 0.0;
        return std::exp(logCoef + r * std::log(alpha / (alpha + u)) + k * std::log(u / (alpha + u)));
    };
    const double alive = std::exp(-s * std::log1p(t / beta));
    auto integrand = [&](double u) { return s / beta * std::exp(-(s + 1.0) * std::log1p(u / beta)) * nb(u); };
    const double integral = boost::math::quadrature::gauss_kronrod<double, 31>::integrate(integrand, 0.0, t, 15, 1e-12);
    return nb(t) * alive + integral;
}

} // namespace ltv::models::btyd
