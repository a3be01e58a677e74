#include "charts/BarValueLabels.h"

#include "charts/CategoryNames.h"
#include "charts/Chart.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ltv::ui::charts {

namespace {
constexpr qreal kGap = 4.0;  // pixels between the bar end and its text
constexpr qreal kEdge = 8.0; // the chart's own margins (see Chart)
constexpr int kTop = 8;
constexpr int kRight = 12;
constexpr int kBottom = 8;
constexpr qreal kTitlePadding = 4.0; // the document margin of Qt's title text
constexpr qreal kNameShare = 0.45;   // of the chart's width, before a name wraps

qreal titleSpace(const QString &title)
{
    return title.isEmpty() ? 0.0 : QFontMetricsF(ChartStyle::axisTitleFont()).height() + 2 * kGap;
}
} // namespace

BarValueLabels::BarValueLabels(Chart *chart)
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

void BarValueLabels::setCategoryLabels(std::vector<BarValueLabel> labels, const QString &title)
{
    categories_ = std::move(labels);
    categoryTitle_ = title;
    fitMargin();
    plotAreaChanged();
}

QStringList BarValueLabels::drawnCategoryLines(int i) const
{
    if (i < 0 || static_cast<std::size_t>(i) >= categoryLines_.size())
        return {};
    return categoryLines_[static_cast<std::size_t>(i)];
}

qreal BarValueLabels::categoryTextLeft() const
{
    return chart_->plotArea().left() - kGap - categoryWidth_;
}

void BarValueLabels::fitMargin()
{
    const QSizeF size = chart_->size().width() > 0 ? chart_->size() : QSizeF(chart_->preferredExportSize());
    const qreal title = titleSpace(categoryTitle_);
    QStringList names;
    for (const BarValueLabel &label : categories_)
        names.append(label.text);
    const QFontMetricsF metrics(ChartStyle::labelFont());
    const qreal plotHeight = chart_->plotArea().height() > 0 ? chart_->plotArea().height() : 0.6 * size.height();
    const qreal rowPitch = names.isEmpty() ? 0.0 : plotHeight / static_cast<qreal>(names.size());
    CategoryNames::Layout layout = CategoryNames::layout(names, metrics, kNameShare * size.width() - title, rowPitch);
    categoryLines_ = std::move(layout.lines);
    categoryWidth_ = layout.width;
    QMargins margins(static_cast<int>(kEdge), kTop, kRight, kBottom);
    if (!names.isEmpty())
        margins.setLeft(static_cast<int>(std::ceil(kEdge + title + categoryWidth_ + 2 * kGap)));
    // The wide left margin narrows Qt's title and legend, which elide and sit
    // off centre: both are laid across the whole chart instead, the title
    // drawn here, the legend detached.
    const QRectF r = chart_->rect().isEmpty() ? QRectF(QPointF(), size) : chart_->rect();
    const qreal fullWidth = r.width() - kEdge - kRight;
    QLegend *legend = chart_->legend();
    const QFontMetricsF legendMetrics(ChartStyle::legendFont());
    // Each entry: marker, spacing and margins around its label; the legend is
    // centred on this width.
    qreal legendWidth = 4 * kGap;
    const auto markers = legend->markers();
    for (const QLegendMarker *marker : markers)
        legendWidth += legendMetrics.horizontalAdvance(marker->label()) + legendMetrics.height() + 12 * kGap;
    const bool ownLegend =
        !names.isEmpty() && legend->isVisibleTo(chart_) && (legend->alignment() & (Qt::AlignTop | Qt::AlignBottom));
    const bool top = ownLegend && (legend->alignment() & Qt::AlignTop);
    const QFontMetricsF titleMetrics(ChartStyle::titleFont());
    ownsTitle_ = !names.isEmpty() && !chart_->title().isEmpty();
    chart_->setTitleBrush(ownsTitle_ ? QBrush(Qt::transparent) : QBrush(ChartStyle::textColor(theme_)));
    if (ownLegend) {
        if (legend->isAttachedToChart())
            legend->detachFromChart();
        const qreal height = legend->effectiveSizeHint(Qt::PreferredSize, QSizeF(fullWidth, -1)).height();
        const qreal width = std::min(fullWidth, legendWidth); // centred, as Qt centres an attached one
        // A top legend goes under the title, which is drawn here above it.
        const qreal titleBlock = ownsTitle_ ? titleMetrics.height() + 2 * kTitlePadding + 1 : 0.0;
        const qreal y = top ? r.top() + kTop + titleBlock : r.bottom() - kBottom - height;
        legend->setGeometry(QRectF(r.left() + kEdge + (fullWidth - width) / 2, y, width, height));
        if (top)
            margins.setTop(kTop + static_cast<int>(std::ceil(height)));
        else
            margins.setBottom(kBottom + static_cast<int>(std::ceil(height)));
    } else if (!legend->isAttachedToChart()) {
        legend->attachToChart();
    }
    if (chart_->margins() != margins)
        chart_->setMargins(margins);
    update();
}

void BarValueLabels::setTheme(VisualTheme theme)
{
    theme_ = theme;
    fitMargin(); // the theme recoloured Qt's title
}

QRectF BarValueLabels::boundingRect() const
{
    return bounds_;
}

void BarValueLabels::plotAreaChanged()
{
    // Whether names wrap depends on the height of a bar row.
    if (!categories_.empty())
        fitMargin();
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
    if (ownsTitle_ && !chart_->title().isEmpty()) {
        // Where Qt lays out its (transparent) title, centred on the whole chart.
        painter->setFont(ChartStyle::titleFont());
        painter->setPen(ChartStyle::textColor(theme_));
        const QRectF r = chart_->rect();
        const qreal height = QFontMetricsF(painter->font()).height();
        painter->drawText(QRectF(r.left() + kEdge, r.top() + kTop + kTitlePadding, r.width() - kEdge - kRight, height),
                          Qt::AlignCenter, chart_->title());
    }
    if (!categories_.empty() && horizontal_) {
        const QRectF plot = chart_->plotArea();
        if (!categoryTitle_.isEmpty()) {
            painter->save();
            painter->setFont(ChartStyle::axisTitleFont());
            painter->setPen(ChartStyle::textColor(theme_));
            const qreal height = QFontMetricsF(painter->font()).height();
            painter->translate(chart_->rect().left() + kEdge, plot.center().y());
            painter->rotate(-90);
            painter->drawText(QRectF(-plot.height() / 2, 0, plot.height(), height), Qt::AlignCenter, categoryTitle_);
            painter->restore();
        }
        painter->setFont(ChartStyle::labelFont());
        painter->setPen(ChartStyle::textColor(theme_));
        const QFontMetricsF metrics(painter->font());
        // Every name whole, its one or two lines centred on the bar.
        for (std::size_t i = 0; i < categories_.size() && i < categoryLines_.size(); ++i) {
            const QStringList &lines = categoryLines_[i];
            const QPointF at = chart_->mapToPosition(QPointF(0.0, categories_[i].position), series_);
            const qreal height = metrics.height() * static_cast<qreal>(lines.size());
            const QRectF box(plot.left() - kGap - categoryWidth_, at.y() - height / 2, categoryWidth_, height);
            painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, lines.join(QLatin1Char('\n')));
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
