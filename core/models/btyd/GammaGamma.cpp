#include "models/btyd/GammaGamma.h"

#include "models/btyd/ParallelRows.h"
#include "models/btyd/TransactionModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ltv::models::btyd {

QString GammaGamma::displayName()
{
    return QCoreApplication::translate("Btyd", "Gamma-Gamma spend");
}

QStringList GammaGamma::parameterNames()
{
    return {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma")};
}

QString GammaGamma::validate(const double *x, const double *m, std::size_t n)
{
    std::size_t bad = 0, firstBad = 0, repeat = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!(x[i] > 0.0))
            continue;
        ++repeat;
        if (!(m[i] > 0.0) || !std::isfinite(m[i])) {
            if (bad++ == 0)
                firstBad = i;
        }
    }
    if (bad > 0)
        return QCoreApplication::translate("Btyd",
                                           "Gamma-Gamma needs a positive mean spend for every repeat buyer, but %1 "
                                           "repeat buyer(s) have zero, negative or missing spend (first: row %2, "
                                           "value %3). Remove returns-only customers or net the returns first.")
            .arg(bad)
            .arg(firstBad)
            .arg(m[firstBad]);
    if (repeat == 0)
        return QCoreApplication::translate("Btyd", "Gamma-Gamma needs repeat buyers (frequency > 0); there are none.");
    return {};
}

SpendRows GammaGamma::collapse(const double *x, const double *m, std::size_t n)
{
    // Mean spend is nearly continuous, so most (x, m) pairs are unique: sorting
    // contiguous pairs is then cheaper than a hash table as large as the data.
    struct Buyer
    {
        double x, m;
    };
    std::vector<Buyer> buyers;
    for (std::size_t i = 0; i < n; ++i)
        if (x[i] > 0.0)
            buyers.push_back({x[i], m[i] + 0.0});
    std::sort(buyers.begin(), buyers.end(),
              [](const Buyer &a, const Buyer &b) { return a.x < b.x || (a.x == b.x && a.m < b.m); });
    SpendRows rows;
    for (const Buyer &b : buyers) {
        if (!rows.x.empty() && rows.x.back() == b.x && rows.m.back() == b.m) {
            rows.weight.back() += 1.0;
            continue;
        }
        rows.x.push_back(b.x);
        rows.m.push_back(b.m);
        rows.weight.push_back(1.0);
    }
    const std::size_t u = rows.x.size();
    rows.logM.resize(u);
    rows.logX.resize(u);
    parallelBlocks(u, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            rows.logM[k] = std::log(rows.m[k]);
            rows.logX[k] = std::log(rows.x[k]);
        }
    });
    rows.totalWeight = static_cast<double>(buyers.size());
    rows.xColumn = distinctColumn(rows.x);
    return rows;
}

double GammaGamma::logLikelihood(const SpendRows &rows, const double *params, double *grad)
{
    // log L = lG(px+q) - lG(px) - lG(q) + q log(gamma) + (px-1) log m + px log x - (px+q) log(x m + gamma)
    const double p = params[0], q = params[1], g = params[2];
    const bool wantGrad = grad != nullptr;
    const std::size_t nx = rows.xColumn.values.size();
    std::vector<double> lg(nx), dgSum(nx), dgPx(nx);
    for (std::size_t k = 0; k < nx; ++k) {
        const double px = p * rows.xColumn.values[k];
        lg[k] = logGamma(px + q) - logGamma(px);
        if (wantGrad) {
            dgSum[k] = digamma(px + q);
            dgPx[k] = digamma(px);
        }
    }
    const std::vector<double> sums = parallelSum(rows.size(), 4, [&](std::size_t begin, std::size_t end, double *acc) {
        for (std::size_t i = begin; i < end; ++i) {
            const double w = rows.weight[i], x = rows.x[i];
            const std::uint32_t k = rows.xColumn.index[i];
            const double px = p * x;
            const double denom = x * rows.m[i] + g;
            const double logDenom = std::log(denom);
            acc[0] += w * (lg[k] + (px - 1.0) * rows.logM[i] + px * rows.logX[i] - (px + q) * logDenom);
            if (!wantGrad)
                continue;
            acc[1] += w * x * (dgSum[k] - dgPx[k] + rows.logM[i] + rows.logX[i] - logDenom);
            acc[2] += w * (dgSum[k] - logDenom);
            acc[3] -= w * (px + q) / denom;
        }
    });
    const double W = rows.totalWeight;
    const double ll = sums[0] + W * (-logGamma(q) + q * std::log(g));
    if (wantGrad) {
        grad[0] = sums[1];
        grad[1] = sums[2] + W * (-digamma(q) + std::log(g));
        grad[2] = sums[3] + W * q / g;
    }
    return ll;
}

std::vector<std::vector<double>> GammaGamma::startingPoints(const SpendRows &rows)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        sum += rows.weight[i] * rows.m[i];
    const double mean = rows.totalWeight > 0.0 ? sum / rows.totalWeight : 1.0;
    return {{1.0, 2.0, mean}, {2.0, 3.0, mean}, {1.0, 1.0, 1.0}, {0.5, 0.5, mean / 2.0}};
}

double GammaGamma::conditionalExpectedSpend(double x, double m) const
{
    const double p = params_[0], q = params_[1], g = params_[2];
    const double denom = p * x + q - 1.0;
    if (!(denom > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    return p * (g + x * m) / denom;
}

double GammaGamma::populationMeanSpend() const
{
    return conditionalExpectedSpend(0.0, 0.0);
}

QString GammaGamma::meanWarning() const
{
    if (params_.size() == 3 && params_[1] <= 1.0)
        return QCoreApplication::translate("Btyd",
                                           "Gamma-Gamma q = %1 <= 1: the population mean spend is undefined, so "
                                           "spend for customers without repeat purchases is not predicted.")
            .arg(params_[1], 0, 'g', 4);
    return {};
}

} // namespace ltv::models::btyd
