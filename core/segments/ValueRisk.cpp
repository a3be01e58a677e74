#include "segments/ValueRisk.h"

#include "segments/PredictionLookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ltv::segments {

std::array<QString, 9> ValueRiskConfig::defaultCellNames()
{
    return {QStringLiteral("High value, low risk: VIP care"),
            QStringLiteral("High value, medium risk: loyalty programme"),
            QStringLiteral("High value, high risk: win back now"),
            QStringLiteral("Medium value, low risk: cross-sell with small incentives"),
            QStringLiteral("Medium value, medium risk: loyalty nurture"),
            QStringLiteral("Medium value, high risk: targeted win-back"),
            QStringLiteral("Low value, low risk: small incentives only"),
            QStringLiteral("Low value, medium risk: low-cost nurture"),
            QStringLiteral("Low value, high risk: suppress")};
}

QJsonObject ValueRiskConfig::toJsonObject() const
{
    QJsonArray names;
    for (const QString &name : cellNames)
        names.append(name);
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("topShare"), topShare},
                           {QStringLiteral("middleShare"), middleShare},
                           {QStringLiteral("metric"), metric == RiskMetric::ChurnProbability
                                                          ? QStringLiteral("churn_probability")
                                                          : QStringLiteral("not_alive")},
                           {QStringLiteral("lowRiskBelow"), lowRiskBelow},
                           {QStringLiteral("highRiskAbove"), highRiskAbove},
                           {QStringLiteral("cellNames"), names}};
    return root;
}

QByteArray ValueRiskConfig::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

bool ValueRiskConfig::fromJson(const QByteArray &json, ValueRiskConfig *config, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ValueRisk", "Not a value x risk grid configuration (version 1).");
        return false;
    }
    return fromJsonObject(document.object(), config, error);
}

bool ValueRiskConfig::fromJsonObject(const QJsonObject &root, ValueRiskConfig *config, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QCoreApplication::translate("ValueRisk", "Not a value x risk grid configuration (version 1)."));
    ValueRiskConfig parsed;
    parsed.topShare = root.value(QStringLiteral("topShare")).toDouble(-1.0);
    parsed.middleShare = root.value(QStringLiteral("middleShare")).toDouble(-1.0);
    parsed.lowRiskBelow = root.value(QStringLiteral("lowRiskBelow")).toDouble(-1.0);
    parsed.highRiskAbove = root.value(QStringLiteral("highRiskAbove")).toDouble(-1.0);
    const QString metric = root.value(QStringLiteral("metric")).toString();
    if (metric == QLatin1String("churn_probability"))
        parsed.metric = RiskMetric::ChurnProbability;
    else if (metric == QLatin1String("not_alive"))
        parsed.metric = RiskMetric::NotAlive;
    else
        return fail(QCoreApplication::translate("ValueRisk", "Unknown risk metric \"%1\".").arg(metric));
    if (parsed.topShare <= 0.0 || parsed.middleShare < 0.0 || parsed.topShare + parsed.middleShare > 1.0)
        return fail(
            QCoreApplication::translate("ValueRisk", "Value tier shares must be positive and sum to at most 1."));
    if (parsed.lowRiskBelow < 0.0 || parsed.highRiskAbove > 1.0 || parsed.lowRiskBelow > parsed.highRiskAbove)
        return fail(QCoreApplication::translate("ValueRisk", "Risk thresholds must satisfy 0 <= low <= high <= 1."));
    const QJsonArray names = root.value(QStringLiteral("cellNames")).toArray();
    if (names.size() != 9)
        return fail(QCoreApplication::translate("ValueRisk", "The grid needs exactly 9 cell names."));
    for (qsizetype i = 0; i < 9; ++i) {
        parsed.cellNames[static_cast<std::size_t>(i)] = names[i].toString().trimmed();
        if (parsed.cellNames[static_cast<std::size_t>(i)].isEmpty())
            return fail(QCoreApplication::translate("ValueRisk", "Grid cell %1 has no name.").arg(i + 1));
    }
    *config = parsed;
    return true;
}

namespace {
double ltvKey(double value)
{
    return std::isfinite(value) ? value : -std::numeric_limits<double>::infinity();
}
} // namespace

ValueRiskResult valueRiskGrid(const models::Predictions &predictions, const ValueRiskConfig &config)
{
    ValueRiskResult result;
    const std::size_t n = predictions.size();
    Segmentation &segmentation = result.segmentation;
    segmentation.kind = QStringLiteral("value_risk");
    for (const QString &name : config.cellNames)
        segmentation.names << name;
    segmentation.customer = predictions.customer;
    segmentation.segmentOf.resize(n);
    result.tier.resize(n);
    result.band.resize(n);
    result.risk.resize(n);

    // Tiers by the count of strictly higher LTVs (ties share a tier).
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&predictions](std::size_t a, std::size_t b) {
        return ltvKey(predictions.ltv[a]) > ltvKey(predictions.ltv[b]);
    });
    std::size_t groupStart = 0;
    while (groupStart < n) {
        std::size_t groupEnd = groupStart + 1;
        while (groupEnd < n && ltvKey(predictions.ltv[order[groupEnd]]) == ltvKey(predictions.ltv[order[groupStart]]))
            ++groupEnd;
        const double higherShare = static_cast<double>(groupStart) / static_cast<double>(n);
        const ValueTier tier = higherShare < config.topShare                        ? ValueTier::High
                               : higherShare < config.topShare + config.middleShare ? ValueTier::Medium
                                                                                    : ValueTier::Low;
        for (std::size_t k = groupStart; k < groupEnd; ++k)
            result.tier[order[k]] = tier;
        groupStart = groupEnd;
    }

    const PredictionLookup lookup(predictions);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t c = predictions.customer[i];
        const double risk =
            config.metric == RiskMetric::ChurnProbability ? lookup.churnProbability(c) : 1.0 - lookup.pAlive(c);
        result.risk[i] = risk;
        RiskBand band = RiskBand::Medium;
        if (!std::isfinite(risk))
            ++result.unknownRisk;
        else if (risk < config.lowRiskBelow)
            band = RiskBand::Low;
        else if (risk > config.highRiskAbove)
            band = RiskBand::High;
        result.band[i] = band;
        segmentation.segmentOf[i] = ValueRiskConfig::cellIndex(result.tier[i], band);
    }
    return result;
}

Segmentation ltvDeciles(const models::Predictions &predictions)
{
    Segmentation segmentation;
    segmentation.kind = QStringLiteral("ltv_decile");
    for (int d = 1; d <= 10; ++d)
        segmentation.names << QCoreApplication::translate("ValueRisk", "Decile %1").arg(d);
    const std::size_t n = predictions.size();
    segmentation.customer = predictions.customer;
    segmentation.segmentOf.resize(n);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&predictions](std::size_t a, std::size_t b) {
        const double la = ltvKey(predictions.ltv[a]), lb = ltvKey(predictions.ltv[b]);
        return la != lb ? la > lb : predictions.customer[a] < predictions.customer[b];
    });
    for (std::size_t rank = 0; rank < n; ++rank)
        segmentation.segmentOf[order[rank]] = static_cast<std::int32_t>((10 * rank) / n);
    return segmentation;
}

Table segmentValueTable(const Segmentation &segmentation, const models::Predictions &predictions)
{
    const PredictionLookup lookup(predictions);
    const auto segments = static_cast<std::size_t>(segmentation.names.size());
    std::vector<double> total(segments, 0.0), atRisk(segments, 0.0), churn(segments, 0.0), purchases(segments, 0.0);
    std::vector<std::size_t> churnCount(segments, 0);
    const std::vector<std::size_t> counts = segmentation.counts();
    double grandTotal = 0.0;
    for (std::size_t i = 0; i < segmentation.size(); ++i) {
        const auto s = static_cast<std::size_t>(segmentation.segmentOf[i]);
        const std::int32_t c = segmentation.customer[i];
        total[s] += lookup.ltv(c);
        grandTotal += lookup.ltv(c);
        atRisk[s] += lookup.valueAtRisk(c);
        purchases[s] += lookup.expectedPurchases(c);
        const double p = lookup.churnProbability(c);
        if (std::isfinite(p)) {
            churn[s] += p;
            ++churnCount[s];
        }
    }
    Table table;
    table.header = {QCoreApplication::translate("ValueRisk", "segment"),
                    QCoreApplication::translate("ValueRisk", "customers"),
                    QCoreApplication::translate("ValueRisk", "share %"),
                    QCoreApplication::translate("ValueRisk", "total LTV"),
                    QCoreApplication::translate("ValueRisk", "mean LTV"),
                    QCoreApplication::translate("ValueRisk", "value share %"),
                    QCoreApplication::translate("ValueRisk", "value at risk"),
                    QCoreApplication::translate("ValueRisk", "mean churn prob"),
                    QCoreApplication::translate("ValueRisk", "expected purchases")};
    const double n = static_cast<double>(std::max<std::size_t>(segmentation.size(), 1));
    for (std::size_t s = 0; s < segments; ++s) {
        const double count = static_cast<double>(counts[s]);
        table.rows.push_back(
            {segmentation.names[static_cast<qsizetype>(s)], QString::number(counts[s]),
             formatNumber(100.0 * count / n, 1), formatNumber(total[s], 2),
             formatNumber(count > 0 ? total[s] / count : 0.0, 2),
             formatNumber(grandTotal != 0.0 ? 100.0 * total[s] / grandTotal : 0.0, 1), formatNumber(atRisk[s], 2),
             churnCount[s] > 0 ? formatNumber(churn[s] / static_cast<double>(churnCount[s]), 3) : QStringLiteral("nan"),
             formatNumber(purchases[s], 1)});
    }
    return table;
}

} // namespace ltv::segments
