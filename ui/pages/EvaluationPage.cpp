#include "pages/EvaluationPage.h"

#include "EvaluationSession.h"
#include "charts/BarChart.h"
#include "charts/CalibrationChart.h"
#include "charts/ChartPanel.h"
#include "charts/DecileChart.h"
#include "charts/GainChart.h"
#include "charts/HeatmapChart.h"
#include "charts/HistogramChart.h"
#include "charts/RocChart.h"
#include "charts/ThresholdConfusionView.h"
#include "charts/TrackingChart.h"
#include "eval/Classification.h"
#include "eval/DecileTable.h"
#include "eval/GainCurve.h"
#include "pages/EvaluationPageCharts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ltv::ui {
namespace {

QString wholeOrOneDecimal(double value)
{
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

} // namespace

EvaluationPage::EvaluationPage(EvaluationSession *evaluation, QWidget *parent)
    : QWidget(parent)
    , evaluation_(evaluation)
    , status_(new QLabel(this))
    , modelLabel_(new QLabel(this))
    , model_(new QComboBox(this))
    , logScale_(new QCheckBox(this))
    , tabs_(new QTabWidget(this))
    , roc_(new charts::RocChart)
    , confusion_(new charts::ThresholdConfusionView(this))
    , decile_(new charts::DecileChart)
    , gain_(new charts::GainChart)
    , histogram_(new charts::HistogramChart)
    , calibration_(new charts::CalibrationChart)
    , tracking_(new charts::TrackingChart)
    , pAlive_(new charts::HeatmapChart)
    , expectedPurchases_(new charts::HeatmapChart)
    , importance_(new charts::BarChart)
{
    status_->setWordWrap(true);
    model_->setObjectName(QStringLiteral("evaluationModel"));
    // Its models arrive after the page was first shown; keep every name in full.
    model_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    logScale_->setChecked(true);
    const auto addPanel = [this](QChart *chart, const QString &baseName) {
        auto *panel = new charts::ChartPanel(chart, this);
        panel->setExportBaseName(baseName);
        tabs_->addTab(panel, QString());
    };
    addPanel(roc_, QStringLiteral("roc-curves"));
    tabs_->addTab(confusion_, QString());
    addPanel(decile_, QStringLiteral("deciles"));
    addPanel(gain_, QStringLiteral("cumulative-gain"));
    addPanel(histogram_, QStringLiteral("ltv-distribution"));
    addPanel(calibration_, QStringLiteral("calibration-holdout"));
    addPanel(tracking_, QStringLiteral("tracking"));
    addPanel(pAlive_, QStringLiteral("p-alive-matrix"));
    addPanel(expectedPurchases_, QStringLiteral("expected-purchases-matrix"));
    addPanel(importance_, QStringLiteral("feature-importance"));
    Q_ASSERT(tabs_->count() == TabCount);

    auto *top = new QHBoxLayout;
    top->addWidget(modelLabel_);
    top->addWidget(model_);
    top->addSpacing(16);
    top->addWidget(logScale_);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(status_);
    layout->addLayout(top);
    layout->addWidget(tabs_, 1);

    connect(evaluation_, &EvaluationSession::resultChanged, this, &EvaluationPage::rebuild);
    connect(model_, &QComboBox::currentIndexChanged, this, &EvaluationPage::rebuildSelected);
    connect(logScale_, &QCheckBox::toggled, histogram_, &charts::HistogramChart::setLogScale);
    retranslate();
    rebuild();
}

HoldoutAlignment EvaluationPage::alignment(int modelIndex) const
{
    HoldoutAlignment a;
    if (!evaluation_->hasResult())
        return a;
    const auto &result = evaluation_->result();
    if (modelIndex < 0 || modelIndex >= static_cast<int>(result.predictions.size()))
        return a;
    const models::Predictions &p = result.predictions[static_cast<std::size_t>(modelIndex)];
    QHash<std::int32_t, std::size_t> row;
    for (std::size_t i = 0; i < p.customer.size(); ++i)
        row.insert(p.customer[i], i);
    const features::Labels &holdout = result.data.holdout;
    for (std::size_t i = 0; i < holdout.size(); ++i) {
        const auto it = row.constFind(holdout.customer[i]);
        if (it == row.constEnd())
            continue;
        a.actualRevenue.push_back(holdout.revenue[i]);
        a.predictedValue.push_back(p.ltv.empty() ? 0.0 : p.ltv[*it]);
        a.churned.push_back(holdout.active[i] ? 0 : 1);
        a.churnProbability.push_back(p.churnProbability.empty() ? 0.5 : p.churnProbability[*it]);
    }
    return a;
}

void EvaluationPage::rebuild()
{
    QSignalBlocker block(model_);
    model_->clear();
    if (!evaluation_->hasResult()) {
        status_->setText(tr("Train models on the Models page; their evaluation on the holdout appears here."));
        roc_->setCurves({});
        rebuildModelCharts(QString());
        return;
    }
    const auto &result = evaluation_->result();
    std::vector<charts::RocCurveSeries> rocCurves;
    std::vector<charts::GainCurveSeries> gainCurves;
    for (std::size_t m = 0; m < result.predictions.size(); ++m) {
        const models::Predictions &p = result.predictions[m];
        const QString name = displayName(p.model);
        model_->addItem(name, static_cast<int>(m));
        const HoldoutAlignment a = alignment(static_cast<int>(m));
        if (a.churned.empty())
            continue;
        bool hasChurn = false;
        for (double v : a.churnProbability)
            hasChurn = hasChurn || std::isfinite(v);
        if (hasChurn)
            rocCurves.push_back(
                {name, eval::rocCurve(a.churned, a.churnProbability), eval::rocAuc(a.churned, a.churnProbability)});
        gainCurves.push_back({name, eval::gainCurve(a.actualRevenue, a.predictedValue)});
    }
    roc_->setCurves(rocCurves, tr("Churn: ROC curves on the holdout"));
    gain_->setCurves(gainCurves, tr("Cumulative gain of holdout revenue"));
    // The description reads as part of a sentence ("shifted window: …"); here it starts one.
    QString split = result.data.split.describe();
    if (!split.isEmpty())
        split[0] = split.at(0).toUpper();
    status_->setText(tr("%1. Churn means no purchase in the holdout.").arg(split));
    rebuildSelected();
}

void EvaluationPage::rebuildSelected()
{
    const int index = model_->currentData().toInt();
    if (!evaluation_->hasResult())
        return;
    if (model_->count() == 0) {
        rebuildModelCharts(QString());
        return;
    }
    const auto &predictions = evaluation_->result().predictions[static_cast<std::size_t>(index)];
    rebuildModelCharts(predictions.model);
    const HoldoutAlignment a = alignment(index);
    const QString name = model_->currentText();
    if (a.churned.empty())
        return;
    const double threshold = eval::chooseThreshold(a.churned, a.churnProbability, eval::ThresholdOptions{});
    confusion_->setData(a.churned, a.churnProbability, std::isfinite(threshold) ? threshold : 0.5, tr("churned"),
                        tr("bought again"));
    decile_->setTable(eval::decileTable(a.actualRevenue, a.predictedValue), tr("Holdout revenue per customer"),
                      tr("%1: predicted vs actual revenue by decile").arg(name));
    histogram_->setValues(predictions.ltv, tr("Predicted value per customer"),
                          tr("%1: distribution of predicted value").arg(name));
    histogram_->setLogScale(logScale_->isChecked());
}

QString EvaluationPage::displayName(const QString &model) const
{
    if (evaluation_->hasResult())
        for (const auto &row : evaluation_->result().leaderboard.rows)
            if (row.model == model && !row.displayName.isEmpty())
                return row.displayName;
    return model;
}

void EvaluationPage::rebuildModelCharts(const QString &selectedModel)
{
    const pipeline::EvaluationCharts *data = evaluation_->hasResult() ? &evaluation_->result().charts : nullptr;
    const TimeUnit unit = evaluation_->request().unit;

    // BTYD charts: the selected model's, else the first BTYD model's (named in every title).
    const pipeline::BtydChartData *btyd = data ? data->btydOf(selectedModel) : nullptr;
    if (!btyd && data && !data->btyd.empty())
        btyd = &data->btyd.front();
    btydModel_ = btyd ? btyd->model : QString();
    if (btyd) {
        const QString name = displayName(btyd->model);
        calibration_->setData(evaluation::calibrationData(*btyd),
                              tr("%1: holdout purchases by calibration frequency").arg(name));
        tracking_->setData(evaluation::trackingData(*btyd), tr("Cumulative repeat transactions"),
                           tr("%1: cumulative repeat transactions, actual vs expected").arg(name));
        pAlive_->setData(evaluation::probabilityAliveHeatmap(*btyd));
        pAlive_->setTitle(tr("%1: P(alive) of customers aged %2 %3")
                              .arg(name, wholeOrOneDecimal(btyd->pAlive.age), evaluation::unitName(unit)));
        expectedPurchases_->setData(evaluation::expectedPurchasesHeatmap(*btyd));
        expectedPurchases_->setTitle(tr("%1: expected purchases in the next %2 %3")
                                         .arg(name, wholeOrOneDecimal(btyd->horizon), evaluation::unitName(unit)));
    } else {
        const QString none = tr("No BTYD model in this run: train BG/NBD or Pareto/NBD on the Models page");
        calibration_->setData({}, none);
        tracking_->setData({}, {}, none);
        pAlive_->setData({});
        pAlive_->setTitle(none);
        expectedPurchases_->setData({});
        expectedPurchases_->setTitle(none);
    }

    // Feature importance: the selected model's, else the boosted model's, else the first explainable one's.
    const pipeline::ImportanceChartData *importance = data ? data->importanceOf(selectedModel) : nullptr;
    if (!importance && data)
        importance = data->importanceOf(QStringLiteral("xgboost"));
    if (!importance && data && !data->importance.empty())
        importance = &data->importance.front();
    importanceModel_ = importance ? importance->model : QString();
    if (importance) {
        evaluation::ImportanceBars bars = evaluation::importanceBars(*importance);
        for (const QString &feature : std::as_const(bars.features))
            bars.bars.categories << evaluation::featureTitle(feature, unit);
        importance_->setData(bars.bars, tr("%1: feature importance (%2), top %3")
                                            .arg(displayName(importance->model), bars.description)
                                            .arg(bars.features.size()));
    } else {
        importance_->setData({}, tr("No explainable model in this run: train XGBoost or the linear model"));
    }
}

QString EvaluationPage::tabId(Tab tab)
{
    static const QStringList ids = {QStringLiteral("roc"),          QStringLiteral("confusion"),
                                    QStringLiteral("deciles"),      QStringLiteral("gain"),
                                    QStringLiteral("distribution"), QStringLiteral("calibration"),
                                    QStringLiteral("tracking"),     QStringLiteral("palive"),
                                    QStringLiteral("expected"),     QStringLiteral("importance")};
    return ids.value(tab);
}

void EvaluationPage::showTab(Tab tab)
{
    tabs_->setCurrentIndex(tab);
}

void EvaluationPage::selectModel(int index)
{
    model_->setCurrentIndex(model_->findData(index));
}

void EvaluationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void EvaluationPage::retranslate()
{
    modelLabel_->setText(tr("Model:"));
    logScale_->setText(tr("Log scale for the distribution"));
    tabs_->setTabText(Roc, tr("ROC"));
    tabs_->setTabText(Confusion, tr("Confusion matrix"));
    tabs_->setTabText(Deciles, tr("Deciles"));
    tabs_->setTabText(Gain, tr("Gain"));
    tabs_->setTabText(Distribution, tr("LTV distribution"));
    tabs_->setTabText(Calibration, tr("Calibration"));
    tabs_->setTabText(Tracking, tr("Tracking"));
    tabs_->setTabText(PAlive, tr("P(alive) matrix"));
    tabs_->setTabText(ExpectedPurchases, tr("Expected purchases"));
    tabs_->setTabText(Importance, tr("Feature importance"));
}

} // namespace ltv::ui
