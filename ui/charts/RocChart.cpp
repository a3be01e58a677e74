#include "charts/RocChart.h"

#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace ltv::ui::charts {

RocChart::RocChart(QGraphicsItem *parent)
    : Chart(parent)
{
    setCurves({});
}

QString RocChart::legendText(const RocCurveSeries &curve)
{
    if (!std::isfinite(curve.auc))
        return tr("%1 (AUC n/a)").arg(curve.name);
    return tr("%1 (AUC %2)").arg(curve.name, QLocale().toString(curve.auc, 'f', 3));
}

void RocChart::setCurves(const std::vector<RocCurveSeries> &curves, const QString &title)
{
    clearAll();
    curves_.clear();
    setTitle(title.isEmpty() ? tr("ROC curves") : title);

    QValueAxis *xAxis = addValueAxis(Qt::AlignBottom, tr("False positive rate (1 − specificity)"));
    QValueAxis *yAxis = addValueAxis(Qt::AlignLeft, tr("True positive rate (recall)"));
    for (QValueAxis *axis : {xAxis, yAxis}) {
        axis->setRange(0.0, 1.0);
        axis->setTickCount(6);
        axis->setMinorTickCount(1);
        axis->setLabelFormat(QStringLiteral("%.1f"));
    }

    for (std::size_t i = 0; i < curves.size(); ++i) {
        QLineSeries *series = addDataLine(legendText(curves[i]), static_cast<int>(i), 2.2);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(curves[i].points.size()));
        for (const eval::RocPoint &p : curves[i].points)
            points.append(QPointF(p.fpr, p.tpr));
        series->replace(points);
        attachToAxes(series);
        curves_.push_back(series);
    }

    chance_ = addReferenceLine(tr("Chance (AUC 0.500)"));
    chance_->append(0.0, 0.0);
    chance_->append(1.0, 1.0);
    attachToAxes(chance_);
    placeLegend();
}

QLineSeries *RocChart::curveSeries(int index) const
{
    if (index < 0 || index >= static_cast<int>(curves_.size()))
        return nullptr;
    return curves_[static_cast<std::size_t>(index)];
}

} // namespace ltv::ui::charts
