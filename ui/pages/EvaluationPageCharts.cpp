#include "pages/EvaluationPageCharts.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

// The translation context of these chart texts, so lupdate finds them.
class EvaluationChartTexts
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationChartTexts)
};

namespace ltv::ui::evaluation {
namespace {

QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : (std::abs(value) >= 10.0 ? 0 : 1));
}

charts::HeatmapData matrixHeatmap(const models::btyd::FrequencyRecencyMatrix &m, TimeUnit unit)
{
    charts::HeatmapData h;
    const int rows = static_cast<int>(m.recency.size());
    for (int r = 0; r < rows; ++r)
        h.rowLabels << number(m.recency[static_cast<std::size_t>(matrixRowOfHeatmapRow(m, r))]);
    for (double f : m.frequency)
        h.columnLabels << number(f);
    h.values.reserve(m.values.size());
    for (int r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < m.frequency.size(); ++c)
            h.values.push_back(m.at(static_cast<std::size_t>(matrixRowOfHeatmapRow(m, r)), c));
    h.rowTitle = EvaluationChartTexts::tr("Recency: last purchase after the first (%1)").arg(unitName(unit));
    h.columnTitle = EvaluationChartTexts::tr("Frequency: repeat purchases in the calibration period");
    return h;
}

} // namespace

QString unitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return EvaluationChartTexts::tr("days");
    case TimeUnit::Week:
        return EvaluationChartTexts::tr("weeks");
    case TimeUnit::Month:
        return EvaluationChartTexts::tr("months");
    }
    return QString();
}

charts::CalibrationData calibrationData(const pipeline::BtydChartData &data)
{
    charts::CalibrationData c;
    for (const models::btyd::CalibrationHoldoutRow &row : data.calibration) {
        c.frequency.push_back(row.frequency);
        c.actualMean.push_back(row.actual);
        c.predictedMean.push_back(row.predicted);
        c.labels << (row.frequency >= data.calibrationMaxFrequency ? QLocale().toString(row.frequency) + u'+'
                                                                   : QLocale().toString(row.frequency));
    }
    return c;
}

charts::TrackingData trackingData(const pipeline::BtydChartData &data)
{
    charts::TrackingData t;
    t.day = data.tracking.day;
    t.actual = data.tracking.actualCumulative;
    t.expected = data.tracking.expectedCumulative;
    t.calibrationEnd = data.calibrationEnd;
    return t;
}

int matrixRowOfHeatmapRow(const models::btyd::FrequencyRecencyMatrix &matrix, int heatmapRow)
{
    return static_cast<int>(matrix.recency.size()) - 1 - heatmapRow;
}

charts::HeatmapData probabilityAliveHeatmap(const pipeline::BtydChartData &data)
{
    charts::HeatmapData h = matrixHeatmap(data.pAlive, data.unit);
    h.valueTitle = EvaluationChartTexts::tr("P(alive)");
    h.decimals = 2;
    h.minimum = 0.0;
    h.maximum = 1.0;
    return h;
}

charts::HeatmapData expectedPurchasesHeatmap(const pipeline::BtydChartData &data)
{
    charts::HeatmapData h = matrixHeatmap(data.expectedPurchases, data.unit);
    h.valueTitle =
        EvaluationChartTexts::tr("Expected purchases in the next %1 %2").arg(number(data.horizon), unitName(data.unit));
    h.decimals = 1;
    h.minimum = 0.0;
    return h;
}

ImportanceBars importanceBars(const pipeline::ImportanceChartData &data, int top)
{
    ImportanceBars out;
    for (const models::FeatureImportance &f : data.importance)
        if (!out.targets.contains(f.target))
            out.targets << f.target;
    // Value and churn answer the page's two questions; other targets stay in core.
    QStringList shown;
    for (const QString &target : {QStringLiteral("ltv"), QStringLiteral("churn")})
        if (out.targets.contains(target))
            shown << target;
    if (shown.isEmpty() && !out.targets.isEmpty())
        shown << out.targets.first();
    out.targets = shown;
    if (shown.isEmpty())
        return out;

    QHash<QString, QHash<QString, double>> share; // target -> feature -> share
    for (const models::FeatureImportance &f : data.importance)
        share[f.target][f.feature] = f.value;
    QList<QPair<double, QString>> ranked;
    for (auto it = share[shown.first()].cbegin(); it != share[shown.first()].cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qsizetype i = 0; i < ranked.size() && i < top; ++i)
        out.features << ranked[i].second;

    for (const QString &target : shown) {
        charts::BarSetData set;
        set.name = target == QLatin1String("ltv")     ? EvaluationChartTexts::tr("Predicted value")
                   : target == QLatin1String("churn") ? EvaluationChartTexts::tr("Churn")
                                                      : target;
        for (const QString &feature : std::as_const(out.features))
            set.values.push_back(100.0 * share[target].value(feature, 0.0));
        out.bars.sets.push_back(std::move(set));
    }
    out.bars.horizontal = true;
    out.bars.decimals = 1;
    out.bars.valueTitle = EvaluationChartTexts::tr("Share of the model's importance (%)");
    out.bars.categoryTitle = EvaluationChartTexts::tr("Feature");
    out.description = data.model == QLatin1String("xgboost") ? EvaluationChartTexts::tr("share of total gain")
                      : data.model == QLatin1String("linear")
                          ? EvaluationChartTexts::tr("share of absolute standardised coefficients")
                          : EvaluationChartTexts::tr("share of importance");
    return out;
}

QString featureTitle(const QString &column, TimeUnit unit)
{
    const QString units = unitName(unit);
    if (column == QLatin1String("frequency"))
        return EvaluationChartTexts::tr("Repeat purchases");
    if (column == QLatin1String("recency"))
        return EvaluationChartTexts::tr("Recency (%1)").arg(units);
    if (column == QLatin1String("tenure"))
        return EvaluationChartTexts::tr("Customer age (%1)").arg(units);
    if (column == QLatin1String("time_since_last"))
        return EvaluationChartTexts::tr("Time since the last purchase (%1)").arg(units);
    if (column == QLatin1String("monetary"))
        return EvaluationChartTexts::tr("Mean repeat purchase value");
    if (column == QLatin1String("total_revenue"))
        return EvaluationChartTexts::tr("Total revenue");
    if (column == QLatin1String("purchase_days"))
        return EvaluationChartTexts::tr("Purchase days");
    if (column == QLatin1String("first_order_value"))
        return EvaluationChartTexts::tr("First order value");
    if (column == QLatin1String("interpurchase_mean"))
        return EvaluationChartTexts::tr("Mean time between purchases (%1)").arg(units);
    if (column == QLatin1String("interpurchase_var"))
        return EvaluationChartTexts::tr("Variance of the time between purchases");
    if (column == QLatin1String("recent_purchases"))
        return EvaluationChartTexts::tr("Recent purchase days");
    if (column == QLatin1String("earlier_purchases"))
        return EvaluationChartTexts::tr("Earlier purchase days");
    if (column == QLatin1String("trend"))
        return EvaluationChartTexts::tr("Purchase trend");
    if (column == QLatin1String("peak_share"))
        return EvaluationChartTexts::tr("Share of purchases in peak months");
    if (column == QLatin1String("return_count"))
        return EvaluationChartTexts::tr("Returns");
    if (column == QLatin1String("return_rate"))
        return EvaluationChartTexts::tr("Return rate");
    if (column == QLatin1String("distinct_products"))
        return EvaluationChartTexts::tr("Distinct products");
    if (column == QLatin1String("items_per_purchase"))
        return EvaluationChartTexts::tr("Items per purchase");
    // Hybrid BTYD features: "<model>_p_alive" and friends.
    static const QList<QPair<QLatin1String, const char *>> hybrid = {
        {QLatin1String("_p_alive"), QT_TRANSLATE_NOOP("EvaluationChartTexts", "%1: P(alive)")},
        {QLatin1String("_expected_purchases"), QT_TRANSLATE_NOOP("EvaluationChartTexts", "%1: expected purchases")},
        {QLatin1String("_expected_spend"), QT_TRANSLATE_NOOP("EvaluationChartTexts", "%1: expected spend")}};
    for (const auto &[suffix, text] : hybrid)
        if (column.endsWith(suffix))
            return EvaluationChartTexts::tr(text).arg(column.left(column.size() - suffix.size()));
    return column;
}

} // namespace ltv::ui::evaluation
