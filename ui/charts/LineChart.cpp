#include "charts/LineChart.h"
#include "charts/AxisTicks.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace ltv::ui::charts {

LineChart::LineChart(QGraphicsItem *parent)
    : Chart(parent)
{
    xAxis_ = addValueAxis(Qt::AlignBottom, tr("Epoch"));
    yAxis_ = addValueAxis(Qt::AlignLeft, tr("Loss"));
    xAxis_->setLabelFormat(QStringLiteral("%.0f"));
    yAxis_->setLabelFormat(QStringLiteral("%.4g"));
    xAxis_->setRange(0, 1);
    yAxis_->setRange(0, 1);
    placeLegend();
}

void LineChart::setAxisTitles(const QString &xTitle, const QString &yTitle)
{
    xAxis_->setTitleText(xTitle);
    yAxis_->setTitleText(yTitle);
}

int LineChart::addLine(const QString &name)
{
    QLineSeries *series = addDataLine(name, static_cast<int>(lines_.size()), 2.2);
    series->attachAxis(xAxis_);
    series->attachAxis(yAxis_);
    lines_.push_back(series);
    placeLegend();
    return static_cast<int>(lines_.size()) - 1;
}

QLineSeries *LineChart::lineSeries(int index) const
{
    if (index < 0 || index >= lineCount())
        return nullptr;
    return lines_[static_cast<std::size_t>(index)];
}

void LineChart::appendPoint(int line, double x, double y)
{
    QLineSeries *series = lineSeries(line);
    if (!series || !std::isfinite(x) || !std::isfinite(y))
        return;
    series->append(x, y);
    if (!hasPoints_) {
        minX_ = maxX_ = x;
        minY_ = maxY_ = y;
        hasPoints_ = true;
    } else {
        minX_ = std::min(minX_, x);
        maxX_ = std::max(maxX_, x);
        minY_ = std::min(minY_, y);
        maxY_ = std::max(maxY_, y);
    }
    updateRanges();
}

void LineChart::clearLines()
{
    for (QLineSeries *series : lines_) {
        removeSeries(series);
        delete series;
    }
    lines_.clear();
    hasPoints_ = false;
    xAxis_->setRange(0, 1);
    yAxis_->setRange(0, 1);
}

void LineChart::updateRanges()
{
    // x: from 0 (or the first x) to the last, with a round tick step (1, 2 or 5 x 10^k).
    setRoundTickRange(xAxis_, std::min(0.0, minX_), maxX_);
    // Losses: start the axis at 0 when the values are positive, so progress reads honestly.
    const double bottom = minY_ >= 0 ? 0.0 : minY_;
    const double top = maxY_ > bottom ? maxY_ : bottom + 1.0;
    yAxis_->setRange(bottom, top + 0.05 * (top - bottom));
    yAxis_->applyNiceNumbers();
}

} // namespace ltv::ui::charts
