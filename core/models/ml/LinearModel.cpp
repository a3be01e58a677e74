#include "models/ml/LinearModel.h"

#include "models/ModelOptions.h"
#include "models/ml/LinearSolvers.h"
#include "models/ml/MlData.h"
#include "models/ml/SavedModelHeader.h"
#include "models/ml/TabularOutputs.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::models::ml {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const char kMagic[] = "ltv-linear";
constexpr qint32 kFormatVersion = 2; // 2: the standardiser's training ranges follow the parts

QDataStream &operator<<(QDataStream &out, const LinearModel::Part &p)
{
    return out << p.target << p.link << p.intercept << QList<double>(p.coefficients.begin(), p.coefficients.end())
               << p.totalScale;
}

QDataStream &operator>>(QDataStream &in, LinearModel::Part &p)
{
    QList<double> coefficients;
    in >> p.target >> p.link >> p.intercept >> coefficients >> p.totalScale;
    p.coefficients.assign(coefficients.begin(), coefficients.end());
    return in;
}

} // namespace

QString LinearModel::displayName() const
{
    return QCoreApplication::translate("MlModels", "Linear (ridge) regression");
}

QList<ParamSpec> LinearModel::hyperparameters() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ltv::models::ml::LinearModel", text); };
    return {
        {QStringLiteral("l2"), tr("Ridge penalty on the standardised coefficients"), 0.01, 0.0, QVariant(), {}},
        {QStringLiteral("logTarget"),
         tr("Fit log1p of revenue and purchases (back-transform rescaled to the training total)"),
         false,
         QVariant(),
         QVariant(),
         {}},
        {QStringLiteral("clampAtZero"),
         tr("Clip negative value and purchase predictions to zero"),
         true,
         QVariant(),
         QVariant(),
         {}},
        {QStringLiteral("churnModel"), tr("Fit a logistic churn classifier"), true, QVariant(), QVariant(), {}},
        {QStringLiteral("topValueModel"), tr("Fit a logistic top-value classifier"), true, QVariant(), QVariant(), {}},
    };
}

FitReport LinearModel::fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job)
{
    parts_.clear();
    return checkedTimedFit(data, [&](FitReport &report) { return fitParts(data, options, job, report); });
}

bool LinearModel::fitParts(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job,
                           FitReport &report)
{
    options_ = optionsWithDefaults(hyperparameters(), options);
    const double l2 = options_.value(QStringLiteral("l2")).toDouble();
    const bool logTarget = options_.value(QStringLiteral("logTarget")).toBool();

    const features::FeatureMatrix &x = *data.features;
    const features::Labels &labels = *data.labels;
    columns_ = x.columns;
    horizon_ = data.horizon;
    standardizer_.fit(x);
    const auto n = static_cast<std::size_t>(x.rows());
    const auto p = static_cast<std::size_t>(x.cols());
    const std::vector<double> z = standardisedRows(x);

    auto regress = [&](const QString &target, const std::vector<double> &raw) {
        Part part;
        part.target = target;
        part.link = logTarget ? QStringLiteral("log1p") : QStringLiteral("identity");
        std::vector<double> y(raw);
        if (logTarget)
            for (double &v : y)
                v = std::log1p(std::max(v, 0.0)); // net returns below zero count as no value
        const LinearFit fit = fitRidge(z, n, p, y, l2);
        part.intercept = fit.intercept;
        part.coefficients = fit.coefficients;
        if (logTarget) {
            // Back-transform expm1(margin) rescaled by one factor so the training
            // total is matched: Duan's smearing assumes homoscedastic errors and
            // overshoots several-fold on zero-inflated revenue.
            const std::vector<double> m = margins(part, z, n);
            double predicted = 0.0, actual = 0.0;
            for (std::size_t i = 0; i < n; ++i) {
                predicted += std::max(std::expm1(m[i]), 0.0);
                actual += std::max(raw[i], 0.0);
            }
            part.totalScale = predicted > 0.0 ? actual / predicted : 1.0;
        }
        if (target == QLatin1String("ltv"))
            report.logLikelihood = fit.loss;
        parts_.push_back(part);
    };
    auto classify = [&](const QString &target, const std::vector<double> &y) {
        const LinearFit fit = fitLogisticRidge(z, n, p, y, l2);
        if (!fit.converged)
            report.warnings << QCoreApplication::translate("MlModels",
                                                           "The %1 classifier did not converge in %2 steps.")
                                   .arg(target)
                                   .arg(fit.iterations);
        report.iterations = std::max(report.iterations, fit.iterations);
        parts_.push_back({target, QStringLiteral("logit"), fit.intercept, fit.coefficients, 1.0});
    };

    regress(QStringLiteral("ltv"), labels.revenue);
    job.throwIfCancelled();
    regress(QStringLiteral("purchases"), labels.purchases);
    job.setProgress(0.4);
    if (options_.value(QStringLiteral("churnModel")).toBool())
        classify(QStringLiteral("churn"), churnTarget(labels));
    job.setProgress(0.7);
    job.throwIfCancelled();
    const std::vector<double> top = topValueTarget(labels);
    if (options_.value(QStringLiteral("topValueModel")).toBool() && !top.empty())
        classify(QStringLiteral("topValue"), top);
    job.setProgress(1.0);

    report.converged = report.warnings.isEmpty();
    return true;
}

const LinearModel::Part *LinearModel::part(const QString &target) const
{
    for (const Part &p : parts_)
        if (p.target == target)
            return &p;
    return nullptr;
}

std::vector<double> LinearModel::standardisedRows(const features::FeatureMatrix &input) const
{
    const std::vector<int> map = matchColumns(columns_, input);
    const auto n = static_cast<std::size_t>(input.rows());
    std::vector<double> z(n * map.size());
    for (std::size_t j = 0; j < map.size(); ++j) {
        const double *column = input.column(map[j]);
        for (std::size_t i = 0; i < n; ++i)
            z[j * n + i] = standardizer_.transform(column[i], j);
    }
    return z;
}

std::vector<double> LinearModel::margins(const Part &part, const std::vector<double> &z, std::size_t n)
{
    std::vector<double> m(n, part.intercept);
    for (std::size_t j = 0; j < part.coefficients.size(); ++j)
        for (std::size_t i = 0; i < n; ++i)
            m[i] += part.coefficients[j] * z[j * n + i];
    return m;
}

double LinearModel::inverseLink(const Part &part, double margin) const
{
    double value = margin;
    if (part.link == QLatin1String("logit"))
        return 1.0 / (1.0 + std::exp(-margin));
    if (part.link == QLatin1String("log1p"))
        value = std::max(std::expm1(margin), 0.0) * part.totalScale;
    if (options_.value(QStringLiteral("clampAtZero"), true).toBool())
        value = std::max(value, 0.0);
    return value;
}

Predictions LinearModel::predict(const PredictionInput &input) const
{
    if (!isFitted())
        throw std::runtime_error(QCoreApplication::translate("MlModels", "The model is not fitted.").toStdString());
    if (!input.features)
        throw std::runtime_error(
            QCoreApplication::translate("MlModels", "The model needs a feature matrix to predict.").toStdString());
    const features::FeatureMatrix &x = *input.features;
    const auto n = static_cast<std::size_t>(x.rows());
    const std::vector<double> z = standardisedRows(x);

    Predictions out = tabularPredictions(x, [&](const QString &target, std::vector<double> &values) {
        const Part *p = part(target);
        if (!p)
            return false;
        const std::vector<double> m = margins(*p, z, n);
        values.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = inverseLink(*p, m[i]);
        return true;
    });
    out.model = id();
    out.options = options_;
    out.dataCut = QCoreApplication::translate("MlModels", "features at the prediction cut, trained for a horizon of %1")
                      .arg(horizon_);
    return out;
}

QList<FittedParameter> LinearModel::parameters() const
{
    QList<FittedParameter> out;
    for (const Part &p : parts_) {
        out.append({p.target + QStringLiteral(":intercept"), p.intercept, kNaN});
        for (std::size_t j = 0; j < p.coefficients.size(); ++j)
            out.append({p.target + QLatin1Char(':') + columns_[static_cast<qsizetype>(j)], p.coefficients[j], kNaN});
    }
    return out;
}

QStringList LinearModel::explainableTargets() const
{
    QStringList out;
    for (const Part &p : parts_)
        out << p.target;
    return out;
}

Contributions LinearModel::contributions(const PredictionInput &input, const QString &target) const
{
    const Part *p = part(target);
    if (!p || !input.features)
        return {};
    const auto n = static_cast<std::size_t>(input.features->rows());
    const std::vector<double> z = standardisedRows(*input.features);
    Contributions out = contributionsFrame(
        target, p->link == QLatin1String("identity") ? QStringLiteral("value") : p->link, columns_, *input.features);
    const std::size_t width = p->coefficients.size() + 1;
    out.values.resize(n * width);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < p->coefficients.size(); ++j)
            out.values[i * width + j] = p->coefficients[j] * z[j * n + i];
        out.values[i * width + width - 1] = p->intercept;
    }
    return out;
}

QList<FeatureImportance> LinearModel::importance() const
{
    QList<FeatureImportance> out;
    for (const Part &p : parts_) {
        double total = 0.0;
        for (double c : p.coefficients)
            total += std::abs(c);
        for (std::size_t j = 0; j < p.coefficients.size(); ++j)
            out.append(
                {p.target, columns_[static_cast<qsizetype>(j)], total > 0 ? std::abs(p.coefficients[j]) / total : 0.0});
    }
    return out;
}

QByteArray LinearModel::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    writeSavedModelHeader(out, kMagic, kFormatVersion);
    out << columns_ << standardizer_ << options_ << horizon_ << static_cast<qint32>(parts_.size());
    for (const Part &p : parts_)
        out << p;
    writeRanges(out, standardizer_);
    return blob;
}

void LinearModel::deserialize(const QByteArray &blob)
{
    QDataStream in(blob);
    const qint32 version = readSavedModelHeader(in, kMagic, kFormatVersion);
    if (version == 0)
        throw std::runtime_error(
            QCoreApplication::translate("MlModels", "This is not a saved linear model of a known version.")
                .toStdString());
    qint32 count = 0;
    LinearModel restored;
    in >> restored.columns_ >> restored.standardizer_ >> restored.options_ >> restored.horizon_ >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Part p;
        in >> p;
        restored.parts_.push_back(p);
    }
    if (version >= 2)
        readRanges(in, restored.standardizer_); // a first-format model predicts without clamping, as it did
    if (in.status() != QDataStream::Ok)
        throw std::runtime_error(
            QCoreApplication::translate("MlModels", "The saved linear model is truncated or corrupt.").toStdString());
    *this = std::move(restored);
}

} // namespace ltv::models::ml
