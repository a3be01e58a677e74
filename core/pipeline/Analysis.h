#pragma once
// The whole headless analysis behind the report and `ltv demo`: data summary
// and quality check, the model comparison on a time-based holdout, then the
// forward-looking predictions (all history in, the horizon out) with their
// segments, playbook actions and budget plan. Pure computation over a
// TransactionSet; writing files is the caller's business.

#include "features/DataQuality.h"
#include "features/TransactionSet.h"
#include "pipeline/Evaluation.h"
#include "pipeline/JobContext.h"
#include "segments/Budget.h"
#include "segments/ModelRun.h"
#include "segments/Playbook.h"
#include "segments/Rfm.h"
#include "segments/SegmentSettings.h"
#include "segments/ValueRisk.h"

#include <QStringList>

#include <optional>

namespace ltv::pipeline {

struct AnalysisSettings
{
    // Last day of the calibration period; unset: the last day of data minus the horizon.
    std::optional<Day> calibrationEnd;
    std::int32_t horizonDays = 273;
    TimeUnit unit = TimeUnit::Week;
    double annualDiscountRate = 0.0;         // for the forward LTV and the comparison's discounted value
    QMap<QString, QVariantMap> modelOptions; // per model id, as EvaluationRequest::modelOptions
    QStringList models{QStringLiteral("bgnbd"), QStringLiteral("pnbd"), QStringLiteral("linear"),
                       QStringLiteral("xgboost")};
    // Of the ML models; automatic: the shifted window when it leaves enough to train on, else the customer split.
    TrainingProtocol protocol = TrainingProtocol::Automatic;
    QString segmentModel = QStringLiteral("bgnbd"); // BTYD model of the forward predictions
    segments::BudgetOptions budget;
    features::QualityOptions quality;
    // RFM rules, value x risk grid and playbook; runProjectAnalysis uses the project's saved ones.
    segments::SegmentSettings segmentSettings;

    // The horizon in the model unit (e.g. 39 for 273 days in weeks).
    double horizonInUnit() const;
};

struct DataSummary
{
    std::size_t transactions = 0;
    std::size_t customers = 0;
    Day firstDay = 0;
    Day lastDay = 0;
    double revenue = 0.0; // net
    std::size_t returnLines = 0;
    std::size_t repeatCustomers = 0; // with purchases on two or more days
    std::size_t products = 0;
};

DataSummary summarizeData(const features::TransactionSet &set);

struct Analysis
{
    AnalysisSettings settings;
    Day calibrationEnd = 0; // resolved
    DataSummary data;       // of the input, before cleaning
    features::QualityReport quality;
    EvaluationResult evaluation;
    Day asOf = 0; // the forward predictions use every line up to this day
    segments::ModelRun forward;
    segments::RfmResult rfm;
    segments::ValueRiskResult valueRisk;
    segments::Playbook playbook; // applies to the RFM segments
    segments::BudgetAllocation budget;
    QStringList customerIds; // TransactionSet::customerIds
};

// Throws std::invalid_argument for bad settings or data too short for the
// holdout, std::runtime_error when the forward model cannot be fitted,
// Cancelled when cancelled.
Analysis runAnalysis(const features::TransactionSet &set, const AnalysisSettings &settings, const JobContext &job);

// runAnalysis on the transactions of the project file at projectPath, with the
// segment settings (rules, grid, playbook) the project has saved. Throws
// store::SqlError when the project cannot be read.
Analysis runProjectAnalysis(const QString &projectPath, AnalysisSettings settings, const JobContext &job);

// Per customer of the forward predictions: customer_id, expected_purchases,
// p_alive, expected_spend, ltv, churn_probability.
segments::Table predictionTable(const Analysis &analysis);
// Per customer: customer_id, recency, frequency, monetary, r, f, m,
// rfm_segment, value_risk_segment, ltv_decile.
segments::Table segmentTable(const Analysis &analysis);
// Per customer: customer_id, segment, action, channel, max_spend, contacted
// (by the budget plan: yes/no), expected_net_return (0 when not contacted).
segments::Table actionTable(const Analysis &analysis);

} // namespace ltv::pipeline
