#pragma once
// Predicted value x churn risk: a 3 x 3 grid of named cells, and LTV deciles.
//
// Value tiers by rank of predicted LTV: with a = the share of customers whose
// LTV is strictly higher, a customer is High when a < topShare, Medium when
// a < topShare + middleShare, else Low. Ties stay in one tier, so a tier can
// hold a little more than its nominal share.
// Risk bands on the churn probability (or 1 - P(alive)): Low below
// lowRiskBelow, High above highRiskAbove, Medium otherwise. A customer
// without any risk estimate is put in Medium and counted in unknownRisk.

#include "models/Model.h"
#include "segments/Segmentation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace ltv::segments {

enum class ValueTier { High = 0, Medium = 1, Low = 2 };
enum class RiskBand { Low = 0, Medium = 1, High = 2 };
enum class RiskMetric { ChurnProbability, NotAlive }; // NotAlive = 1 - P(alive)

struct ValueRiskConfig
{
    double topShare = 0.20;
    double middleShare = 0.50; // the bottom tier is the rest (30%)
    RiskMetric metric = RiskMetric::ChurnProbability;
    double lowRiskBelow = 0.33;
    double highRiskAbove = 0.66;
    // cellNames[tier * 3 + band], e.g. "High value, high risk: win back now".
    std::array<QString, 9> cellNames = defaultCellNames();

    static std::array<QString, 9> defaultCellNames();
    static int cellIndex(ValueTier tier, RiskBand band) { return static_cast<int>(tier) * 3 + static_cast<int>(band); }

    // {"version":1,"topShare","middleShare","metric":"churn_probability"|"not_alive","lowRiskBelow",
    //  "highRiskAbove","cellNames":[9 names]}; parsing checks the ranges and leaves *config untouched on error.
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // the same, as indented text
    static bool fromJsonObject(const QJsonObject &root, ValueRiskConfig *config, QString *error);
    static bool fromJson(const QByteArray &json, ValueRiskConfig *config, QString *error);

    bool operator==(const ValueRiskConfig &) const = default;
};

struct ValueRiskResult
{
    Segmentation segmentation; // names = the 9 cell names in cellIndex order
    std::vector<ValueTier> tier;
    std::vector<RiskBand> band;
    std::vector<double> risk; // the risk value used, NaN when unknown
    std::size_t unknownRisk = 0;
};

// Rows are the prediction rows (predictions.customer).
ValueRiskResult valueRiskGrid(const models::Predictions &predictions, const ValueRiskConfig &config = {});

// Deciles of predicted LTV: decile 1 is the top 10%. Rows are ranked by LTV
// (descending, ties by customer index) and decile = 1 + floor(10 rank / n),
// so decile sizes differ by at most one.
Segmentation ltvDeciles(const models::Predictions &predictions);

// Per segment: customers, share, total and mean predicted LTV, value at risk
// (LTV x churn probability), mean churn probability and expected purchases.
Table segmentValueTable(const Segmentation &segmentation, const models::Predictions &predictions);

} // namespace ltv::segments
