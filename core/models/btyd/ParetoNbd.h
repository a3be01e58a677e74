#pragma once
// Pareto/NBD (Schmittlein, Morrison & Colombo 1987) with the likelihood of
// Fader & Hardie (2005). Parameters: r, alpha (purchase rate gamma), s, beta
// (dropout rate gamma). The hypergeometric terms are evaluated through
// 2F1(1, p; c; z) in log space (see docs/models-btyd.md), so heavy buyers,
// alpha = beta and t_x = T are all exact and finite.

#include "models/btyd/TransactionModel.h"

namespace ltv::models::btyd {

class ParetoNbd : public TransactionModel
{
public:
    QString id() const override { return QStringLiteral("pnbd"); }
    QString displayName() const override;
    QStringList parameterNames() const override;

    double logLikelihood(const CollapsedRows &rows, const double *params, double *grad) const override;
    std::vector<std::vector<double>> startingPoints(const CollapsedRows &rows) const override;

    double expectedPurchases(double t) const override;
    double expectedGivenAlive(double t, double x, double T) const override;
    double probabilityAlive(double x, double tx, double T) const override;
    void probabilityAliveRows(const CollapsedRows &rows, double *out) const override;
    double probabilityAliveAt(double t, double x, double tx, double T) const override;
    double noPurchaseGivenAlive(double t, double x, double T) const override;
    double probabilityOfPurchases(int k, double t) const override;

    std::unique_ptr<TransactionModel> clone() const override { return std::make_unique<ParetoNbd>(*this); }

    // Log-likelihood of one customer and its gradient (r, alpha, s, beta);
    // exposed for tests.
    static double customerLogLikelihood(const double *params, double x, double tx, double T, double *grad);
};

} // namespace ltv::models::btyd
