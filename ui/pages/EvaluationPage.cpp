#include "pages/EvaluationPage.h"

#include "EvaluationSession.h"
#include "charts/ChartPanel.h"
#include "charts/DecileChart.h"
#include "charts/GainChart.h"
#include "charts/HistogramChart.h"
#include "charts/RocChart.h"
#include "charts/ThresholdConfusionView.h"
#include "eval/Classification.h"
#include "eval/DecileTable.h"
#include "eval/GainCurve.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ltv::ui {

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
{
    status_->setWordWrap(true);
    model_->setObjectName(QStringLiteral("evaluationModel"));
    logScale_->setChecked(true);
    auto *rocPanel = new charts::ChartPanel(roc_, this);
    rocPanel->setExportBaseName(QStringLiteral("roc-curves"));
    auto *decilePanel = new charts::ChartPanel(decile_, this);
    decilePanel->setExportBaseName(QStringLiteral("deciles"));
    auto *gainPanel = new charts::ChartPanel(gain_, this);
    gainPanel->setExportBaseName(QStringLiteral("cumulative-gain"));
    auto *histogramPanel = new charts::ChartPanel(histogram_, this);
    histogramPanel->setExportBaseName(QStringLiteral("ltv-distribution"));
    tabs_->addTab(rocPanel, QString());
    tabs_->addTab(confusion_, QString());
    tabs_->addTab(decilePanel, QString());
    tabs_->addTab(gainPanel, QString());
    tabs_->addTab(histogramPanel, QString());

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
        return;
    }
    const auto &result = evaluation_->result();
    std::vector<charts::RocCurveSeries> rocCurves;
    std::vector<charts::GainCurveSeries> gainCurves;
    for (std::size_t m = 0; m < result.predictions.size(); ++m) {
        const models::Predictions &p = result.predictions[m];
        QString name = p.model;
        for (const auto &row : result.leaderboard.rows)
            if (row.model == p.model && !row.displayName.isEmpty())
                name = row.displayName;
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
    status_->setText(tr("%1. Churn means no purchase in the holdout.").arg(result.data.split.describe()));
    rebuildSelected();
}

void EvaluationPage::rebuildSelected()
{
    const int index = model_->currentData().toInt();
    if (!evaluation_->hasResult() || model_->count() == 0)
        return;
    const HoldoutAlignment a = alignment(index);
    const QString name = model_->currentText();
    if (a.churned.empty())
        return;
    const double threshold = eval::chooseThreshold(a.churned, a.churnProbability, eval::ThresholdOptions{});
    confusion_->setData(a.churned, a.churnProbability, std::isfinite(threshold) ? threshold : 0.5, tr("churned"),
                        tr("bought again"));
    decile_->setTable(eval::decileTable(a.actualRevenue, a.predictedValue), tr("Holdout revenue per customer"),
                      tr("%1: predicted vs actual revenue by decile").arg(name));
    const auto &predictions = evaluation_->result().predictions[static_cast<std::size_t>(index)];
    histogram_->setValues(predictions.ltv, tr("Predicted value per customer"),
                          tr("%1: distribution of predicted value").arg(name));
    histogram_->setLogScale(logScale_->isChecked());
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
    tabs_->setTabText(0, tr("ROC"));
    tabs_->setTabText(1, tr("Confusion matrix"));
    tabs_->setTabText(2, tr("Deciles"));
    tabs_->setTabText(3, tr("Gain"));
    tabs_->setTabText(4, tr("LTV distribution"));
}

} // namespace ltv::ui
