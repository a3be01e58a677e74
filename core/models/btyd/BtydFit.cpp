#include "models/btyd/BtydFit.h"

#include <QCoreApplication>

#include <cmath>

namespace ltv::models::btyd {

MleOptions mleOptionsFrom(const QVariantMap &options)
{
    MleOptions out;
    out.penalizer = options.value(QStringLiteral("penalizer"), 0.0).toDouble();
    out.maxIterations = options.value(QStringLiteral("maxIterations"), out.maxIterations).toInt();
    return out;
}

bool hasMonetary(const features::CustomerSummary &summary)
{
    if (summary.monetary.size() != summary.size())
        return false;
    for (double m : summary.monetary)
        if (m != 0.0)
            return true;
    return false;
}

namespace {

MleResult failed(const QString &message)
{
    MleResult r;
    r.message = message;
    return r;
}

} // namespace

MleResult fitTransactionModel(TransactionModel &model, const features::CustomerSummary &summary,
                              const MleOptions &options, const pipeline::JobContext &job)
{
    const std::size_t n = summary.frequency.size();
    if (n == 0 || summary.recency.size() != n || summary.age.size() != n)
        return failed(QCoreApplication::translate("Btyd", "%1: the customer summary is empty or its columns differ "
                                                          "in length.")
                          .arg(model.displayName()));
    const QString invalid =
        validateSummaryRows(summary.frequency.data(), summary.recency.data(), summary.age.data(), n);
    if (!invalid.isEmpty())
        return failed(model.displayName() + QStringLiteral(": ") + invalid);
    const CollapsedRows rows = collapseRows(summary.frequency.data(), summary.recency.data(), summary.age.data(), n);
    LikelihoodProblem problem;
    problem.dimension = model.parameterCount();
    problem.totalWeight = rows.totalWeight;
    problem.logLikelihood = [&](const double *params, double *grad) { return model.logLikelihood(rows, params, grad); };
    MleOptions opts = options;
    if (opts.starts.empty())
        opts.starts = model.startingPoints(rows);
    MleResult result = maximizeLikelihood(problem, opts, model.displayName(), job);
    if (!result.params.empty())
        model.setParameters(result.params);
    return result;
}

MleResult fitSpendModel(GammaGamma &model, const features::CustomerSummary &summary, const MleOptions &options,
                        const pipeline::JobContext &job, bool excludeNonPositive)
{
    const std::size_t n = summary.frequency.size();
    if (summary.monetary.size() != n || n == 0)
        return failed(QCoreApplication::translate("Btyd", "Gamma-Gamma needs the mean spend (monetary) of every "
                                                          "customer; the summary has none."));
    std::vector<double> x = summary.frequency;
    QStringList warnings;
    if (excludeNonPositive) {
        int excluded = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (x[i] > 0.0 && !(summary.monetary[i] > 0.0 && std::isfinite(summary.monetary[i]))) {
                x[i] = 0.0; // not a row of the spend fit
                ++excluded;
            }
        if (excluded > 0)
            warnings << QCoreApplication::translate("Btyd", "Gamma-Gamma: %1 repeat buyer(s) with zero or negative "
                                                            "mean spend were left out of the spend fit.")
                            .arg(excluded);
    }
    const QString invalid = GammaGamma::validate(x.data(), summary.monetary.data(), n);
    if (!invalid.isEmpty())
        return failed(invalid);
    const SpendRows rows = GammaGamma::collapse(x.data(), summary.monetary.data(), n);
    LikelihoodProblem problem;
    problem.dimension = 3;
    problem.totalWeight = rows.totalWeight;
    problem.logLikelihood = [&](const double *params, double *grad) {
        return GammaGamma::logLikelihood(rows, params, grad);
    };
    MleOptions opts = options;
    if (opts.starts.empty())
        opts.starts = GammaGamma::startingPoints(rows);
    MleResult result = maximizeLikelihood(problem, opts, GammaGamma::displayName(), job);
    result.warnings = warnings + result.warnings;
    if (!result.params.empty()) {
        model.setParameters(result.params);
        const QString warning = model.meanWarning();
        if (!warning.isEmpty())
            result.warnings << warning;
    }
    return result;
}

} // namespace ltv::models::btyd
