#include "charts/DecileChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace ltv::ui::charts {

DecileChart::DecileChart(QGraphicsItem *parent)
    : Chart(parent)
{
    setTable({});
}

void DecileChart::setTable(const eval::DecileTable &table, const QString &valueTitle, const QString &title)
{
    table_ = table;
    clearAll();
    QString chartTitle = title.isEmpty() ? tr("Predicted vs actual mean by decile") : title;
    if (std::isfinite(table.mape))
        chartTitle = tr("%1 (decile MAPE %2%)").arg(chartTitle, QLocale().toString(100.0 * table.mape, 'f', 1));
    setTitle(chartTitle);

    predicted_ = new QBarSet(tr("Predicted mean"));
    actual_ = new QBarSet(tr("Actual mean"));
    predicted_->setColor(ChartStyle::seriesColor(0));
    actual_->setColor(ChartStyle::seriesColor(1));
    predicted_->setBorderColor(Qt::transparent);
    actual_->setBorderColor(Qt::transparent);
    QStringList categories;
    double highest = 0.0;
    for (const eval::DecileRow &row : table.rows) {
        const double p = std::isfinite(row.meanPredicted) ? row.meanPredicted : 0.0;
        const double a = std::isfinite(row.meanActual) ? row.meanActual : 0.0;
        predicted_->append(p);
        actual_->append(a);
        highest = std::max({highest, p, a});
        categories.append(QLocale().toString(row.decile));
    }
    auto *series = new QBarSeries;
    series->append(predicted_);
    series->append(actual_);
    series->setBarWidth(0.8);
    addSeries(series);

    auto *xAxis = ensureAxis<QBarCategoryAxis>(Qt::AlignBottom);
    xAxis->clear();
    xAxis->append(categories);
    xAxis->setTitleText(tr("Decile of the prediction (1 = highest)"));
    xAxis->setGridLineVisible(false);
    QValueAxis *yAxis = addValueAxis(Qt::AlignLeft, valueTitle.isEmpty() ? tr("Mean value per customer") : valueTitle);
    yAxis->setRange(0.0, highest > 0 ? highest * 1.05 : 1.0);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.4g"));
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    legend()->setAlignment(Qt::AlignTop);
    legend()->setVisible(true);
}

} // namespace ltv::ui::charts
