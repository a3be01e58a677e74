#pragma once
// The transaction half of a BTYD model: a likelihood for (x, t_x, T) and the
// per-customer expectations derived from it. BG/NBD, modified BG/NBD and
// Pareto/NBD implement it; times are in the model's time unit.

#include "models/btyd/CollapsedRows.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ltv::models::btyd {

class TransactionModel
{
public:
    virtual ~TransactionModel() = default;

    virtual QString id() const = 0;          // "bgnbd", "mbgnbd", "pnbd"
    virtual QString displayName() const = 0; // translated
    virtual QStringList parameterNames() const = 0;
    int parameterCount() const { return static_cast<int>(parameterNames().size()); }

    // Total weighted log-likelihood at natural parameters; fills the gradient
    // with respect to them when grad is non-null. Uses both cores.
    virtual double logLikelihood(const CollapsedRows &rows, const double *params, double *grad) const = 0;
    // Starting points for the optimiser, best guess first.
    virtual std::vector<std::vector<double>> startingPoints(const CollapsedRows &rows) const = 0;

    void setParameters(std::vector<double> params) { params_ = std::move(params); }
    const std::vector<double> &parameters() const { return params_; }

    // E[X(t)] for a new customer (purchase at time 0).
    virtual double expectedPurchases(double t) const = 0;
    // E[X(T, T+t] | x, t_x, T] = P(alive at T) * expectedGivenAlive(t, x, T).
    double conditionalExpectedPurchases(double t, double x, double tx, double T) const;
    // E[X(T, T+t] | alive at T, x, T]: does not depend on t_x, so predictions
    // compute it once per distinct (x, T).
    virtual double expectedGivenAlive(double t, double x, double T) const = 0;
    // P(alive at T | x, t_x, T).
    virtual double probabilityAlive(double x, double tx, double T) const = 0;
    // P(alive at T) of every row; the default calls probabilityAlive per row on all cores.
    virtual void probabilityAliveRows(const CollapsedRows &rows, double *out) const;
    // P(alive at T + t | x, t_x, T), no purchases observed after T.
    virtual double probabilityAliveAt(double t, double x, double tx, double T) const = 0;
    // P(no purchase in (T, T+t] | x, t_x, T) = 1 - alive + alive * noPurchaseGivenAlive(t, x, T).
    double probabilityNoPurchase(double t, double x, double tx, double T) const;
    // P(no purchase in (T, T+t] | alive at T, x, T).
    virtual double noPurchaseGivenAlive(double t, double x, double T) const = 0;
    // P(X(t) = k) for a new customer.
    virtual double probabilityOfPurchases(int k, double t) const = 0;

    virtual std::unique_ptr<TransactionModel> clone() const = 0;

protected:
    std::vector<double> params_;
};

// "bgnbd", "mbgnbd" or "pnbd"; nullptr for anything else.
std::unique_ptr<TransactionModel> createTransactionModel(const QString &id);

// Mean repeat purchases per unit of age, for data-driven starting points.
double meanPurchaseRate(const CollapsedRows &rows);

// Thread-safe log-gamma (std::lgamma writes the global signgam).
double logGamma(double x);
double logBeta(double a, double b);
double digamma(double x);

} // namespace ltv::models::btyd
