#include "models/ml/AutoModel.h"
#include "features/Translation.h"

#include "eval/CrossValidation.h"
#include "models/ModelOptions.h"
#include "models/ModelRegistry.h"
#include "models/ml/SavedModelHeader.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::models::ml {
namespace {

const char kMagic[] = "ltv-auto";
constexpr qint32 kFormatVersion = 1; // read back only in this version

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::models::ml::AutoModel"}, text);
}

} // namespace

AutoModel::AutoModel() = default;
AutoModel::~AutoModel() = default;

QString AutoModel::displayName() const
{
    return tr("Auto (best on the training window)");
}

QList<ParamSpec> AutoModel::hyperparameters() const
{
    return {
        {QStringLiteral("candidates"),
         tr("Comma-separated model ids to choose from"),
         QStringLiteral("bgnbd,pnbd,linear,xgboost"),
         QVariant(),
         QVariant(),
         {}},
        {QStringLiteral("folds"), tr("Cross-validation folds for the ML candidates"), 3, 2, 20, {}},
        {QStringLiteral("seed"), tr("Seed of the folds"), 42, QVariant(), QVariant(), {}},
        // Options of a candidate are passed as "<id>.<option>", e.g. "xgboost.eta".
    };
}

bool AutoModel::isFitted() const
{
    return chosen_ && chosen_->isFitted();
}

FitReport AutoModel::fit(const TrainingData &data, const QVariantMap &options, const pipeline::JobContext &job)
{
    FitReport report;
    chosen_.reset();
    chosenId_.clear();
    scores_.clear();
    options_ = optionsWithDefaults(hyperparameters(), options);
    if (!data.labels) {
        report.message = tr("The auto model needs the labels of the training window.");
        return report;
    }
    const ModelRegistry &registry = ModelRegistry::builtin();
    QStringList candidates;
    for (const QString &id :
         options_.value(QStringLiteral("candidates")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (id.trimmed() != this->id() && registry.contains(id.trimmed()))
            candidates << id.trimmed();
    if (candidates.isEmpty()) {
        report.message = tr("None of the auto model's candidates is available.");
        return report;
    }
    const int folds = options_.value(QStringLiteral("folds")).toInt();
    const auto seed = options_.value(QStringLiteral("seed")).toULongLong();

    // "<id>.<option>" entries become the options of candidate <id>.
    auto optionsOf = [&](const QString &candidate) {
        QVariantMap out;
        const QString prefix = candidate + QLatin1Char('.');
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            if (it.key().startsWith(prefix))
                out.insert(it.key().mid(prefix.size()), it.value());
        return out;
    };
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (it.key().contains(QLatin1Char('.')))
            options_.insert(it.key(), it.value());
    const double steps = candidates.size() + 1.0;
    eval::RegressionMetrics bestMetrics;
    bestMetrics.normalizedGini = std::numeric_limits<double>::quiet_NaN();
    bestMetrics.mae = std::numeric_limits<double>::quiet_NaN();
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const QString &id = candidates[c];
        const pipeline::JobContext step = job.subTask(c / steps, (c + 1) / steps);
        std::unique_ptr<Model> probe = registry.create(id);
        eval::RegressionMetrics metrics;
        if (probe->family() == ModelFamily::Btyd) {
            if (!data.summary)
                continue;
            // BTYD never sees labels: fit on the training summary, forecast its horizon.
            TrainingData btyd{data.summary, nullptr, nullptr, nullptr, data.horizon, data.unit};
            probe->fit(btyd, optionsOf(id), step);
            if (!probe->isFitted())
                continue;
            PredictionInput input;
            input.summary = data.summary;
            input.horizon = data.horizon;
            input.unit = data.unit;
            const Predictions p = probe->predict(input);
            metrics = eval::evaluateRegression(data.labels->revenue, p.ltv);
        } else {
            if (!data.features)
                continue;
            metrics = eval::crossValidate(id, data, optionsOf(id), folds, seed, step).metrics;
        }
        scores_.push_back({id, metrics.normalizedGini, metrics.mae});
        if (chosenId_.isEmpty() || eval::ranksBefore(metrics, bestMetrics)) {
            chosenId_ = id;
            bestMetrics = metrics;
        }
    }
    if (chosenId_.isEmpty()) {
        report.message = tr("No candidate of the auto model could be validated on this data.");
        return report;
    }
    chosen_ = registry.create(chosenId_);
    TrainingData full = data;
    if (chosen_->family() == ModelFamily::Btyd)
        full.labels = nullptr;
    report = chosen_->fit(full, optionsOf(chosenId_), job.subTask((steps - 1) / steps, 1.0));
    QStringList lines;
    for (const Score &s : scores_)
        lines << QStringLiteral("%1 gini %2 mae %3").arg(s.model).arg(s.gini, 0, 'f', 4).arg(s.mae, 0, 'f', 2);
    report.message = tr("Chose %1 by validation normalized Gini on the training window (%2). %3")
                         .arg(chosenId_, lines.join(QStringLiteral("; ")), report.message);
    return report;
}

Predictions AutoModel::predict(const PredictionInput &input) const
{
    if (!isFitted())
        throw std::runtime_error(tr("The model is not fitted.").toStdString());
    Predictions p = chosen_->predict(input);
    p.model = id();
    p.options.insert(QStringLiteral("chosenModel"), chosenId_);
    return p;
}

QList<FittedParameter> AutoModel::parameters() const
{
    QList<FittedParameter> out;
    for (const Score &s : scores_) {
        out.append({QStringLiteral("validationGini:") + s.model, s.gini, std::nan("")});
        out.append({QStringLiteral("validationMae:") + s.model, s.mae, std::nan("")});
    }
    if (chosen_)
        for (FittedParameter p : chosen_->parameters()) {
            p.name = chosenId_ + QLatin1Char(':') + p.name;
            out.append(p);
        }
    return out;
}

QByteArray AutoModel::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    writeSavedModelHeader(out, kMagic, kFormatVersion);
    out << options_ << chosenId_ << static_cast<qint32>(scores_.size());
    for (const Score &s : scores_)
        out << s.model << s.gini << s.mae;
    out << (chosen_ ? chosen_->serialize() : QByteArray());
    return blob;
}

void AutoModel::deserialize(const QByteArray &blob)
{
    QDataStream in(blob);
    if (readSavedModelHeader(in, kMagic, kFormatVersion) == 0)
        throw std::runtime_error(tr("This is not a saved auto model of a known version.").toStdString());
    qint32 count = 0;
    QVariantMap options;
    QString chosenId;
    std::vector<Score> scores;
    in >> options >> chosenId >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Score s;
        in >> s.model >> s.gini >> s.mae;
        scores.push_back(s);
    }
    QByteArray inner;
    in >> inner;
    std::unique_ptr<Model> chosen = ModelRegistry::builtin().create(chosenId);
    if (in.status() != QDataStream::Ok || !chosen)
        throw std::runtime_error(tr("The saved auto model is truncated or names an unknown model.").toStdString());
    chosen->deserialize(inner);
    options_ = options;
    chosenId_ = chosenId;
    scores_ = std::move(scores);
    chosen_ = std::move(chosen);
}

QStringList AutoModel::explainableTargets() const
{
    return chosen_ ? chosen_->explainableTargets() : QStringList();
}

Contributions AutoModel::contributions(const PredictionInput &input, const QString &target) const
{
    return chosen_ ? chosen_->contributions(input, target) : Contributions();
}

QList<FeatureImportance> AutoModel::importance() const
{
    return chosen_ ? chosen_->importance() : QList<FeatureImportance>();
}

} // namespace ltv::models::ml
