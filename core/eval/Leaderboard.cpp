#include "eval/Leaderboard.h"
#include "features/Translation.h"

#include "features/FeatureMatrix.h"
#include "models/Model.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QTextStream>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::eval {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::eval", "ltv::eval::Leaderboard"}, text);
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString goalName(MetricGoal goal)
{
    switch (goal) {
    case MetricGoal::Lower:
        return QStringLiteral("lower");
    case MetricGoal::Higher:
        return QStringLiteral("higher");
    case MetricGoal::NearOne:
        return QStringLiteral("near-one");
    }
    return {};
}

QString formatValue(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("n/a");
    const double a = std::abs(v);
    if (a >= 1000.0)
        return QString::number(v, 'f', 0);
    if (a >= 100.0)
        return QString::number(v, 'f', 1);
    if (a >= 10.0)
        return QString::number(v, 'f', 2);
    return QString::number(v, 'f', 3);
}

QJsonObject regressionJson(const RegressionMetrics &m)
{
    QJsonObject o{{QStringLiteral("count"), m.count},
                  {QStringLiteral("mse"), jsonNumber(m.mse)},
                  {QStringLiteral("rmse"), jsonNumber(m.rmse)},
                  {QStringLiteral("mae"), jsonNumber(m.mae)},
                  {QStringLiteral("r2"), jsonNumber(m.r2)},
                  {QStringLiteral("normalizedGini"), jsonNumber(m.normalizedGini)},
                  {QStringLiteral("spearman"), jsonNumber(m.spearman)},
                  {QStringLiteral("top20Capture"), jsonNumber(m.top20Capture)},
                  {QStringLiteral("totalRatio"), jsonNumber(m.revenueRatio)},
                  {QStringLiteral("decileMape"), jsonNumber(m.deciles.mape)}};
    QJsonArray deciles;
    for (const DecileRow &d : m.deciles.rows)
        deciles.append(QJsonObject{{QStringLiteral("decile"), d.decile},
                                   {QStringLiteral("count"), d.count},
                                   {QStringLiteral("meanPredicted"), jsonNumber(d.meanPredicted)},
                                   {QStringLiteral("meanActual"), jsonNumber(d.meanActual)}});
    o.insert(QStringLiteral("deciles"), deciles);
    return o;
}

QJsonObject classificationJson(const ClassificationMetrics &m)
{
    const ConfusionMatrix &c = m.confusion;
    QJsonObject o{{QStringLiteral("count"), m.count},
                  {QStringLiteral("positiveRate"), jsonNumber(m.positiveRate)},
                  {QStringLiteral("auc"), jsonNumber(m.auc)},
                  {QStringLiteral("logLoss"), jsonNumber(m.logLoss)},
                  {QStringLiteral("thresholdRule"), m.thresholdRule},
                  {QStringLiteral("threshold"), jsonNumber(c.threshold)},
                  {QStringLiteral("truePositive"), static_cast<double>(c.truePositive)},
                  {QStringLiteral("falsePositive"), static_cast<double>(c.falsePositive)},
                  {QStringLiteral("trueNegative"), static_cast<double>(c.trueNegative)},
                  {QStringLiteral("falseNegative"), static_cast<double>(c.falseNegative)},
                  {QStringLiteral("accuracy"), jsonNumber(c.accuracy())},
                  {QStringLiteral("precision"), jsonNumber(c.precision())},
                  {QStringLiteral("recall"), jsonNumber(c.recall())},
                  {QStringLiteral("f1"), jsonNumber(c.f1())}};
    QJsonArray roc;
    for (const RocPoint &p : m.roc)
        roc.append(QJsonArray{jsonNumber(p.fpr), jsonNumber(p.tpr)});
    o.insert(QStringLiteral("roc"), roc);
    QJsonArray calibration;
    for (const CalibrationBin &b : m.calibration)
        calibration.append(QJsonObject{{QStringLiteral("lower"), b.lower},
                                       {QStringLiteral("upper"), b.upper},
                                       {QStringLiteral("count"), b.count},
                                       {QStringLiteral("meanPredicted"), jsonNumber(b.meanPredicted)},
                                       {QStringLiteral("observedRate"), jsonNumber(b.observedRate)}});
    o.insert(QStringLiteral("calibration"), calibration);
    return o;
}

} // namespace

const QList<MetricSpec> &leaderboardMetrics()
{
    // Labels stay English here (the CLI prints them); the GUI translates them in the "Leaderboard" context.
    const auto label = [](const char *text) { return QString::fromUtf8(text); };
    static const QList<MetricSpec> specs{
        {QStringLiteral("rmse"), label(QT_TRANSLATE_NOOP("Leaderboard", "RMSE")), MetricGoal::Lower},
        {QStringLiteral("mae"), label(QT_TRANSLATE_NOOP("Leaderboard", "MAE")), MetricGoal::Lower},
        {QStringLiteral("r2"), label(QT_TRANSLATE_NOOP("Leaderboard", "R2")), MetricGoal::Higher},
        {QStringLiteral("gini"), label(QT_TRANSLATE_NOOP("Leaderboard", "Gini")), MetricGoal::Higher},
        {QStringLiteral("spearman"), label(QT_TRANSLATE_NOOP("Leaderboard", "Spearman")), MetricGoal::Higher},
        {QStringLiteral("top20"), label(QT_TRANSLATE_NOOP("Leaderboard", "Top20%")), MetricGoal::Higher},
        {QStringLiteral("total_ratio"), label(QT_TRANSLATE_NOOP("Leaderboard", "Pred/Act")), MetricGoal::NearOne},
        {QStringLiteral("decile_mape"), label(QT_TRANSLATE_NOOP("Leaderboard", "DecMAPE")), MetricGoal::Lower},
        {QStringLiteral("purchases_mae"), label(QT_TRANSLATE_NOOP("Leaderboard", "PurchMAE")), MetricGoal::Lower},
        {QStringLiteral("churn_auc"), label(QT_TRANSLATE_NOOP("Leaderboard", "ChurnAUC")), MetricGoal::Higher},
        {QStringLiteral("churn_logloss"), label(QT_TRANSLATE_NOOP("Leaderboard", "LogLoss")), MetricGoal::Lower},
        {QStringLiteral("churn_f1"), label(QT_TRANSLATE_NOOP("Leaderboard", "ChurnF1")), MetricGoal::Higher},
        {QStringLiteral("churn_accuracy"), label(QT_TRANSLATE_NOOP("Leaderboard", "ChurnAcc")), MetricGoal::Higher},
    };
    return specs;
}

double LeaderboardRow::metric(const QString &key) const
{
    if (key == QLatin1String("rmse"))
        return value.rmse;
    if (key == QLatin1String("mae"))
        return value.mae;
    if (key == QLatin1String("r2"))
        return value.r2;
    if (key == QLatin1String("gini"))
        return value.normalizedGini;
    if (key == QLatin1String("spearman"))
        return value.spearman;
    if (key == QLatin1String("top20"))
        return value.top20Capture;
    if (key == QLatin1String("total_ratio"))
        return value.revenueRatio;
    if (key == QLatin1String("decile_mape"))
        return value.deciles.mape;
    if (key == QLatin1String("purchases_mae"))
        return purchases.mae;
    if (key == QLatin1String("churn_auc"))
        return churn.auc;
    if (key == QLatin1String("churn_logloss"))
        return churn.logLoss;
    if (key == QLatin1String("churn_f1"))
        return churn.confusion.total() > 0 ? churn.confusion.f1() : kNaN;
    if (key == QLatin1String("churn_accuracy"))
        return churn.confusion.total() > 0 ? churn.confusion.accuracy() : kNaN;
    return kNaN;
}

LeaderboardRow scorePredictions(const models::Predictions &predictions, const features::Labels &holdout,
                                const ThresholdOptions &threshold)
{
    QHash<std::int32_t, std::size_t> rowOf;
    rowOf.reserve(static_cast<qsizetype>(predictions.size()));
    for (std::size_t i = 0; i < predictions.size(); ++i)
        rowOf.insert(predictions.customer[i], i);
    auto column = [&](const std::vector<double> &source) {
        std::vector<double> out(holdout.size(), kNaN);
        if (source.size() != predictions.size())
            return out; // not modelled
        for (std::size_t i = 0; i < holdout.size(); ++i)
            out[i] = source[rowOf.value(holdout.customer[i])];
        return out;
    };
    for (std::int32_t c : holdout.customer)
        if (!rowOf.contains(c))
            throw std::invalid_argument(tr("The model %1 has no prediction for customer index %2.")
                                            .arg(predictions.model)
                                            .arg(c)
                                            .toStdString());
    LeaderboardRow row;
    row.model = predictions.model;
    row.value = evaluateRegression(holdout.revenue, column(predictions.ltv));
    row.purchases = evaluateRegression(holdout.purchases, column(predictions.expectedPurchases));
    std::vector<std::uint8_t> churned(holdout.size());
    for (std::size_t i = 0; i < holdout.size(); ++i)
        churned[i] = holdout.active[i] ? 0 : 1;
    row.churn = evaluateClassification(churned, column(predictions.churnProbability), threshold);
    return row;
}

std::vector<std::size_t> Leaderboard::best(const QString &key) const
{
    MetricGoal goal = MetricGoal::Higher;
    for (const MetricSpec &s : leaderboardMetrics())
        if (s.key == key)
            goal = s.goal;
    auto score = [&](double v) {
        switch (goal) {
        case MetricGoal::Lower:
            return -v;
        case MetricGoal::Higher:
            return v;
        case MetricGoal::NearOne:
            return -std::abs(v - 1.0);
        }
        return v;
    };
    double bestScore = -std::numeric_limits<double>::infinity();
    for (const LeaderboardRow &r : rows)
        if (std::isfinite(r.metric(key)))
            bestScore = std::max(bestScore, score(r.metric(key)));
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (std::isfinite(rows[i].metric(key)) && score(rows[i].metric(key)) == bestScore)
            out.push_back(i);
    return out;
}

QString Leaderboard::toText() const
{
    const QList<MetricSpec> &specs = leaderboardMetrics();
    int nameWidth = 5;
    for (const LeaderboardRow &r : rows)
        nameWidth = std::max(nameWidth, static_cast<int>(r.model.size()));
    QString text;
    QTextStream out(&text);
    out << QString(tr("model")).leftJustified(nameWidth + 1);
    for (const MetricSpec &s : specs)
        out << s.label.rightJustified(10);
    out << "\n";
    std::vector<std::vector<std::size_t>> winners;
    for (const MetricSpec &s : specs)
        winners.push_back(best(s.key));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out << rows[i].model.leftJustified(nameWidth + 1);
        for (qsizetype k = 0; k < specs.size(); ++k) {
            const auto &w = winners[static_cast<std::size_t>(k)];
            const bool isBest = std::find(w.begin(), w.end(), i) != w.end();
            const QString cell =
                formatValue(rows[i].metric(specs[k].key)) + (isBest ? QStringLiteral("*") : QStringLiteral(" "));
            out << cell.rightJustified(10);
        }
        out << "\n";
    }
    out << tr("* best on the metric (Pred/Act: closest to 1); n/a: not modelled or undefined.") << "\n";
    return text;
}

QJsonObject Leaderboard::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("context"), QJsonObject::fromVariantMap(context));
    QJsonArray metrics;
    QJsonObject bestByMetric;
    for (const MetricSpec &s : leaderboardMetrics()) {
        metrics.append(QJsonObject{{QStringLiteral("key"), s.key},
                                   {QStringLiteral("label"), s.label},
                                   {QStringLiteral("goal"), goalName(s.goal)}});
        QJsonArray winners;
        for (std::size_t i : best(s.key))
            winners.append(rows[i].model);
        bestByMetric.insert(s.key, winners);
    }
    root.insert(QStringLiteral("metrics"), metrics);
    root.insert(QStringLiteral("best"), bestByMetric);
    QJsonArray models;
    for (const LeaderboardRow &r : rows) {
        QJsonObject table;
        for (const MetricSpec &s : leaderboardMetrics())
            table.insert(s.key, jsonNumber(r.metric(s.key)));
        models.append(
            QJsonObject{{QStringLiteral("model"), r.model},
                        {QStringLiteral("displayName"), r.displayName},
                        {QStringLiteral("note"), r.note},
                        {QStringLiteral("fitSeconds"), jsonNumber(r.fitSeconds)},
                        {QStringLiteral("discountedValuePerCustomer"), jsonNumber(r.discountedValuePerCustomer)},
                        {QStringLiteral("leaderboard"), table},
                        {QStringLiteral("value"), regressionJson(r.value)},
                        {QStringLiteral("purchases"), regressionJson(r.purchases)},
                        {QStringLiteral("churn"), classificationJson(r.churn)}});
    }
    root.insert(QStringLiteral("models"), models);
    return root;
}

QString Leaderboard::toCsv() const
{
    const QList<MetricSpec> &specs = leaderboardMetrics();
    QString text;
    QTextStream out(&text);
    out << "model";
    for (const MetricSpec &s : specs)
        out << "," << s.key;
    out << "\n";
    for (const LeaderboardRow &r : rows) {
        out << r.model;
        for (const MetricSpec &s : specs) {
            const double v = r.metric(s.key);
            out << ",";
            if (std::isfinite(v))
                out << QString::number(v, 'g', 10);
        }
        out << "\n";
    }
    out << "best";
    for (const MetricSpec &s : specs) {
        QStringList names;
        for (std::size_t i : best(s.key))
            names << rows[i].model;
        out << "," << names.join(QLatin1Char('|'));
    }
    out << "\n";
    return text;
}

} // namespace ltv::eval
