#include "charts/BarValueLabels.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

namespace ltv::ui::charts {

namespace {
constexpr qreal kGap = 4.0; // pixels between the bar end and its text
}

BarValueLabels::BarValueLabels(QChart *chart)
    : QGraphicsObject(chart)
    , chart_(chart)
{
    setZValue(20); // over the bars
    connect(chart, &QChart::plotAreaChanged, this, &BarValueLabels::plotAreaChanged);
}

void BarValueLabels::setLabels(QAbstractBarSeries *series, bool horizontal, std::vector<BarValueLabel> labels)
{
    series_ = series;
    horizontal_ = horizontal;
    labels_ = std::move(labels);
    plotAreaChanged();
}

void BarValueLabels::setCategoryLabels(std::vector<BarValueLabel> labels)
{
    categories_ = std::move(labels);
    plotAreaChanged();
}

void BarValueLabels::setTheme(VisualTheme theme)
{
    theme_ = theme;
    update();
}

QRectF BarValueLabels::boundingRect() const
{
    return bounds_;
}

void BarValueLabels::plotAreaChanged()
{
    prepareGeometryChange();
    // Labels reach past the plot into the margins.
    bounds_ = chart_->rect();
    update();
}

void BarValueLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!series_ || !series_->chart())
        return;
    painter->save();
    if (!categories_.empty() && horizontal_) {
        painter->setFont(ChartStyle::labelFont());
        painter->setPen(ChartStyle::textColor(theme_));
        const QFontMetricsF metrics(painter->font());
        const QRectF plot = chart_->plotArea();
        const qreal width = plot.left() - chart_->rect().left() - 2 * kGap;
        // Elided in the middle: a name's end holds the customer's value.
        for (const BarValueLabel &label : categories_) {
            const QPointF at = chart_->mapToPosition(QPointF(0.0, label.position), series_);
            const QRectF box(plot.left() - kGap - width, at.y() - metrics.height() / 2, width, metrics.height());
            painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                              metrics.elidedText(label.text, Qt::ElideMiddle, width));
        }
    }
    painter->setFont(ChartStyle::annotationFont());
    painter->setPen(ChartStyle::textColor(theme_));
    const QFontMetricsF metrics(painter->font());
    for (const BarValueLabel &label : labels_) {
        if (label.text.isEmpty())
            continue;
        const qreal width = metrics.horizontalAdvance(label.text);
        const qreal height = metrics.height();
        QRectF box;
        if (horizontal_) {
            const QPointF end = chart_->mapToPosition(QPointF(label.value, label.position), series_);
            box = label.value >= 0 ? QRectF(end.x() + kGap, end.y() - height / 2, width, height)
                                   : QRectF(end.x() - kGap - width, end.y() - height / 2, width, height);
        } else {
            const QPointF end = chart_->mapToPosition(QPointF(label.position, label.value), series_);
            box = label.value >= 0 ? QRectF(end.x() - width / 2, end.y() - kGap - height, width, height)
                                   : QRectF(end.x() - width / 2, end.y() + kGap, width, height);
        }
        painter->drawText(box, Qt::AlignCenter, label.text);
    }
    painter->restore();
}

} // namespace ltv::ui::charts
