#include "charts/Chart.h"

#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace ltv::ui::charts {

Chart::Chart(QGraphicsItem *parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(8, 8, 12, 8));
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    ChartStyle::applyTheme(this, theme_);
}

void Chart::setVisualTheme(VisualTheme theme)
{
    theme_ = theme;
    ChartStyle::applyTheme(this, theme);
    for (QLineSeries *series : std::as_const(referenceLines_)) {
        if (!series)
            continue;
        QPen pen = series->pen();
        pen.setColor(ChartStyle::referenceColor(theme));
        series->setPen(pen);
    }
    themeChanged(theme);
}

void Chart::themeChanged(VisualTheme)
{}

void Chart::placeLegend()
{
    const QFontMetricsF metrics(legend()->font());
    qreal total = 0.0;
    int entries = 0;
    const auto markers = legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (!marker->series() || !marker->series()->isVisible())
            continue;
        total += metrics.horizontalAdvance(marker->label()) + metrics.height() + 24.0;
        ++entries;
    }
    // One line below the plot while it fits a typical export width.
    legend()->setAlignment(entries <= 4 && total < 680.0 ? Qt::AlignBottom : Qt::AlignRight);
    legend()->setVisible(entries > 0);
}

QLineSeries *Chart::addDataLine(const QString &name, int colorIndex, qreal width)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(ChartStyle::seriesColor(colorIndex));
    pen.setWidthF(width);
    series->setPen(pen);
    addSeries(series);
    return series;
}

QLineSeries *Chart::addReferenceLine(const QString &name, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(ChartStyle::referenceColor(theme_));
    pen.setWidthF(1.5);
    pen.setStyle(style);
    series->setPen(pen);
    addSeries(series);
    referenceLines_.removeAll(nullptr);
    referenceLines_.append(series);
    return series;
}

void Chart::attachToAxes(QAbstractSeries *series)
{
    const auto all = axes();
    for (QAbstractAxis *axis : all)
        if (axis->isVisible())
            series->attachAxis(axis);
}

void Chart::clearAll()
{
    referenceLines_.clear();
    removeAllSeries();
    const auto existing = axes();
    for (QAbstractAxis *axis : existing)
        axis->setVisible(false);
}

QValueAxis *Chart::addValueAxis(Qt::Alignment alignment, const QString &title)
{
    auto *axis = ensureAxis<QValueAxis>(alignment);
    axis->setTitleText(title);
    return axis;
}

} // namespace ltv::ui::charts
