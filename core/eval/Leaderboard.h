#pragma once
// One table comparing every fitted model on one holdout: the same regression
// metrics of the predicted horizon value and the same churn metrics for all,
// with the best value per metric marked. Text, JSON and CSV renderings.

#include "eval/Classification.h"
#include "eval/RegressionMetrics.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <limits>
#include <vector>

namespace ltv::models {
struct Predictions;
}
namespace ltv::features {
struct Labels;
}

namespace ltv::eval {

enum class MetricGoal { Lower, Higher, NearOne };

struct MetricSpec
{
    QString key;   // stable, e.g. "gini", "churn_auc"
    QString label; // column title
    MetricGoal goal;
};

// The leaderboard columns, regression first, then churn.
const QList<MetricSpec> &leaderboardMetrics();

struct LeaderboardRow
{
    QString model;       // id, e.g. "bgnbd+gg"
    QString displayName; // translated
    QString note;        // e.g. the protocol or the chosen sub-model
    double fitSeconds = 0.0;
    RegressionMetrics value;     // predicted ltv vs holdout revenue
    ClassificationMetrics churn; // churn probability vs no purchase in the holdout
    RegressionMetrics purchases; // expected vs actual purchases (NaN when not modelled)
    // Mean predicted value per evaluated customer over the horizon, discounted
    // at the comparison's annual rate (the CLV the model forecasts); not a score.
    double discountedValuePerCustomer = std::numeric_limits<double>::quiet_NaN();

    // The value of a metric of leaderboardMetrics(); NaN when undefined.
    double metric(const QString &key) const;
};

// Scores one model's predictions against the holdout labels, matched by
// customer. Throws std::invalid_argument when a labelled customer has no
// prediction.
LeaderboardRow scorePredictions(const models::Predictions &predictions, const features::Labels &holdout,
                                const ThresholdOptions &threshold = {});

struct Leaderboard
{
    QVariantMap context; // calibration end, horizon, protocol, customers, ...
    std::vector<LeaderboardRow> rows;

    // Row indices holding the best finite value of the metric (all of them on a tie).
    std::vector<std::size_t> best(const QString &key) const;

    QString toText() const; // aligned table, best values marked with '*'
    QJsonObject toJson() const;
    QString toCsv() const; // one row per model, then a "best" row naming the winners
};

} // namespace ltv::eval
