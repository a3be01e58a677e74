#include "models/ml/XGBoostModel.h"
#include "features/Translation.h"

#include "models/ModelOptions.h"
#include "models/ml/MlData.h"
#include "models/ml/SavedModelHeader.h"
#include "models/ml/TabularOutputs.h"
#include "models/ml/XgbHandles.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace ltv::models::ml {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const char kMagic[] = "ltv-xgboost";
constexpr qint32 kFormatVersion = 2; // 2 added the balance factor per output

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::models::ml::XGBoostModel"}, text);
}

// Rows of `rows` (all when empty) of the matrix as row-major floats, columns
// taken in `columnMap` order.
std::vector<float> rowMajor(const features::FeatureMatrix &x, const std::vector<int> &columnMap,
                            const std::vector<std::size_t> &rows)
{
    const std::size_t n = rows.empty() ? static_cast<std::size_t>(x.rows()) : rows.size();
    std::vector<float> out(n * columnMap.size());
    for (std::size_t j = 0; j < columnMap.size(); ++j) {
        const double *column = x.column(columnMap[j]);
        for (std::size_t i = 0; i < n; ++i)
            out[i * columnMap.size() + j] = static_cast<float>(column[rows.empty() ? i : rows[i]]);
    }
    return out;
}

std::vector<float> pick(const std::vector<double> &values, const std::vector<std::size_t> &rows)
{
    std::vector<float> out;
    out.reserve(rows.size());
    for (std::size_t r : rows)
        out.push_back(static_cast<float>(values[r]));
    return out;
}

// Sum of actual over sum of predicted: the factor that restores the balance
// property (predicted total = actual total) of a log-link model, whose
// early-stopped trees leave the total short. 1 when undefined.
double balanceFactor(const std::vector<float> &predicted, const std::vector<float> &actual)
{
    double p = 0.0, a = 0.0;
    for (float v : predicted)
        p += v;
    for (float v : actual)
        a += v;
    return p > 0.0 && a > 0.0 ? a / p : 1.0;
}

} // namespace

struct XGBoostModel::Part
{
    QString target;    // "ltv", "purchases", "churn", "topValue"
    QString objective; // XGBoost objective, e.g. "reg:tweedie"
    int rounds = 0;    // boosting rounds kept (best iteration + 1)
    double bestScore = 0.0;
    // Multiplies the booster's prediction of a log-link (Tweedie) output so
    // that its total matches the actual one (the balance property); 1 otherwise.
    double balance = 1.0;
    xgb::Booster booster;
};

XGBoostModel::XGBoostModel() = default;
XGBoostModel::~XGBoostModel() = default;

QString XGBoostModel::displayName() const
{
    return tr("XGBoost gradient boosting");
}

QList<ParamSpec> XGBoostModel::hyperparameters() const
{
    return {
        {QStringLiteral("objective"),
         tr("Loss of the revenue and purchase regressors"),
         QStringLiteral("tweedie"),
         QVariant(),
         QVariant(),
         {QStringLiteral("tweedie"), QStringLiteral("squarederror")}},
        {QStringLiteral("tweedieVariancePower"),
         tr("Tweedie variance power (1 = Poisson, 2 = gamma)"),
         1.5,
         1.01,
         1.99,
         {}},
        {QStringLiteral("balance"),
         tr("Rescale Tweedie outputs so that their total matches the actual total on the boosting rows "
            "(\"training\"), on the early-stopping validation fold (\"validation\"), or not at all"),
         QStringLiteral("training"),
         QVariant(),
         QVariant(),
         {QStringLiteral("validation"), QStringLiteral("training"), QStringLiteral("none")}},
        {QStringLiteral("maxDepth"), tr("Maximum tree depth"), 4, 1, 12, {}},
        {QStringLiteral("eta"), tr("Learning rate"), 0.05, 0.001, 1.0, {}},
        {QStringLiteral("rounds"), tr("Maximum boosting rounds"), 600, 1, 10000, {}},
        {QStringLiteral("earlyStoppingRounds"),
         tr("Stop after this many rounds without validation improvement"),
         30,
         1,
         1000,
         {}},
        {QStringLiteral("validationFraction"),
         tr("Share of training customers held out for early stopping"),
         0.2,
         0.0,
         0.5,
         {}},
        {QStringLiteral("subsample"), tr("Row subsample per tree"), 0.8, 0.1, 1.0, {}},
        {QStringLiteral("colsampleBytree"), tr("Column subsample per tree"), 0.8, 0.1, 1.0, {}},
        {QStringLiteral("minChildWeight"), tr("Minimum hessian weight in a leaf"), 1.0, 0.0, QVariant(), {}},
        {QStringLiteral("lambda"), tr("L2 penalty on leaf weights"), 1.0, 0.0, QVariant(), {}},
        {QStringLiteral("seed"), tr("Random seed (subsampling, validation fold)"), 42, QVariant(), QVariant(), {}},
        {QStringLiteral("threads"), tr("Threads"), 2, 1, 64, {}},
        {QStringLiteral("churnModel"), tr("Fit the churn classifier"), true, QVariant(), QVariant(), {}},
        {QStringLiteral("purchasesModel"), tr("Fit the purchases regressor"), true, QVariant(), QVariant(), {}},
        {QStringLiteral("topValueModel"), tr("Fit the top-value classifier"), true, QVariant(), QVariant(), {}},
    };
}

bool XGBoostModel::isFitted() const
{
    return !parts_.empty();
}

FitReport XGBoostModel::fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job)
{
    parts_.clear();
    return checkedTimedFit(data, [&](FitReport &report) { return fitParts(data, options, job, report); });
}

bool XGBoostModel::fitParts(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job,
                            FitReport &report)
{
    options_ = optionsWithDefaults(hyperparameters(), options);
    const QString objective = options_.value(QStringLiteral("objective")).toString();
    if (objective != QLatin1String("tweedie") && objective != QLatin1String("squarederror")) {
        report.message = tr("Unknown XGBoost objective \"%1\".").arg(objective);
        return false;
    }
    const QString balance = options_.value(QStringLiteral("balance")).toString();
    if (balance != QLatin1String("validation") && balance != QLatin1String("training") &&
        balance != QLatin1String("none")) {
        report.message = tr("Unknown XGBoost balance \"%1\".").arg(balance);
        return false;
    }
    const int threads = options_.value(QStringLiteral("threads")).toInt();
    const auto seed = options_.value(QStringLiteral("seed")).toULongLong();

    const features::FeatureMatrix &x = *data.features;
    const features::Labels &labels = *data.labels;
    columns_ = x.columns;
    horizon_ = data.horizon;
    std::vector<int> identity(static_cast<std::size_t>(x.cols()));
    std::iota(identity.begin(), identity.end(), 0);

    std::vector<std::size_t> trainRows, validationRows;
    splitValidation(static_cast<std::size_t>(x.rows()), options_.value(QStringLiteral("validationFraction")).toDouble(),
                    seed, &trainRows, &validationRows);
    xgb::DMatrix train(rowMajor(x, identity, trainRows), trainRows.size(), identity.size(), threads);
    std::unique_ptr<xgb::DMatrix> validation;
    if (!validationRows.empty())
        validation = std::make_unique<xgb::DMatrix>(rowMajor(x, identity, validationRows), validationRows.size(),
                                                    identity.size(), threads);

    struct Task
    {
        QString target;
        QString objective;
        std::vector<double> y;
    };
    std::vector<Task> tasks;
    const QString regression =
        objective == QLatin1String("tweedie") ? QStringLiteral("reg:tweedie") : QStringLiteral("reg:squarederror");
    tasks.push_back({QStringLiteral("ltv"), regression, labels.revenue});
    if (options_.value(QStringLiteral("purchasesModel")).toBool())
        tasks.push_back({QStringLiteral("purchases"), regression, labels.purchases});
    if (options_.value(QStringLiteral("churnModel")).toBool())
        tasks.push_back({QStringLiteral("churn"), QStringLiteral("binary:logistic"), churnTarget(labels)});
    const std::vector<double> top = topValueTarget(labels);
    if (options_.value(QStringLiteral("topValueModel")).toBool() && !top.empty())
        tasks.push_back({QStringLiteral("topValue"), QStringLiteral("binary:logistic"), top});

    const int maxRounds = options_.value(QStringLiteral("rounds")).toInt();
    const int patience = options_.value(QStringLiteral("earlyStoppingRounds")).toInt();
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        Task &task = tasks[t];
        if (task.objective == QLatin1String("reg:tweedie"))
            for (double &v : task.y)
                v = std::max(v, 0.0); // Tweedie needs non-negative targets: net returns count as no value
        train.setLabels(pick(task.y, trainRows));
        if (validation)
            validation->setLabels(pick(task.y, validationRows));

        xgb::Booster booster(train);
        booster.setParam("verbosity", QStringLiteral("0"));
        booster.setParam("objective", task.objective);
        booster.setParam("tree_method", QStringLiteral("hist"));
        booster.setParam("nthread", QString::number(threads));
        booster.setParam("seed", QString::number(seed));
        booster.setParam("max_depth", options_.value(QStringLiteral("maxDepth")).toString());
        booster.setParam("eta", options_.value(QStringLiteral("eta")).toString());
        booster.setParam("subsample", options_.value(QStringLiteral("subsample")).toString());
        booster.setParam("colsample_bytree", options_.value(QStringLiteral("colsampleBytree")).toString());
        booster.setParam("min_child_weight", options_.value(QStringLiteral("minChildWeight")).toString());
        booster.setParam("lambda", options_.value(QStringLiteral("lambda")).toString());
        // Start from the training mean so early rounds fit structure, not the level.
        const std::vector<float> trainY = pick(task.y, trainRows);
        double mean = 0.0;
        for (float v : trainY)
            mean += v;
        mean /= static_cast<double>(std::max<std::size_t>(1, trainY.size()));
        if (task.objective == QLatin1String("reg:tweedie")) {
            const QString power = options_.value(QStringLiteral("tweedieVariancePower")).toString();
            booster.setParam("tweedie_variance_power", power);
            booster.setParam("eval_metric", QStringLiteral("tweedie-nloglik@") + power);
            mean = std::max(mean, 1e-6);
        } else if (task.objective == QLatin1String("binary:logistic")) {
            booster.setParam("eval_metric", QStringLiteral("logloss"));
            mean = std::clamp(mean, 1e-6, 1.0 - 1e-6);
        } else {
            booster.setParam("eval_metric", QStringLiteral("rmse"));
        }
        booster.setParam("base_score", QString::number(mean, 'g', 17));

        auto stored = std::make_unique<Part>();
        stored->target = task.target;
        stored->objective = task.objective;
        int bestRound = 0;
        double best = std::numeric_limits<double>::infinity();
        for (int round = 0; round < maxRounds; ++round) {
            job.throwIfCancelled();
            booster.updateOneIter(round, train);
            if (!validation)
                continue;
            const double score = booster.evaluate(round, *validation);
            if (score < best) {
                best = score;
                bestRound = round;
            } else if (round - bestRound >= patience) {
                break;
            }
            job.setProgress((static_cast<double>(t) + static_cast<double>(round + 1) / maxRounds) /
                            static_cast<double>(tasks.size()));
        }
        stored->rounds = validation ? bestRound + 1 : maxRounds;
        stored->bestScore = validation ? best : kNaN;
        stored->booster = booster.boostedRounds() > stored->rounds ? booster.slice(stored->rounds) : std::move(booster);
        stored->booster.setParam("nthread", QString::number(threads));
        if (task.objective == QLatin1String("reg:tweedie") && balance != QLatin1String("none")) {
            const bool onValidation = balance == QLatin1String("validation") && validation;
            stored->balance = balanceFactor(stored->booster.predict(onValidation ? *validation : train, 0),
                                            pick(task.y, onValidation ? validationRows : trainRows));
        }
        report.iterations = std::max(report.iterations, stored->rounds);
        if (task.target == QLatin1String("ltv"))
            report.logLikelihood = stored->bestScore;
        if (validation && stored->rounds >= maxRounds)
            report.warnings << tr("The %1 model used all %2 rounds without early stopping; consider more rounds.")
                                   .arg(task.target)
                                   .arg(maxRounds);
        parts_.push_back(std::move(stored));
        job.setProgress(static_cast<double>(t + 1) / static_cast<double>(tasks.size()));
    }
    report.converged = true;
    report.message = validation ? tr("Early stopping on %1 validation customers.").arg(validationRows.size())
                                : tr("No validation fold: every round kept.");
    return true;
}

const XGBoostModel::Part *XGBoostModel::part(const QString &target) const
{
    for (const auto &p : parts_)
        if (p->target == target)
            return p.get();
    return nullptr;
}

Predictions XGBoostModel::predict(const PredictionInput &input) const
{
    if (!isFitted())
        throw std::runtime_error(tr("The model is not fitted.").toStdString());
    if (!input.features)
        throw std::runtime_error(tr("The model needs a feature matrix to predict.").toStdString());
    const features::FeatureMatrix &x = *input.features;
    const std::vector<int> map = matchColumns(columns_, x);
    const auto n = static_cast<std::size_t>(x.rows());
    const int threads = options_.value(QStringLiteral("threads"), 2).toInt();
    const xgb::DMatrix data(rowMajor(x, map, {}), n, map.size(), threads);

    Predictions out = tabularPredictions(x, [&](const QString &target, std::vector<double> &values) {
        const Part *p = part(target);
        if (!p)
            return false;
        const std::vector<float> predicted = p->booster.predict(data, 0);
        values.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = static_cast<double>(predicted[i]) * p->balance;
        return true;
    });
    out.model = id();
    out.options = options_;
    out.dataCut = tr("features at the prediction cut, trained for a horizon of %1").arg(horizon_);
    return out;
}

QList<FittedParameter> XGBoostModel::parameters() const
{
    QList<FittedParameter> out;
    for (const auto &p : parts_) {
        out.append({p->target + QStringLiteral(":rounds"), static_cast<double>(p->rounds), kNaN});
        out.append({p->target + QStringLiteral(":validationLoss"), p->bestScore, kNaN});
        if (p->objective == QLatin1String("reg:tweedie"))
            out.append({p->target + QStringLiteral(":balance"), p->balance, kNaN});
    }
    for (const FeatureImportance &f : importance())
        out.append({f.target + QStringLiteral(":gainShare:") + f.feature, f.value, kNaN});
    return out;
}

QStringList XGBoostModel::explainableTargets() const
{
    QStringList out;
    for (const auto &p : parts_)
        out << p->target;
    return out;
}

Contributions XGBoostModel::contributions(const PredictionInput &input, const QString &target) const
{
    const Part *p = part(target);
    if (!p || !input.features)
        return {};
    const features::FeatureMatrix &x = *input.features;
    const std::vector<int> map = matchColumns(columns_, x);
    const auto n = static_cast<std::size_t>(x.rows());
    const xgb::DMatrix data(rowMajor(x, map, {}), n, map.size(), options_.value(QStringLiteral("threads"), 2).toInt());
    const std::vector<float> values = p->booster.predict(data, 2);
    const QString scale = p->objective == QLatin1String("reg:squarederror") ? QStringLiteral("value")
                          : p->objective == QLatin1String("reg:tweedie")    ? QStringLiteral("log")
                                                                            : QStringLiteral("logit");
    Contributions out = contributionsFrame(target, scale, columns_, x);
    out.values.assign(values.begin(), values.end());
    // The balance factor is a constant on the log scale: it belongs to the bias.
    if (p->balance != 1.0)
        for (std::size_t i = 0; i < n; ++i)
            out.values[i * static_cast<std::size_t>(out.columns.size()) + static_cast<std::size_t>(columns_.size())] +=
                std::log(p->balance);
    return out;
}

QList<FeatureImportance> XGBoostModel::importance() const
{
    QList<FeatureImportance> out;
    for (const auto &p : parts_) {
        const std::vector<double> gain = p->booster.totalGain(static_cast<std::size_t>(columns_.size()));
        const double total = std::accumulate(gain.begin(), gain.end(), 0.0);
        for (std::size_t j = 0; j < gain.size(); ++j)
            out.append({p->target, columns_[static_cast<qsizetype>(j)], total > 0 ? gain[j] / total : 0.0});
    }
    return out;
}

QByteArray XGBoostModel::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    writeSavedModelHeader(out, kMagic, kFormatVersion);
    out << columns_ << options_ << horizon_ << static_cast<qint32>(parts_.size());
    for (const auto &p : parts_)
        out << p->target << p->objective << static_cast<qint32>(p->rounds) << p->bestScore << p->balance
            << p->booster.save();
    return blob;
}

void XGBoostModel::deserialize(const QByteArray &blob)
{
    QDataStream in(blob);
    const qint32 version = readSavedModelHeader(in, kMagic, kFormatVersion);
    if (version == 0)
        throw std::runtime_error(tr("This is not a saved XGBoost model of a known version.").toStdString());
    QStringList columns;
    QVariantMap options;
    double horizon = 0.0;
    qint32 count = 0;
    in >> columns >> options >> horizon >> count;
    std::vector<std::unique_ptr<Part>> parts;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        auto p = std::make_unique<Part>();
        qint32 rounds = 0;
        QByteArray bytes;
        in >> p->target >> p->objective >> rounds >> p->bestScore;
        if (version >= 2)
            in >> p->balance;
        in >> bytes;
        if (in.status() != QDataStream::Ok)
            break;
        p->rounds = rounds;
        p->booster.load(bytes);
        p->booster.setParam("nthread", options.value(QStringLiteral("threads"), 2).toString());
        parts.push_back(std::move(p));
    }
    if (in.status() != QDataStream::Ok)
        throw std::runtime_error(tr("The saved XGBoost model is truncated or corrupt.").toStdString());
    columns_ = columns;
    options_ = options;
    horizon_ = horizon;
    parts_ = std::move(parts);
}

} // namespace ltv::models::ml
