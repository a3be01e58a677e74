#include "charts/ThresholdConfusionView.h"

#include "charts/ChartPanel.h"
#include "charts/ConfusionMatrixChart.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ltv::ui::charts {

namespace {

QString formatRate(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 3) : QStringLiteral("–");
}

} // namespace

ThresholdConfusionView::ThresholdConfusionView(QWidget *parent)
    : QWidget(parent)
    , chart_(new ConfusionMatrixChart)
    , panel_(new ChartPanel(chart_, this))
    , slider_(new QSlider(Qt::Horizontal, this))
    , thresholdCaption_(new QLabel(this))
    , thresholdValue_(new QLabel(this))
    , precisionLabel_(new QLabel(this))
    , recallLabel_(new QLabel(this))
    , f1Label_(new QLabel(this))
    , accuracyLabel_(new QLabel(this))
{
    panel_->setExportBaseName(QStringLiteral("confusion-matrix"));
    slider_->setObjectName(QStringLiteral("thresholdSlider"));
    slider_->setRange(0, sliderSteps);
    slider_->setSingleStep(5);
    slider_->setPageStep(50);
    slider_->setValue(sliderSteps / 2);
    thresholdValue_->setMinimumWidth(thresholdValue_->fontMetrics().horizontalAdvance(QStringLiteral("0.0000")));
    precisionLabel_->setObjectName(QStringLiteral("precisionLabel"));
    recallLabel_->setObjectName(QStringLiteral("recallLabel"));
    f1Label_->setObjectName(QStringLiteral("f1Label"));
    accuracyLabel_->setObjectName(QStringLiteral("accuracyLabel"));

    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(thresholdCaption_);
    sliderRow->addWidget(slider_, 1);
    sliderRow->addWidget(thresholdValue_);
    auto *metricsRow = new QHBoxLayout;
    metricsRow->setSpacing(24);
    for (QLabel *label : {precisionLabel_, recallLabel_, f1Label_, accuracyLabel_}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        metricsRow->addWidget(label);
    }
    metricsRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel_, 1);
    layout->addLayout(sliderRow);
    layout->addLayout(metricsRow);

    connect(slider_, &QSlider::valueChanged, this, &ThresholdConfusionView::recompute);
    retranslate();
    recompute(slider_->value());
}

void ThresholdConfusionView::setData(std::vector<std::uint8_t> labels, std::vector<double> scores, double threshold,
                                     const QString &positiveName, const QString &negativeName)
{
    labels_ = std::move(labels);
    scores_ = std::move(scores);
    positiveName_ = positiveName;
    negativeName_ = negativeName;
    const QSignalBlocker blocker(slider_);
    setThreshold(threshold);
    recompute(slider_->value());
}

double ThresholdConfusionView::threshold() const
{
    return static_cast<double>(slider_->value()) / sliderSteps;
}

void ThresholdConfusionView::setThreshold(double threshold)
{
    const double clamped = std::clamp(std::isfinite(threshold) ? threshold : 0.5, 0.0, 1.0);
    slider_->setValue(static_cast<int>(std::lround(clamped * sliderSteps)));
}

const eval::ConfusionMatrix &ThresholdConfusionView::matrix() const
{
    return chart_->matrix();
}

QString ThresholdConfusionView::precisionText() const
{
    return precisionLabel_->text();
}
QString ThresholdConfusionView::recallText() const
{
    return recallLabel_->text();
}
QString ThresholdConfusionView::f1Text() const
{
    return f1Label_->text();
}

void ThresholdConfusionView::recompute(int sliderValue)
{
    const double t = static_cast<double>(sliderValue) / sliderSteps;
    const eval::ConfusionMatrix m = eval::confusionAt(labels_, scores_, t);
    chart_->setMatrix(m, positiveName_, negativeName_);
    thresholdValue_->setText(QLocale().toString(t, 'f', 3));
    precisionLabel_->setText(tr("Precision: %1").arg(formatRate(m.precision())));
    recallLabel_->setText(tr("Recall: %1").arg(formatRate(m.recall())));
    f1Label_->setText(tr("F1: %1").arg(formatRate(m.f1())));
    accuracyLabel_->setText(tr("Accuracy: %1").arg(formatRate(m.accuracy())));
    emit thresholdChanged(t);
}

void ThresholdConfusionView::retranslate()
{
    thresholdCaption_->setText(tr("Threshold:"));
    slider_->setToolTip(tr("Customers whose score is at least the threshold are predicted positive"));
}

void ThresholdConfusionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recompute(slider_->value());
    }
    QWidget::changeEvent(event);
}

} // namespace ltv::ui::charts
