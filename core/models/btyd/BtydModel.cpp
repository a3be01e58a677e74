#include "models/btyd/BtydModel.h"

#include "models/btyd/BtydFit.h"
#include "models/btyd/Clv.h"
#include "models/btyd/ParallelRows.h"
#include "models/btyd/RowGrouping.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::models::btyd {
namespace {

constexpr quint32 kMagic = 0x4C545642; // "LTVB"
constexpr qint32 kVersion = 1;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isSpendOnly(const QString &id)
{
    return id == QLatin1String("gg");
}

} // namespace

BtydModel::BtydModel(const QString &id)
    : id_(id)
    , transaction_(isSpendOnly(id) ? nullptr : createTransactionModel(id))
{
    if (!isSpendOnly(id) && !transaction_)
        throw std::invalid_argument("unknown BTYD model id");
}

BtydModel::BtydModel(const BtydModel &other)
    : Model()
    , id_(other.id_)
    , unit_(other.unit_)
    , transaction_(other.transaction_ ? other.transaction_->clone() : nullptr)
    , spend_(other.spend_)
    , transactionErrors_(other.transactionErrors_)
    , spendErrors_(other.spendErrors_)
    , transactionLogLikelihood_(other.transactionLogLikelihood_)
    , spendLogLikelihood_(other.spendLogLikelihood_)
    , transactionFitted_(other.transactionFitted_)
{}

QString BtydModel::displayName() const
{
    if (!transaction_)
        return GammaGamma::displayName();
    return transaction_->displayName();
}

QList<ParamSpec> BtydModel::hyperparameters() const
{
    QList<ParamSpec> specs;
    specs << ParamSpec{
        QStringLiteral("penalizer"),
        QCoreApplication::translate("Btyd", "L2 penalty on the parameters (0 = plain maximum likelihood)"),
        0.0,
        0.0,
        QVariant(),
        {}};
    specs << ParamSpec{QStringLiteral("maxIterations"),
                       QCoreApplication::translate("Btyd", "Maximum L-BFGS iterations per starting point"),
                       3000,
                       10,
                       100000,
                       {}};
    if (transaction_) {
        specs << ParamSpec{QStringLiteral("spendModel"),
                           QCoreApplication::translate("Btyd", "Also fit the Gamma-Gamma spend model for LTV"),
                           true,
                           QVariant(),
                           QVariant(),
                           {}};
        specs << ParamSpec{QStringLiteral("excludeNonPositiveSpend"),
                           QCoreApplication::translate("Btyd", "Leave repeat buyers with zero or negative spend out of "
                                                               "the spend fit instead of skipping it"),
                           false,
                           QVariant(),
                           QVariant(),
                           {}};
    }
    return specs;
}

FitReport BtydModel::fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job)
{
    QElapsedTimer timer;
    timer.start();
    FitReport report;
    if (!data.summary) {
        report.message = QCoreApplication::translate("Btyd", "%1 needs a customer summary to fit.").arg(displayName());
        return report;
    }
    const features::CustomerSummary &summary = *data.summary;
    unit_ = summary.unit;
    const MleOptions mle = mleOptionsFrom(options);
    const bool wantSpend =
        !transaction_ || (options.value(QStringLiteral("spendModel"), true).toBool() && hasMonetary(summary));
    transactionFitted_ = false;
    QStringList messages;

    if (transaction_) {
        const MleResult r = fitTransactionModel(*transaction_, summary, mle, job.subTask(0.0, wantSpend ? 0.8 : 1.0));
        report.converged = r.converged;
        report.iterations = r.iterations;
        report.gradientNorm = r.gradientNorm;
        report.logLikelihood = r.logLikelihood;
        report.warnings << r.warnings;
        transactionErrors_ = r.standardErrors;
        transactionLogLikelihood_ = r.logLikelihood;
        transactionFitted_ = r.converged;
        if (!r.converged) {
            report.message = r.message;
            report.seconds = timer.elapsed() / 1000.0;
            return report;
        }
        messages << QCoreApplication::translate("Btyd", "%1 converged in %2 iterations, log-likelihood %3.")
                        .arg(transaction_->displayName())
                        .arg(r.iterations)
                        .arg(r.logLikelihood, 0, 'f', 3);
    }
    spend_.reset();
    if (wantSpend) {
        GammaGamma gg;
        // Option excludeNonPositiveSpend: a few returns-only repeat buyers need not
        // cost everyone their LTV; they are left out of the spend fit, with a warning.
        const bool exclude = transaction_ && options.value(QStringLiteral("excludeNonPositiveSpend"), false).toBool();
        const MleResult r = fitSpendModel(gg, summary, mle, job.subTask(transaction_ ? 0.8 : 0.0, 1.0), exclude);
        report.warnings << r.warnings;
        spendErrors_ = r.standardErrors;
        spendLogLikelihood_ = r.logLikelihood;
        if (r.converged) {
            spend_ = gg;
            messages << QCoreApplication::translate("Btyd", "%1 converged in %2 iterations, log-likelihood %3.")
                            .arg(GammaGamma::displayName())
                            .arg(r.iterations)
                            .arg(r.logLikelihood, 0, 'f', 3);
        } else if (transaction_) {
            // The transaction model stands on its own; LTV is then unavailable.
            report.warnings << QCoreApplication::translate("Btyd", "Spend model not fitted, so LTV is not "
                                                                   "predicted: %1")
                                   .arg(r.message);
        }
        if (!transaction_) {
            report.converged = r.converged;
            report.iterations = r.iterations;
            report.gradientNorm = r.gradientNorm;
            report.logLikelihood = r.logLikelihood;
            if (!r.converged)
                messages << r.message;
        }
    }
    report.message = messages.join(QLatin1Char(' '));
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

bool BtydModel::isFitted() const
{
    return transaction_ ? transactionFitted_ : spend_.has_value();
}

QList<FittedParameter> BtydModel::parameters() const
{
    QList<FittedParameter> out;
    auto append = [&out](const QStringList &names, const std::vector<double> &values, const std::vector<double> &se) {
        for (int j = 0; j < names.size() && j < int(values.size()); ++j)
            out << FittedParameter{names[j], values[j], j < int(se.size()) ? se[j] : kNaN};
    };
    if (transaction_ && transactionFitted_)
        append(transaction_->parameterNames(), transaction_->parameters(), transactionErrors_);
    if (spend_)
        append(GammaGamma::parameterNames(), spend_->parameters(), spendErrors_);
    return out;
}

Predictions BtydModel::predict(const PredictionInput &input) const
{
    if (!isFitted())
        throw std::logic_error("BtydModel::predict called before a successful fit");
    if (!input.summary)
        throw std::invalid_argument("BtydModel::predict needs a customer summary");
    const features::CustomerSummary &s = *input.summary;
    const std::size_t n = s.size();
    // Times in the summary's and the input's units are converted to the model's unit.
    const double scale = daysPerUnit(s.unit) / daysPerUnit(unit_);
    const double horizon = input.horizon * daysPerUnit(input.unit) / daysPerUnit(unit_);
    const double month = monthLength(unit_);
    const double monthlyRate = perPeriodRate(input.annualDiscountRate, daysPerUnit(TimeUnit::Month));

    Predictions p;
    p.model = id_;
    p.dataCut = QStringLiteral("features at %1, horizon %2 %3")
                    .arg(isoFromDay(s.asOf))
                    .arg(input.horizon)
                    .arg(timeUnitName(input.unit));
    p.options = {{QStringLiteral("horizon"), input.horizon},
                 {QStringLiteral("unit"), timeUnitName(input.unit)},
                 {QStringLiteral("modelUnit"), timeUnitName(unit_)},
                 {QStringLiteral("annualDiscountRate"), input.annualDiscountRate},
                 {QStringLiteral("monthlyDiscountRate"), monthlyRate}};
    p.customer = s.customer;
    p.expectedPurchases.assign(n, kNaN);
    p.pAlive.assign(n, kNaN);
    p.expectedSpend.assign(n, kNaN);
    p.ltv.assign(n, kNaN);
    p.churnProbability.assign(n, kNaN);

    const bool haveMonetary = s.monetary.size() == n;
    if (spend_) {
        parallelBlocks(n, [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                p.expectedSpend[i] =
                    spend_->conditionalExpectedSpend(s.frequency[i], haveMonetary ? s.monetary[i] : 0.0);
        });
    }
    if (!transaction_)
        return p;

    std::vector<double> tx(n), T(n);
    for (std::size_t i = 0; i < n; ++i) {
        tx[i] = s.recency[i] * scale;
        T[i] = s.age[i] * scale;
    }
    const QString invalid = validateSummaryRows(s.frequency.data(), tx.data(), T.data(), n);
    if (!invalid.isEmpty())
        throw std::invalid_argument(invalid.toStdString());
    // Predictions depend on (x, t_x, T) only: compute them once per unique row,
    // and everything but P(alive) once per distinct (x, T), since a customer
    // alive at T has a future that does not depend on t_x.
    const CollapsedRows rows = collapseRows(s.frequency.data(), tx.data(), T.data(), n);
    const std::size_t u = rows.size();
    const double *pairColumns[] = {rows.x.data(), rows.T.data()};
    const RowGroups ages = groupIdenticalRows(pairColumns, 2, u);
    const std::size_t na = ages.firstRow.size();
    std::vector<double> expectedAlive(na), silentAlive(na), discountedAlive(na, kNaN);
    const TransactionModel &m = *transaction_;
    parallelBlocks(na, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            const double x = rows.x[ages.firstRow[k]], age = rows.T[ages.firstRow[k]];
            if (spend_)
                discountedAlive[k] =
                    discountedPurchasesGivenAlive(m, x, age, horizon, month, monthlyRate, &expectedAlive[k]);
            else
                expectedAlive[k] = m.expectedGivenAlive(horizon, x, age);
            silentAlive[k] = m.noPurchaseGivenAlive(horizon, x, age);
        }
    });
    std::vector<double> alive(u), expected(u), churn(u), discounted(u);
    m.probabilityAliveRows(rows, alive.data());
    parallelBlocks(u, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            const std::uint32_t a = ages.groupOfRow[k];
            expected[k] = alive[k] * expectedAlive[a];
            churn[k] = (1.0 - alive[k]) + alive[k] * silentAlive[a];
            discounted[k] = alive[k] * discountedAlive[a];
        }
    });
    parallelBlocks(n, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const std::uint32_t k = rows.rowOfInput[i];
            p.expectedPurchases[i] = expected[k];
            p.pAlive[i] = alive[k];
            p.churnProbability[i] = churn[k];
            p.ltv[i] = p.expectedSpend[i] * discounted[k];
        }
    });
    return p;
}

QByteArray BtydModel::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << id_ << qint32(unit_) << transactionFitted_;
    const std::vector<double> params = transaction_ ? transaction_->parameters() : std::vector<double>();
    out << QList<double>(params.begin(), params.end());
    out << QList<double>(transactionErrors_.begin(), transactionErrors_.end()) << transactionLogLikelihood_;
    out << spend_.has_value();
    const std::vector<double> spendParams = spend_ ? spend_->parameters() : std::vector<double>();
    out << QList<double>(spendParams.begin(), spendParams.end());
    out << QList<double>(spendErrors_.begin(), spendErrors_.end()) << spendLogLikelihood_;
    return blob;
}

void BtydModel::deserialize(const QByteArray &blob)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0, unit = 0;
    QString id;
    bool fitted = false, hasSpend = false;
    QList<double> params, errors, spendParams, spendErrors;
    double ll = 0.0, spendLl = 0.0;
    in >> magic >> version >> id >> unit >> fitted >> params >> errors >> ll >> hasSpend >> spendParams >>
        spendErrors >> spendLl;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || id != id_ || unit < 0 || unit > 2)
        throw std::invalid_argument("not a saved model of this kind");
    unit_ = static_cast<TimeUnit>(unit);
    transactionFitted_ = fitted && transaction_;
    if (transaction_) {
        if (fitted && params.size() != transaction_->parameterCount())
            throw std::invalid_argument("saved model has the wrong number of parameters");
        transaction_->setParameters(std::vector<double>(params.begin(), params.end()));
    }
    transactionErrors_.assign(errors.begin(), errors.end());
    transactionLogLikelihood_ = ll;
    spend_.reset();
    if (hasSpend) {
        if (spendParams.size() != 3)
            throw std::invalid_argument("saved spend model has the wrong number of parameters");
        spend_.emplace();
        spend_->setParameters(std::vector<double>(spendParams.begin(), spendParams.end()));
    }
    spendErrors_.assign(spendErrors.begin(), spendErrors.end());
    spendLogLikelihood_ = spendLl;
}

} // namespace ltv::models::btyd
