#include "models/btyd/TransactionModel.h"

#include "models/btyd/BetaGeometricNbd.h"
#include "models/btyd/ParallelRows.h"
#include "models/btyd/ParetoNbd.h"

#include <boost/math/special_functions/digamma.hpp>

#include <cmath>

namespace ltv::models::btyd {

std::unique_ptr<TransactionModel> createTransactionModel(const QString &id)
{
    if (id == QLatin1String("bgnbd"))
        return std::make_unique<BetaGeometricNbd>(false);
    if (id == QLatin1String("mbgnbd"))
        return std::make_unique<BetaGeometricNbd>(true);
    if (id == QLatin1String("pnbd"))
        return std::make_unique<ParetoNbd>();
    return nullptr;
}

double TransactionModel::conditionalExpectedPurchases(double t, double x, double tx, double T) const
{
    return probabilityAlive(x, tx, T) * expectedGivenAlive(t, x, T);
}

double TransactionModel::probabilityNoPurchase(double t, double x, double tx, double T) const
{
    const double alive = probabilityAlive(x, tx, T);
    return (1.0 - alive) + alive * noPurchaseGivenAlive(t, x, T);
}

void TransactionModel::probabilityAliveRows(const CollapsedRows &rows, double *out) const
{
    parallelBlocks(rows.size(), [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k)
            out[k] = probabilityAlive(rows.x[k], rows.tx[k], rows.T[k]);
    });
}

double meanPurchaseRate(const CollapsedRows &rows)
{
    double purchases = 0.0;
    double age = 0.0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        purchases += rows.weight[i] * rows.x[i];
        age += rows.weight[i] * rows.T[i];
    }
    return purchases > 0.0 && age > 0.0 ? purchases / age : 1.0;
}

double logGamma(double x)
{
    int sign = 0;
    return ::lgamma_r(x, &sign);
}

double logBeta(double a, double b)
{
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}

double digamma(double x)
{
    return boost::math::digamma(x);
}

} // namespace ltv::models::btyd
