#pragma once
// BG/NBD (Fader, Hardie & Lee 2005) and the modified BG/NBD (Batislam, Denizel
// & Filiztekin 2007), which differ only in whether a customer can drop out
// right after the first purchase. Parameters: r, alpha (purchase rate gamma),
// a, b (dropout probability beta).

#include "models/btyd/TransactionModel.h"

namespace ltv::models::btyd {

class BetaGeometricNbd : public TransactionModel
{
public:
    explicit BetaGeometricNbd(bool modified)
        : modified_(modified)
    {}

    QString id() const override;
    QString displayName() const override;
    QStringList parameterNames() const override;

    double logLikelihood(const CollapsedRows &rows, const double *params, double *grad) const override;
    std::vector<std::vector<double>> startingPoints(const CollapsedRows &rows) const override;

    double expectedPurchases(double t) const override;
    double expectedGivenAlive(double t, double x, double T) const override;
    double probabilityAlive(double x, double tx, double T) const override;
    double probabilityAliveAt(double t, double x, double tx, double T) const override;
    double noPurchaseGivenAlive(double t, double x, double T) const override;
    double probabilityOfPurchases(int k, double t) const override;

    std::unique_ptr<TransactionModel> clone() const override { return std::make_unique<BetaGeometricNbd>(*this); }

private:
    // E[purchases in t | alive] with lambda ~ Gamma(R, A), p ~ Beta(a, B).
    double expectedGivenAliveAt(double R, double A, double B, double t) const;
    double shift() const { return modified_ ? 1.0 : 0.0; }

    bool modified_ = false;
};

} // namespace ltv::models::btyd
