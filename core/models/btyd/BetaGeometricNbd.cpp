#include "models/btyd/BetaGeometricNbd.h"

#include "models/btyd/Hypergeometric.h"
#include "models/btyd/ParallelRows.h"

#include <QCoreApplication>

#include <boost/math/special_functions/beta.hpp>

#include <cmath>

namespace ltv::models::btyd {

// The likelihood of one customer, with m = 1 for the modified model:
//   L = G(r+x) alpha^r / G(r) / B(a,b) * [ B(a, b+x+m) (alpha+T)^-(r+x)
//       + [x+m >= 1] B(a+1, b+x+m-1) (alpha+t_x)^-(r+x) ]
// evaluated as a log-sum-exp. Terms depending only on x, t_x or T are
// tabulated once per distinct value.

QString BetaGeometricNbd::id() const
{
    return modified_ ? QStringLiteral("mbgnbd") : QStringLiteral("bgnbd");
}

QString BetaGeometricNbd::displayName() const
{
    return modified_ ? QCoreApplication::translate("Btyd", "Modified BG/NBD")
                     : QCoreApplication::translate("Btyd", "BG/NBD");
}

QStringList BetaGeometricNbd::parameterNames() const
{
    return {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")};
}

namespace {

struct XTerms
{
    double logGammaRx, digammaRx;
    double c1, c1a, c1b; // log B(a, b+x+m) and derivatives
    double c2, c2a, c2b; // log B(a+1, b+x+m-1) and derivatives
    bool hasSecond;
};

struct TimeTerms
{
    double logShifted; // log(alpha + t)
    double inverse;    // 1 / (alpha + t)
};

} // namespace

double BetaGeometricNbd::logLikelihood(const CollapsedRows &rows, const double *params, double *grad) const
{
    const double r = params[0], alpha = params[1], a = params[2], b = params[3];
    const double m = shift();
    const bool wantGrad = grad != nullptr;

    std::vector<XTerms> xt(rows.xColumn.values.size());
    const double digA = wantGrad ? digamma(a) : 0.0;
    const double digA1 = wantGrad ? digamma(a + 1.0) : 0.0;
    for (std::size_t k = 0; k < xt.size(); ++k) {
        const double x = rows.xColumn.values[k];
        XTerms &e = xt[k];
        e.logGammaRx = logGamma(r + x);
        e.c1 = logBeta(a, b + x + m);
        e.hasSecond = x + m >= 1.0;
        e.c2 = e.hasSecond ? logBeta(a + 1.0, b + x + m - 1.0) : 0.0;
        if (wantGrad) {
            const double digABXM = digamma(a + b + x + m);
            e.digammaRx = digamma(r + x);
            e.c1a = digA - digABXM;
            e.c1b = digamma(b + x + m) - digABXM;
            e.c2a = e.hasSecond ? digA1 - digABXM : 0.0;
            e.c2b = e.hasSecond ? digamma(b + x + m - 1.0) - digABXM : 0.0;
        }
    }
    auto timeTable = [alpha](const DistinctColumn &col) {
        std::vector<TimeTerms> out(col.values.size());
        for (std::size_t k = 0; k < out.size(); ++k)
            out[k] = {std::log(alpha + col.values[k]), 1.0 / (alpha + col.values[k])};
        return out;
    };
    const std::vector<TimeTerms> tT = timeTable(rows.TColumn);
    const std::vector<TimeTerms> tx = timeTable(rows.txColumn);

    const std::vector<double> sums = parallelSum(rows.size(), 5, [&](std::size_t begin, std::size_t end, double *acc) {
        for (std::size_t i = begin; i < end; ++i) {
            const double w = rows.weight[i];
            const double rx = r + rows.x[i];
            const XTerms &e = xt[rows.xColumn.index[i]];
            const TimeTerms &atT = tT[rows.TColumn.index[i]];
            const double d1 = e.c1 - rx * atT.logShifted;
            double lse = d1, w1 = 1.0, w2 = 0.0;
            const TimeTerms *atTx = nullptr;
            if (e.hasSecond) {
                // log-sum-exp with a single exp: e = exp(low - high), weights 1/(1+e) and e/(1+e).
                atTx = &tx[rows.txColumn.index[i]];
                const double d2 = e.c2 - rx * atTx->logShifted;
                const bool firstHigh = d1 >= d2;
                const double ratio = std::exp(firstHigh ? d2 - d1 : d1 - d2);
                lse = (firstHigh ? d1 : d2) + std::log1p(ratio);
                const double wHigh = 1.0 / (1.0 + ratio);
                w1 = firstHigh ? wHigh : ratio * wHigh;
                w2 = firstHigh ? ratio * wHigh : wHigh;
            }
            acc[0] += w * (e.logGammaRx + lse);
            if (!wantGrad)
                continue;
            const double lnTx = atTx ? atTx->logShifted : 0.0;
            const double invTx = atTx ? atTx->inverse : 0.0;
            acc[1] += w * (e.digammaRx - w1 * atT.logShifted - w2 * lnTx);
            acc[2] -= w * rx * (w1 * atT.inverse + w2 * invTx);
            acc[3] += w * (w1 * e.c1a + w2 * e.c2a);
            acc[4] += w * (w1 * e.c1b + w2 * e.c2b);
        }
    });
    const double W = rows.totalWeight;
    const double ll = sums[0] + W * (-logGamma(r) + r * std::log(alpha) - logBeta(a, b));
    if (wantGrad) {
        const double digAB = digamma(a + b);
        grad[0] = sums[1] + W * (-digamma(r) + std::log(alpha));
        grad[1] = sums[2] + W * r / alpha;
        grad[2] = sums[3] - W * (digA - digAB);
        grad[3] = sums[4] - W * (digamma(b) - digAB);
    }
    return ll;
}

std::vector<std::vector<double>> BetaGeometricNbd::startingPoints(const CollapsedRows &rows) const
{
    const double rate = meanPurchaseRate(rows);
    return {{1.0, 1.0 / rate, 1.0, 1.0}, {0.5, 0.5 / rate, 0.5, 2.0}, {1.0, 1.0, 1.0, 1.0}, {0.1, 1.0, 0.1, 0.1}};
}

double BetaGeometricNbd::expectedGivenAliveAt(double R, double A, double B, double t) const
{
    if (t <= 0.0)
        return 0.0;
    double a = params_[2];
    if (std::abs(a - 1.0) < 1e-9)
        a = 1.0 + 1e-9; // removable singularity of the closed form
    const double z = t / (A + t);
    const LogHypergeometric h = logHyp2f1(R, B, a + B - 1.0, z);
    const double scaled = h.sign * std::exp(h.log + R * std::log(A / (A + t)));
    return (a + B - 1.0) / (a - 1.0) * (1.0 - scaled);
}

double BetaGeometricNbd::probabilityAlive(double x, double tx, double T) const
{
    const double r = params_[0], alpha = params_[1], a = params_[2], b = params_[3];
    const double m = shift();
    if (x + m < 1.0)
        return 1.0;
    const double logOdds =
        std::log(a) - std::log(b + x + m - 1.0) + (r + x) * (std::log(alpha + T) - std::log(alpha + tx));
    return 1.0 / (1.0 + std::exp(logOdds));
}

double BetaGeometricNbd::expectedPurchases(double t) const
{
    return conditionalExpectedPurchases(t, 0.0, 0.0, 0.0);
}

double BetaGeometricNbd::expectedGivenAlive(double t, double x, double T) const
{
    const double r = params_[0], alpha = params_[1], b = params_[3];
    return expectedGivenAliveAt(r + x, alpha + T, b + x + shift(), t);
}

double BetaGeometricNbd::probabilityAliveAt(double t, double x, double tx, double T) const
{
    // Alive at T+t means surviving every purchase opportunity in (T, T+t]:
    // E[exp(-lambda p t)] = (A/(A+t))^R 2F1(R, B; a+B; t/(A+t)).
    const double r = params_[0], alpha = params_[1], a = params_[2], b = params_[3];
    const double R = r + x, A = alpha + T, B = b + x + shift();
    const double now = probabilityAlive(x, tx, T);
    if (t <= 0.0)
        return now;
    const LogHypergeometric h = logHyp2f1(R, B, a + B, t / (A + t));
    return now * h.sign * std::exp(h.log + R * std::log(A / (A + t)));
}

double BetaGeometricNbd::noPurchaseGivenAlive(double t, double x, double T) const
{
    // Alive customers drop out only right after a purchase, so silence means no Poisson event.
    const double r = params_[0], alpha = params_[1];
    return std::exp((r + x) * std::log((alpha + T) / (alpha + T + t)));
}

double BetaGeometricNbd::probabilityOfPurchases(int k, double t) const
{
    // P(X(t)=k) = B(a, b+k+m)/B(a,b) NB(k) + [k+m >= 1] B(a+1, b+k+m-1)/B(a,b) P(N(t) >= k),
    // with N(t) ~ NB(r, alpha/(alpha+t)); the tail is a regularised incomplete beta.
    const double r = params_[0], alpha = params_[1], a = params_[2], b = params_[3];
    const double m = shift();
    if (k < 0)
        return 0.0;
    const double logB = logBeta(a, b);
    const double logNb = logGamma(r + k) - logGamma(r) - logGamma(k + 1.0) + r * std::log(alpha / (alpha + t)) +
                         (k > 0 ? k * std::log(t / (alpha + t)) : 0.0);
    double p = std::exp(logBeta(a, b + k + m) - logB + logNb);
    if (k + m >= 1.0) {
        const double tail = k == 0 ? 1.0 : boost::math::ibeta(double(k), r, t / (alpha + t));
        p += std::exp(logBeta(a + 1.0, b + k + m - 1.0) - logB) * tail;
    }
    return p;
}

} // namespace ltv::models::btyd
