#pragma once
// Maximum-likelihood fitting on log-parameters with L-BFGS, shared by every
// BTYD model: robust multi-start, optional L2 penaliser, a Newton polish on a
// numerical Hessian of the analytic gradient, and standard errors from that
// Hessian (delta method back to the natural parameters).

#include "pipeline/JobContext.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ltv::models::btyd {

struct LikelihoodProblem
{
    int dimension = 0;
    double totalWeight = 1.0; // number of customers; the objective is the mean
    // Total (weighted) log-likelihood at the natural parameters; fills the
    // gradient with respect to the natural parameters when grad is non-null.
    std::function<double(const double *params, double *grad)> logLikelihood;
};

struct MleOptions
{
    double penalizer = 0.0;                  // adds penalizer * sum(param^2) to the mean negative LL
    int maxIterations = 3000;                // L-BFGS iterations per start
    double gradientTolerance = 1e-7;         // L-BFGS stop, on the gradient of the mean objective in log-parameters
    std::vector<std::vector<double>> starts; // natural-parameter starting points, tried in order
};

struct MleResult
{
    bool converged = false;
    std::vector<double> params;
    std::vector<double> standardErrors; // NaN when the Hessian is not positive definite
    double logLikelihood = 0.0;         // total, unpenalised
    int iterations = 0;
    double gradientNorm = 0.0; // of the mean objective in log-parameters
    QString message;           // explains a failure
    QStringList warnings;
};

// `name` is the model's display name, used in messages.
MleResult maximizeLikelihood(const LikelihoodProblem &problem, const MleOptions &options, const QString &name,
                             const pipeline::JobContext &job);

} // namespace ltv::models::btyd
