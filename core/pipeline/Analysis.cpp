#include "pipeline/Analysis.h"
#include "features/Translation.h"
#include "store/Project.h"

#include <QCoreApplication>

#include <cmath>
#include <stdexcept>
#include <tuple>

namespace ltv::pipeline {
namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::pipeline"}, text);
}

} // namespace

double AnalysisSettings::horizonInUnit() const
{
    return horizonDays / daysPerUnit(unit);
}

DataSummary summarizeData(const features::TransactionSet &set)
{
    DataSummary s;
    s.transactions = set.size();
    s.customers = static_cast<std::size_t>(set.customerCount());
    s.products = static_cast<std::size_t>(set.productNames.size());
    if (set.empty())
        return s;
    std::tie(s.firstDay, s.lastDay) = set.dayRange();
    // Distinct purchase days per customer, without assuming any line order.
    std::vector<Day> firstDay(s.customers, -1);
    std::vector<std::uint8_t> repeat(s.customers, 0);
    for (std::size_t i = 0; i < set.size(); ++i) {
        s.revenue += set.amount[i];
        if (set.isReturn[i]) {
            ++s.returnLines;
            continue;
        }
        const auto c = static_cast<std::size_t>(set.customer[i]);
        if (firstDay[c] < 0)
            firstDay[c] = set.day[i];
        else if (firstDay[c] != set.day[i])
            repeat[c] = 1;
    }
    for (std::uint8_t r : repeat)
        s.repeatCustomers += r;
    return s;
}

Analysis runAnalysis(const features::TransactionSet &set, const AnalysisSettings &settings, const JobContext &job)
{
    if (set.empty())
        throw std::invalid_argument(tr("The project has no transactions.").toStdString());
    if (settings.horizonDays <= 0)
        throw std::invalid_argument(tr("The horizon must be positive.").toStdString());
    Analysis a;
    a.settings = settings;
    a.customerIds = set.customerIds;
    a.data = summarizeData(set);
    a.calibrationEnd = settings.calibrationEnd.value_or(a.data.lastDay - settings.horizonDays);
    if (a.calibrationEnd <= a.data.firstDay || a.calibrationEnd >= a.data.lastDay)
        throw std::invalid_argument(
            tr("The calibration end %1 must fall inside the data (%2 to %3).")
                .arg(isoFromDay(a.calibrationEnd), isoFromDay(a.data.firstDay), isoFromDay(a.data.lastDay))
                .toStdString());

    job.setProgress(0.0, tr("Checking data quality"));
    features::QualityResult quality = features::checkQuality(set, settings.quality, job.subTask(0.0, 0.05));
    a.quality = quality.report;
    const features::TransactionSet &clean = quality.cleaned;
    job.throwIfCancelled();

    job.setProgress(0.05, tr("Comparing models"));
    EvaluationRequest request;
    request.calibrationEnd = a.calibrationEnd;
    request.horizonDays = settings.horizonDays;
    request.unit = settings.unit;
    request.protocol = settings.protocol;
    request.models = settings.models;
    request.modelOptions = settings.modelOptions;
    request.annualDiscountRate = settings.annualDiscountRate;
    a.evaluation = runEvaluation(clean, request, job.subTask(0.05, 0.85));
    job.throwIfCancelled();

    job.setProgress(0.85, tr("Predicting the next horizon"));
    a.asOf = clean.dayRange().second;
    segments::ModelRunOptions options;
    options.modelId = settings.segmentModel;
    options.unit = settings.unit;
    options.horizon = settings.horizonInUnit();
    options.annualDiscountRate = settings.annualDiscountRate;
    a.forward = segments::fitAndPredict(clean, a.asOf, options, job.subTask(0.85, 0.95));
    if (!a.forward.ok())
        throw std::runtime_error(a.forward.error.toStdString());
    job.throwIfCancelled();

    job.setProgress(0.95, tr("Segmenting customers"));
    const models::Predictions &p = a.forward.predictions;
    a.rfm = segments::scoreRfm(segments::rfmInputsFromSummary(a.forward.summary), settings.segmentSettings.rfmRules);
    a.valueRisk = segments::valueRiskGrid(p, settings.segmentSettings.grid);
    a.playbook = settings.segmentSettings.rfmPlaybook;
    a.budget = segments::allocateBudget(a.rfm.segmentation, a.playbook, p, settings.budget);
    job.setProgress(1.0, tr("Analysis done"));
    return a;
}

Analysis runProjectAnalysis(const QString &projectPath, AnalysisSettings settings, const JobContext &job)
{
    job.setProgress(0.0, tr("Loading the project"));
    features::TransactionSet set;
    {
        store::Project project = store::Project::open(projectPath, false);
        set = project.loadTransactionSet();
        settings.segmentSettings = segments::loadSegmentSettings(project.database());
    }
    job.throwIfCancelled();
    return runAnalysis(set, settings, job.subTask(0.02, 1.0));
}

segments::Table predictionTable(const Analysis &a)
{
    using segments::formatNumber;
    const models::Predictions &p = a.forward.predictions;
    segments::Table t;
    t.header = {QStringLiteral("customer_id"), QStringLiteral("expected_purchases"),
                QStringLiteral("p_alive"),     QStringLiteral("expected_spend"),
                QStringLiteral("ltv"),         QStringLiteral("churn_probability")};
    t.rows.reserve(p.size());
    for (std::size_t i = 0; i < p.size(); ++i)
        t.rows.push_back({a.customerIds[p.customer[i]], formatNumber(p.expectedPurchases[i], 4),
                          formatNumber(p.pAlive[i], 4), formatNumber(p.expectedSpend[i], 2), formatNumber(p.ltv[i], 2),
                          formatNumber(p.churnProbability[i], 4)});
    return t;
}

segments::Table segmentTable(const Analysis &a)
{
    using segments::formatNumber;
    const segments::RfmResult &rfm = a.rfm;
    const segments::Segmentation deciles = segments::ltvDeciles(a.forward.predictions);
    segments::Table t;
    t.header = {QStringLiteral("customer_id"), QStringLiteral("recency"),     QStringLiteral("frequency"),
                QStringLiteral("monetary"),    QStringLiteral("r"),           QStringLiteral("f"),
                QStringLiteral("m"),           QStringLiteral("rfm_segment"), QStringLiteral("value_risk_segment"),
                QStringLiteral("ltv_decile")};
    // The RFM inputs, the value x risk grid and the deciles share the prediction rows.
    for (std::size_t i = 0; i < rfm.inputs.size(); ++i)
        t.rows.push_back({a.customerIds[rfm.inputs.customer[i]], formatNumber(rfm.inputs.recency[i], 2),
                          formatNumber(rfm.inputs.frequency[i], 0), formatNumber(rfm.inputs.monetary[i], 2),
                          QString::number(rfm.r[i]), QString::number(rfm.f[i]), QString::number(rfm.m[i]),
                          rfm.segmentation.names[rfm.segmentation.segmentOf[i]],
                          a.valueRisk.segmentation.names[a.valueRisk.segmentation.segmentOf[i]],
                          QString::number(deciles.segmentOf[i] + 1)});
    return t;
}

segments::Table actionTable(const Analysis &a)
{
    using segments::formatNumber;
    const segments::Segmentation &s = a.rfm.segmentation;
    const models::Predictions &p = a.forward.predictions;
    std::vector<double> contactReturn(a.customerIds.size(), std::nan(""));
    for (const segments::BudgetContact &c : a.budget.contacts)
        contactReturn[static_cast<std::size_t>(c.customer)] = c.netReturn;
    segments::Table t;
    t.header = {QStringLiteral("customer_id"),
                QStringLiteral("segment"),
                QStringLiteral("action"),
                QStringLiteral("channel"),
                QStringLiteral("max_spend"),
                QStringLiteral("contacted"),
                QStringLiteral("expected_net_return")};
    for (std::size_t i = 0; i < s.size(); ++i) {
        const QString &segment = s.names[s.segmentOf[i]];
        const segments::PlaybookEntry *entry = a.playbook.find(segment);
        const double ret = contactReturn[static_cast<std::size_t>(s.customer[i])];
        const bool contacted = !std::isnan(ret);
        t.rows.push_back({a.customerIds[s.customer[i]], segment, entry ? segments::actionKey(entry->action) : QString(),
                          entry ? entry->channel : QString(),
                          entry ? formatNumber(entry->maxSpendShareOfLtv * p.ltv[i], 2) : QString(),
                          contacted ? QStringLiteral("yes") : QStringLiteral("no"),
                          formatNumber(contacted ? ret : 0.0, 2)});
    }
    return t;
}

} // namespace ltv::pipeline
