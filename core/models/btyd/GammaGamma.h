#pragma once
// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"): the
// value of each repeat transaction is Gamma(p, nu) with nu ~ Gamma(q, gamma)
// across customers, independent of the transaction process. Fitted on repeat
// buyers (x > 0) from their mean repeat-transaction value.

#include "models/btyd/CollapsedRows.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ltv::models::btyd {

struct SpendRows
{
    std::vector<double> x; // repeat purchases (> 0)
    std::vector<double> m; // mean repeat spend (> 0)
    std::vector<double> logM;
    std::vector<double> logX;
    std::vector<double> weight;
    DistinctColumn xColumn;
    double totalWeight = 0.0;

    std::size_t size() const { return x.size(); }
};

class GammaGamma
{
public:
    static QString displayName();
    static QStringList parameterNames(); // p, q, gamma

    // A translated message when a repeat buyer (x > 0) has a non-positive or
    // non-finite mean spend, or when there are no repeat buyers; empty if fine.
    static QString validate(const double *x, const double *m, std::size_t n);
    // Repeat buyers only, collapsed into weighted unique (x, m) rows.
    static SpendRows collapse(const double *x, const double *m, std::size_t n);

    static double logLikelihood(const SpendRows &rows, const double *params, double *grad);
    static std::vector<std::vector<double>> startingPoints(const SpendRows &rows);

    void setParameters(std::vector<double> params) { params_ = std::move(params); }
    const std::vector<double> &parameters() const { return params_; }

    // E[spend per transaction | x, m]: p (gamma + x m) / (p x + q - 1); for
    // x = 0 the population mean p gamma / (q - 1). NaN when undefined (q <= 1).
    double conditionalExpectedSpend(double x, double m) const;
    double populationMeanSpend() const;
    // A translated warning when q <= 1 (mean spend undefined), else empty.
    QString meanWarning() const;

private:
    std::vector<double> params_;
};

} // namespace ltv::models::btyd
