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

// log(V(t1) - V(t2)) for t1 < t2 with its gradient; -inf when t1 == t2.
double logVDifference(double r, double alpha, double s, double beta, double x, double t1, double t2, double *d)
{
    if (!(t1 < t2)) {
        for (int j = 0; j < 4; ++j)
            d[j] = 0.0;
        return -std::numeric_limits<double>::infinity();
    }
    const LogV v1 = logV(r, alpha, s, beta, x, t1);
    const LogV v2 = logV(r, alpha, s, beta, x, t2);
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

struct CustomerTerms
{
    double logL1; // log of the "alive at T" term (without the common factor)
    double logL2; // log of the "died in (t_x, T]" term
};

CustomerTerms customerTerms(double r, double alpha, double s, double beta, double x, double tx, double T, double *d1,
                            double *d2)
{
    CustomerTerms out{};
    out.logL1 = -(r + x) * std::log(alpha + T) - s * std::log(beta + T);
    if (d1) {
        d1[0] = -std::log(alpha + T);
        d1[1] = -(r + x) / (alpha + T);
        d1[2] = -std::log(beta + T);
        d1[3] = -s / (beta + T);
    }
    double dv[4];
    const double logDiff = logVDifference(r, alpha, s, beta, x, tx, T, dv);
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

double logSumExp(double a, double b)
{
    const double hi = std::max(a, b);
    if (hi == -std::numeric_limits<double>::infinity())
        return hi;
    return hi + std::log1p(std::exp(std::min(a, b) - hi));
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

double ParetoNbd::logLikelihood(const CollapsedRows &rows, const double *params, double *grad) const
{
    const double r = params[0], alpha = params[1], s = params[2], beta = params[3];
    const bool wantGrad = grad != nullptr;
    // Per distinct x: log G(r+x) and digamma(r+x).
    std::vector<double> lgx(rows.xColumn.values.size()), dgx(rows.xColumn.values.size());
    for (std::size_t k = 0; k < lgx.size(); ++k) {
        lgx[k] = logGamma(r + rows.xColumn.values[k]);
        dgx[k] = wantGrad ? digamma(r + rows.xColumn.values[k]) : 0.0;
    }
    const std::vector<double> sums = parallelSum(rows.size(), 5, [&](std::size_t begin, std::size_t end, double *acc) {
        double d1[4], d2[4];
        for (std::size_t i = begin; i < end; ++i) {
            const double w = rows.weight[i];
            const CustomerTerms c = customerTerms(r, alpha, s, beta, rows.x[i], rows.tx[i], rows.T[i],
                                                  wantGrad ? d1 : nullptr, wantGrad ? d2 : nullptr);
            const double lse = logSumExp(c.logL1, c.logL2);
            acc[0] += w * (lgx[rows.xColumn.index[i]] + lse);
            if (!wantGrad)
                continue;
            const double w1 = std::exp(c.logL1 - lse);
            const double w2 = std::exp(c.logL2 - lse);
            acc[1] += w * (dgx[rows.xColumn.index[i]] + w1 * d1[0] + w2 * d2[0]);
            acc[2] += w * (w1 * d1[1] + w2 * d2[1]);
            acc[3] += w * (w1 * d1[2] + w2 * d2[2]);
            acc[4] += w * (w1 * d1[3] + w2 * d2[3]);
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
    const CustomerTerms c = customerTerms(p[0], p[1], p[2], p[3], x, tx, T, nullptr, nullptr);
    return std::exp(c.logL1 - logSumExp(c.logL1, c.logL2));
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

double ParetoNbd::conditionalExpectedPurchases(double t, double x, double tx, double T) const
{
    const double r = params_[0], alpha = params_[1], s = params_[2], beta = params_[3];
    return (r + x) * (beta + T) / (alpha + T) * dropoutIntegral(s, beta + T, t) * probabilityAlive(x, tx, T);
}

double ParetoNbd::probabilityAliveAt(double t, double x, double tx, double T) const
{
    const double s = params_[2], beta = params_[3];
    return probabilityAlive(x, tx, T) * std::exp(-s * std::log1p(t / (beta + T)));
}

double ParetoNbd::probabilityNoPurchase(double t, double x, double tx, double T) const
{
    // Given alive at T: survive to T+t without a purchase, or die at T+u < T+t
    // without one; the second part is s (beta+T)^s (alpha+T)^(r+x) (V(T) - V(T+t)) / (r+s+x).
    const double r = params_[0], alpha = params_[1], s = params_[2], beta = params_[3];
    const double alive = probabilityAlive(x, tx, T);
    if (t <= 0.0)
        return 1.0;
    const double survive = std::exp(-s * std::log1p(t / (beta + T)) - (r + x) * std::log1p(t / (alpha + T)));
    double d[4];
    const double logDiff = logVDifference(r, alpha, s, beta, x, T, T + t, d);
    const double die =
        std::exp(std::log(s) + s * std::log(beta + T) + (r + x) * std::log(alpha + T) + logDiff - std::log(r + s + x));
    return (1.0 - alive) + alive * std::min(1.0, survive + die);
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
