#include "models/btyd/MaximumLikelihood.h"

#include <Eigen/Dense>
#include <LBFGS.h>
#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::models::btyd {
namespace {

using Vec = Eigen::VectorXd;

constexpr double kConvergedGradient = 1e-5;
constexpr double kInfeasible = 1e100;
// The Newton polish stops once its next step would change no parameter by
// more than this (relative): far below any standard error, and near the
// level where the objective's rounding noise hides further progress.
constexpr double kNewtonStepDone = 1e-6;

// Mean negative log-likelihood plus penalty, in log-parameters, remembering the
// best finite point seen (L-BFGS++ may stop on a worse trial point when a
// line search fails).
class Objective
{
public:
    Objective(const LikelihoodProblem &problem, double penalizer, const pipeline::JobContext &job)
        : problem_(problem)
        , penalizer_(penalizer)
        , job_(job)
    {}

    double operator()(const Vec &theta, Vec &grad)
    {
        job_.throwIfCancelled();
        const int n = problem_.dimension;
        std::vector<double> params(n), g(n, 0.0);
        for (int j = 0; j < n; ++j)
            params[j] = std::exp(theta[j]);
        const double ll = problem_.logLikelihood(params.data(), g.data());
        double f = -ll / problem_.totalWeight;
        grad.resize(n);
        bool finite = std::isfinite(f);
        for (int j = 0; j < n; ++j) {
            f += penalizer_ * params[j] * params[j];
            grad[j] = -g[j] * params[j] / problem_.totalWeight + 2.0 * penalizer_ * params[j] * params[j];
            finite = finite && std::isfinite(grad[j]) && std::isfinite(params[j]) && params[j] > 0.0;
        }
        ++evaluations;
        if (!finite) {
            grad.setZero();
            return kInfeasible;
        }
        if (f < bestValue) {
            ++improvements;
            bestValue = f;
            best = theta;
            bestGrad = grad;
        }
        return f;
    }

    double valueAndGradient(const Vec &theta, Vec &grad) { return (*this)(theta, grad); }

    double bestValue = std::numeric_limits<double>::infinity();
    Vec best;
    Vec bestGrad;
    int evaluations = 0;
    int improvements = 0; // accepted decreases: one per L-BFGS iteration

private:
    const LikelihoodProblem &problem_;
    double penalizer_;
    const pipeline::JobContext &job_;
};

// Central differences of the analytic gradient, symmetrised.
Eigen::MatrixXd numericalHessian(Objective &f, const Vec &theta)
{
    const int n = static_cast<int>(theta.size());
    Eigen::MatrixXd h(n, n);
    Vec gp, gm;
    for (int j = 0; j < n; ++j) {
        const double step = 1e-5 * std::max(1.0, std::abs(theta[j]));
        Vec tp = theta, tm = theta;
        tp[j] += step;
        tm[j] -= step;
        f(tp, gp);
        f(tm, gm);
        h.col(j) = (gp - gm) / (2.0 * step);
    }
    return 0.5 * (h + h.transpose());
}

struct Attempt
{
    Vec theta;
    Eigen::MatrixXd hessian; // at theta when the polish computed it there, else empty
    double value = std::numeric_limits<double>::infinity();
    double gradientNorm = std::numeric_limits<double>::infinity();
    int iterations = 0;
    QString lineSearchNote;
};

Attempt runStart(Objective &f, const std::vector<double> &start, const MleOptions &options)
{
    Attempt attempt;
    const int n = static_cast<int>(start.size());
    Vec theta(n);
    for (int j = 0; j < n; ++j)
        theta[j] = std::log(start[j]);
    f.bestValue = std::numeric_limits<double>::infinity();
    f.improvements = 0;
    LBFGSpp::LBFGSParam<double> param;
    param.epsilon = options.gradientTolerance;
    param.epsilon_rel = 0.0;
    // Also stop once the objective is flat to near machine precision; the
    // Newton polish below takes the last digits.
    param.past = 3;
    param.delta = 1e-13;
    param.max_iterations = options.maxIterations;
    param.max_linesearch = 30;
    param.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_STRONG_WOLFE;
    LBFGSpp::LBFGSSolver<double> solver(param);
    double fx = 0.0;
    try {
        attempt.iterations = solver.minimize(f, theta, fx);
    } catch (const std::runtime_error &e) {
        // Typically the line search cannot improve any more at the optimum's
        // numerical floor; the Newton polish below decides.
        attempt.lineSearchNote = QString::fromUtf8(e.what());
        attempt.iterations = std::max(0, f.improvements - 1);
    } catch (const std::logic_error &e) {
        attempt.lineSearchNote = QString::fromUtf8(e.what());
    }
    if (!std::isfinite(f.bestValue))
        return attempt;
    theta = f.best;
    Vec grad = f.bestGrad;
    double value = f.bestValue;

    // Newton polish: a few damped steps with the numerical Hessian, until the
    // step would change no parameter by more than kNewtonStepDone. The last
    // Hessian is kept for the standard errors.
    for (int step = 0; step < 6 && grad.norm() > 1e-10; ++step) {
        const Eigen::MatrixXd h = numericalHessian(f, theta);
        Eigen::LLT<Eigen::MatrixXd> llt(h);
        if (llt.info() != Eigen::Success)
            break;
        const Vec direction = -llt.solve(grad);
        if (direction.lpNorm<Eigen::Infinity>() < kNewtonStepDone) {
            attempt.hessian = h;
            break;
        }
        bool improved = false;
        for (double scale = 1.0; scale > 1e-4; scale *= 0.5) {
            Vec trial = theta + scale * direction;
            Vec trialGrad;
            const double trialValue = f(trial, trialGrad);
            if (trialValue < kInfeasible && (trialValue < value || (trialValue <= value + 1e-15 * std::abs(value) &&
                                                                    trialGrad.norm() < grad.norm()))) {
                theta = trial;
                grad = trialGrad;
                value = trialValue;
                improved = true;
                break;
            }
        }
        if (!improved)
            break;
    }
    attempt.theta = theta;
    attempt.value = value;
    attempt.gradientNorm = grad.norm();
    return attempt;
}

} // namespace

MleResult maximizeLikelihood(const LikelihoodProblem &problem, const MleOptions &options, const QString &name,
                             const pipeline::JobContext &job)
{
    MleResult result;
    Objective f(problem, options.penalizer, job);
    Attempt best;
    const int starts = static_cast<int>(options.starts.size());
    for (int s = 0; s < starts; ++s) {
        job.setProgress(double(s) / starts);
        Attempt attempt = runStart(f, options.starts[s], options);
        if (attempt.value < best.value - 1e-12 * std::abs(best.value) ||
            (attempt.value <= best.value && attempt.gradientNorm < best.gradientNorm))
            best = attempt;
        if (best.gradientNorm < kConvergedGradient)
            break; // a converged start: later starts are fallbacks only
    }
    job.setProgress(1.0);
    const int n = problem.dimension;
    if (!std::isfinite(best.value) || best.value >= kInfeasible) {
        result.message = QCoreApplication::translate("Btyd", "%1 fit failed: the log-likelihood is not finite at any "
                                                             "starting point. Check the customer summary (time unit, "
                                                             "frequency and recency).")
                             .arg(name);
        return result;
    }
    result.params.resize(n);
    for (int j = 0; j < n; ++j)
        result.params[j] = std::exp(best.theta[j]);
    result.logLikelihood = problem.logLikelihood(result.params.data(), nullptr);
    result.iterations = best.iterations;
    result.gradientNorm = best.gradientNorm;
    result.converged = best.gradientNorm < kConvergedGradient;
    if (!result.converged) {
        result.message =
            QCoreApplication::translate("Btyd", "%1 fit did not converge: gradient norm %2 after %3 iterations (%4). "
                                                "Try a penaliser (e.g. 0.001) or another time unit.")
                .arg(name)
                .arg(best.gradientNorm, 0, 'g', 3)
                .arg(best.iterations)
                .arg(best.lineSearchNote.isEmpty() ? QStringLiteral("-") : best.lineSearchNote);
    }

    // Standard errors: inverse Hessian of the total negative log-likelihood in
    // log-parameters, mapped by the delta method d(param) = param d(theta).
    result.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
    const Eigen::MatrixXd h =
        (best.hessian.size() > 0 ? best.hessian : numericalHessian(f, best.theta)) * problem.totalWeight;
    Eigen::LLT<Eigen::MatrixXd> llt(h);
    if (llt.info() == Eigen::Success) {
        const Eigen::MatrixXd cov = llt.solve(Eigen::MatrixXd::Identity(n, n));
        for (int j = 0; j < n; ++j)
            result.standardErrors[j] = result.params[j] * std::sqrt(std::max(0.0, cov(j, j)));
    } else {
        result.warnings << QCoreApplication::translate("Btyd",
                                                       "%1: the Hessian is not positive definite at the optimum, "
                                                       "so standard errors are not available.")
                               .arg(name);
    }
    return result;
}

} // namespace ltv::models::btyd
