#include "charts/HeatmapCells.h"

#include "charts/HeatmapChart.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>

namespace ltv::ui::charts {

HeatmapCells::HeatmapCells(HeatmapChart *chart)
    : QGraphicsObject(chart)
    , chart_(chart)
{
    // Above the plot background, below nothing else that matters (no grid).
    setZValue(10);
}

void HeatmapCells::setTheme(VisualTheme theme)
{
    theme_ = theme;
    update();
}

QRectF HeatmapCells::boundingRect() const
{
    return bounds_;
}

void HeatmapCells::plotAreaChanged()
{
    prepareGeometryChange();
    const QRectF plot = chart_->plotArea();
    bounds_ = plot.adjusted(0, -2, colorBarMargin, 2);
    update();
}

void HeatmapCells::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = chart_->plotArea();
    if (plot.isEmpty() || chart_->data().rows() == 0 || chart_->data().columns() == 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    paintCells(painter, plot);
    painter->setRenderHint(QPainter::Antialiasing, true);
    paintColorBar(painter, plot);
    painter->restore();
}

void HeatmapCells::paintCells(QPainter *painter, const QRectF &plot) const
{
    const HeatmapData &data = chart_->data();
    const double cellWidth = plot.width() / data.columns();
    const double cellHeight = plot.height() / data.rows();
    const QColor separator = ChartStyle::backgroundColor(theme_);
    const bool drawSeparators = cellWidth >= 6 && cellHeight >= 6;

    QFont font = ChartStyle::annotationFont();
    QFont smallFont = font;
    smallFont.setPointSizeF(font.pointSizeF() - 1.5);
    const QFontMetricsF metrics(font, painter->device());
    const QFontMetricsF smallMetrics(smallFont, painter->device());

    for (int r = 0; r < data.rows(); ++r) {
        for (int c = 0; c < data.columns(); ++c) {
            const QRectF cell(plot.left() + c * cellWidth, plot.top() + r * cellHeight, cellWidth, cellHeight);
            const QColor fill = chart_->cellColor(r, c);
            painter->fillRect(cell, fill);
            if (drawSeparators) {
                painter->setPen(QPen(separator, 1.0));
                painter->drawRect(cell);
            }
            const QString text = chart_->cellText(r, c);
            if (text.isEmpty())
                continue;
            const QRectF room = cell.adjusted(2, 1, -2, -1);
            const QRectF needed = metrics.boundingRect(room, Qt::AlignCenter, text);
            const QFont *useFont = &font;
            if (needed.width() > room.width() || needed.height() > room.height()) {
                const QRectF neededSmall = smallMetrics.boundingRect(room, Qt::AlignCenter, text);
                if (neededSmall.width() > room.width() || neededSmall.height() > room.height())
                    continue; // too small to write in: the colour and the tooltip still tell
                useFont = &smallFont;
            }
            painter->setFont(*useFont);
            painter->setPen(ChartStyle::contrastingText(fill));
            painter->drawText(room, Qt::AlignCenter, text);
        }
    }
}

void HeatmapCells::paintColorBar(QPainter *painter, const QRectF &plot) const
{
    const HeatmapData &data = chart_->data();
    const double low = chart_->scaleMinimum();
    const double high = chart_->scaleMaximum();
    const QRectF bar(plot.right() + 16, plot.top(), 12, plot.height());

    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, ChartStyle::heatColor(i / 10.0));
    painter->fillRect(bar, gradient);
    painter->setPen(QPen(ChartStyle::axisLineColor(theme_), 1.0));
    painter->drawRect(bar);

    const QFont font = ChartStyle::labelFont();
    painter->setFont(font);
    painter->setPen(ChartStyle::textColor(theme_));
    const QFontMetricsF metrics(font, painter->device());
    const double labelLeft = bar.right() + 5;
    for (int i = 0; i <= 2; ++i) {
        const double t = i / 2.0;
        const double y = bar.bottom() - t * bar.height();
        const QString label = chart_->formatValue(low + t * (high - low));
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 3, y));
        painter->drawText(QPointF(labelLeft, y + metrics.ascent() / 2 - 1), label);
    }

    if (!data.valueTitle.isEmpty()) {
        painter->save();
        painter->setFont(ChartStyle::axisTitleFont());
        const QFontMetricsF titleMetrics(ChartStyle::axisTitleFont(), painter->device());
        const double x = bar.left() + colorBarMargin - 34; // glyphs extend rightwards from here
        painter->translate(x, bar.center().y());
        painter->rotate(90);
        const QString title = titleMetrics.elidedText(data.valueTitle, Qt::ElideRight, bar.height());
        const double width = titleMetrics.horizontalAdvance(title);
        painter->drawText(QPointF(-width / 2, 0), title);
        painter->restore();
    }
}

} // namespace ltv::ui::charts
