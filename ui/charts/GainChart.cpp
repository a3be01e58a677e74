#include "charts/GainChart.h"

#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace ltv::ui::charts {

namespace {

QString giniText(double gini)
{
    return std::isfinite(gini) ? QLocale().toString(gini, 'f', 3) : QStringLiteral("n/a");
}

// Gain as given; lift skips population 0, where it is undefined.
QList<QPointF> toPoints(const std::vector<eval::GainPoint> &curve, GainChart::Mode mode)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(curve.size()));
    for (const eval::GainPoint &p : curve) {
        if (mode == GainChart::Mode::Gain)
            points.append(QPointF(p.population, p.gain));
        else if (p.population > 0.0)
            points.append(QPointF(p.population, p.lift()));
    }
    return points;
}

} // namespace

GainChart::GainChart(QGraphicsItem *parent)
    : Chart(parent)
{
    rebuild();
}

void GainChart::setCurves(const std::vector<GainCurveSeries> &curves, const QString &title)
{
    curves_ = curves;
    title_ = title;
    rebuild();
}

void GainChart::setMode(Mode mode)
{
    mode_ = mode;
    rebuild();
}

QLineSeries *GainChart::curveSeries(int index) const
{
    if (index < 0 || index >= static_cast<int>(series_.size()))
        return nullptr;
    return series_[static_cast<std::size_t>(index)];
}

void GainChart::rebuild()
{
    clearAll();
    series_.clear();
    const bool gain = mode_ == Mode::Gain;
    QString title = title_;
    if (title.isEmpty())
        title = gain ? tr("Cumulative gain") : tr("Cumulative lift");
    if (curves_.size() == 1)
        title = tr("%1 — Gini %2").arg(title, giniText(curves_.front().curve.gini));
    setTitle(title);

    QValueAxis *xAxis = addValueAxis(Qt::AlignBottom, tr("Customers targeted, ranked by prediction (share)"));
    QValueAxis *yAxis = addValueAxis(Qt::AlignLeft, gain ? tr("Share of actual value captured")
                                                         : tr("Cumulative lift (× random targeting)"));
    xAxis->setRange(0.0, 1.0);
    xAxis->setTickCount(6);
    xAxis->setLabelFormat(QStringLiteral("%.1f"));

    double highest = 1.0;
    for (std::size_t i = 0; i < curves_.size(); ++i) {
        const GainCurveSeries &c = curves_[i];
        QLineSeries *series =
            addDataLine(tr("%1 (Gini %2)").arg(c.name, giniText(c.curve.gini)), static_cast<int>(i), 2.2);
        const QList<QPointF> points = toPoints(c.curve.model, mode_);
        for (const QPointF &p : points)
            highest = std::max(highest, p.y());
        series->replace(points);
        attachToAxes(series);
        series_.push_back(series);
    }

    perfect_ = addReferenceLine(tr("Perfect ranking"), Qt::DotLine);
    if (!curves_.empty()) {
        const QList<QPointF> points = toPoints(curves_.front().curve.perfect, mode_);
        for (const QPointF &p : points)
            highest = std::max(highest, p.y());
        perfect_->replace(points);
    }
    attachToAxes(perfect_);

    random_ = addReferenceLine(gain ? tr("Random targeting") : tr("Random targeting (lift 1)"));
    random_->append(0.0, gain ? 0.0 : 1.0);
    random_->append(1.0, 1.0);
    attachToAxes(random_);

    if (gain) {
        yAxis->setRange(0.0, 1.0);
        yAxis->setTickCount(6);
        yAxis->setLabelFormat(QStringLiteral("%.1f"));
    } else {
        // The first percent's lift can be huge; cap the axis where the curve is readable.
        yAxis->setRange(0.0, std::min(highest, 12.0) * 1.05);
        yAxis->applyNiceNumbers();
        yAxis->setLabelFormat(QStringLiteral("%.1f"));
    }
    placeLegend();
}

} // namespace ltv::ui::charts
