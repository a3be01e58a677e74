#include "pages/models/TrainingLossChart.h"
#include "charts/AxisTicks.h"

#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ltv::ui {

TrainingLossChart::TrainingLossChart(QGraphicsItem *parent)
    : Chart(parent)
    , xAxis_(addValueAxis(Qt::AlignBottom, QString()))
    , yLog_(ensureAxis<QLogValueAxis>(Qt::AlignLeft))
    , yLinear_(ensureAxis<QValueAxis>(Qt::AlignLeft))
    , note_(new QGraphicsSimpleTextItem(this))
{
    xAxis_->setLabelFormat(QStringLiteral("%.0f"));
    yLog_->setLabelFormat(QStringLiteral("%.3g"));
    yLog_->setMinorTickCount(0);
    yLinear_->setLabelFormat(QStringLiteral("%.3g"));
    note_->setFont(charts::ChartStyle::axisTitleFont());
    note_->setZValue(10);
    connect(this, &QChart::plotAreaChanged, this, [this] { placeNote(); });
    themeChanged(visualTheme());
    clear();
}

void TrainingLossChart::setTexts(const QString &title, const QString &xTitle, const QString &logYTitle,
                                 const QString &linearYTitle, const QString &emptyNote)
{
    setTitle(title);
    xAxis_->setTitleText(xTitle);
    yLog_->setTitleText(logYTitle);
    yLinear_->setTitleText(linearYTitle);
    note_->setText(emptyNote);
    placeNote();
}

QString TrainingLossChart::emptyNote() const
{
    return note_->text();
}

QAbstractAxis *TrainingLossChart::lossAxis() const
{
    return logarithmic_ ? static_cast<QAbstractAxis *>(yLog_) : static_cast<QAbstractAxis *>(yLinear_);
}

QLineSeries *TrainingLossChart::lineSeries(int index) const
{
    if (index < 0 || index >= lineCount())
        return nullptr;
    return lines_[static_cast<std::size_t>(index)];
}

void TrainingLossChart::addEpoch(const QString &network, const QString &trainingName, const QString &validationName,
                                 double epoch, double loss, double validationLoss)
{
    if (!std::isfinite(epoch) || !std::isfinite(loss))
        return; // a diverged epoch must not break the axes
    const bool first = !networks_.contains(network);
    if (first) {
        const int color = static_cast<int>(networks_.size());
        Network added;
        added.training = lineCount();
        lines_.push_back(addDataLine(trainingName, color, 2.2));
        added.validation = lineCount();
        QLineSeries *validation = addDataLine(validationName, color, 2.0);
        QPen pen = validation->pen();
        pen.setStyle(Qt::DashLine);
        validation->setPen(pen);
        lines_.push_back(validation);
        for (int i = added.training; i <= added.validation; ++i) {
            lines_[static_cast<std::size_t>(i)]->attachAxis(xAxis_);
            lines_[static_cast<std::size_t>(i)]->attachAxis(lossAxis());
        }
        if (networks_.isEmpty()) {
            lowest_ = highest_ = loss;
            xAxis_->setVisible(true);
            lossAxis()->setVisible(true);
            note_->setVisible(false);
        }
        networks_.insert(network, added);
        placeLegend();
    }
    const Network &n = networks_[network];
    auto record = [&](double value) {
        lowest_ = std::min(lowest_, value);
        highest_ = std::max(highest_, value);
    };
    lineSeries(n.training)->append(epoch, loss);
    record(loss);
    if (std::isfinite(validationLoss)) {
        lineSeries(n.validation)->append(epoch, validationLoss);
        record(validationLoss);
    }
    maxEpoch_ = std::max(maxEpoch_, epoch);
    updateRanges();
}

void TrainingLossChart::clear()
{
    for (QLineSeries *series : lines_) {
        removeSeries(series);
        delete series;
    }
    lines_.clear();
    networks_.clear();
    maxEpoch_ = 1.0;
    lowest_ = highest_ = 0.0;
    xAxis_->setRange(0, 1);
    useLogarithmicAxis(true);
    yLog_->setRange(0.1, 10.0);
    xAxis_->setVisible(false);
    yLog_->setVisible(false);
    yLinear_->setVisible(false);
    note_->setVisible(true);
    placeLegend();
    placeNote();
}

void TrainingLossChart::useLogarithmicAxis(bool logarithmic)
{
    if (logarithmic == logarithmic_)
        return;
    QAbstractAxis *from = lossAxis();
    logarithmic_ = logarithmic;
    QAbstractAxis *to = lossAxis();
    for (QLineSeries *series : lines_) {
        series->detachAxis(from);
        series->attachAxis(to);
    }
    from->setVisible(false);
    to->setVisible(!networks_.isEmpty());
}

void TrainingLossChart::updateRanges()
{
    // x: 0 to the last epoch with a round tick step (1, 2 or 5 x 10^k).
    charts::setRoundTickRange(xAxis_, 0.0, std::max(maxEpoch_, 1.0));

    // Loss: up to three times the median loss, so the spikes of the first epochs
    // (random weights) run off the top while the rest of every curve stays readable.
    std::vector<double> all;
    for (const QLineSeries *series : lines_)
        for (const QPointF &p : series->points())
            all.push_back(p.y());
    if (all.empty())
        return;
    std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(all.size() / 2), all.end());
    const double median = all[all.size() / 2];
    if (lowest_ > 0.0) {
        useLogarithmicAxis(true);
        const double low = lowest_ / 1.05;
        const double high = std::max(std::min(highest_, 3.0 * median) * 1.05, low * 1.2);
        // Ticks sit at powers of the base: choose it for about six labels over the range.
        yLog_->setBase(std::max(1.05, std::pow(high / low, 1.0 / 6.0)));
        yLog_->setRange(low, high);
    } else {
        useLogarithmicAxis(false);
        const double top = median > lowest_ ? std::min(highest_, lowest_ + 3.0 * (median - lowest_)) : highest_;
        const double span = std::max(top - lowest_, 1e-9);
        yLinear_->setRange(lowest_ - 0.05 * span, top + 0.05 * span);
        yLinear_->applyNiceNumbers();
    }
}

void TrainingLossChart::placeNote()
{
    const QRectF area = plotArea().isValid() && plotArea().width() > 0 ? plotArea() : rect();
    const QRectF box = note_->boundingRect();
    note_->setPos(area.center().x() - box.width() / 2.0, area.center().y() - box.height() / 2.0);
}

void TrainingLossChart::themeChanged(charts::VisualTheme theme)
{
    QColor muted = charts::ChartStyle::textColor(theme);
    muted.setAlphaF(0.65);
    note_->setBrush(muted);
}

} // namespace ltv::ui
