#include "charts/HistogramChart.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QValueAxis>

#include <cmath>

namespace ltv::ui::charts {

namespace {

QString formatAmount(double value)
{
    const int decimals = std::abs(value) >= 100 ? 0 : 2;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

HistogramChart::HistogramChart(QGraphicsItem *parent)
    : Chart(parent)
{
    rebuild();
}

void HistogramChart::setValues(std::vector<double> values, const QString &valueTitle, const QString &title)
{
    values_ = std::move(values);
    valueTitle_ = valueTitle;
    title_ = title;
    rebuild();
}

void HistogramChart::setLogScale(bool logScale)
{
    logScale_ = logScale;
    rebuild();
}

void HistogramChart::setBinCount(int bins)
{
    binCount_ = std::max(1, bins);
    rebuild();
}

void HistogramChart::rebuild()
{
    clearAll();
    bins_ = makeHistogramBins(values_, binCount_, logScale_);
    QString title = title_.isEmpty() ? tr("Distribution of predicted value") : title_;
    if (logScale_ && bins_.excluded > 0)
        title = tr("%1 (%Ln customer(s) at 0 or below not shown on the log scale)", nullptr,
                   static_cast<int>(bins_.excluded))
                    .arg(title);
    setTitle(title);

    outline_ = new QLineSeries;
    long long highest = 0;
    if (!bins_.edges.empty())
        outline_->append(bins_.edges.front(), 0.0);
    for (std::size_t i = 0; i < bins_.counts.size(); ++i) {
        const auto count = static_cast<double>(bins_.counts[i]);
        outline_->append(bins_.edges[i], count);
        outline_->append(bins_.edges[i + 1], count);
        highest = std::max(highest, bins_.counts[i]);
    }
    if (!bins_.edges.empty())
        outline_->append(bins_.edges.back(), 0.0);
    auto *area = new QAreaSeries(outline_);
    area->setName(tr("Customers"));
    QColor fill = ChartStyle::seriesColor(0);
    fill.setAlpha(190);
    area->setBrush(fill);
    area->setPen(QPen(ChartStyle::seriesColor(0).darker(130), 1.0));
    addSeries(area);

    QAbstractAxis *xAxis = nullptr;
    const QString xTitle = valueTitle_.isEmpty() ? tr("Value per customer") : valueTitle_;
    if (logScale_) {
        auto *logAxis = ensureAxis<QLogValueAxis>(Qt::AlignBottom);
        logAxis->setBase(10.0);
        logAxis->setLabelFormat(QStringLiteral("%g"));
        logAxis->setMinorTickCount(8);
        logAxis->setTitleText(tr("%1, log scale").arg(xTitle));
        if (!bins_.edges.empty())
            logAxis->setRange(bins_.edges.front(), bins_.edges.back());
        xAxis = logAxis;
    } else {
        auto *valueAxis = ensureAxis<QValueAxis>(Qt::AlignBottom);
        valueAxis->setTitleText(xTitle);
        // A new axis spans [0, 0], which nice numbers turn into NaN: empty charts get [0, 1].
        if (!bins_.edges.empty())
            valueAxis->setRange(bins_.edges.front(), bins_.edges.back());
        else
            valueAxis->setRange(0.0, 1.0);
        valueAxis->setTickCount(9);
        valueAxis->applyNiceNumbers();
        valueAxis->setLabelFormat(QStringLiteral("%.4g"));
        xAxis = valueAxis;
    }
    QValueAxis *yAxis = addValueAxis(Qt::AlignLeft, tr("Customers"));
    yAxis->setRange(0.0, highest > 0 ? static_cast<double>(highest) * 1.08 : 1.0);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);

    const auto addMarker = [&](double at, const QString &name, int colorIndex, Qt::PenStyle style) {
        QLineSeries *marker = addDataLine(name, colorIndex, 2.2);
        QPen pen = marker->pen();
        pen.setStyle(style);
        marker->setPen(pen);
        const bool placeable = std::isfinite(at) && !bins_.edges.empty() && (!logScale_ || at > 0.0);
        if (placeable) {
            marker->append(at, 0.0);
            marker->append(at, yAxis->max());
        }
        attachToAxes(marker);
        return marker;
    };
    mean_ = addMarker(bins_.mean, tr("Mean %1").arg(formatAmount(bins_.mean)), 3, Qt::SolidLine);
    median_ = addMarker(bins_.median, tr("Median %1").arg(formatAmount(bins_.median)), 1, Qt::DashLine);
    placeLegend();
}

} // namespace ltv::ui::charts
