#include "charts/CalibrationChart.h"

#include <QBarCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace ltv::ui::charts {

CalibrationChart::CalibrationChart(QGraphicsItem *parent)
    : Chart(parent)
{
    setData({});
}

bool CalibrationChart::setData(const CalibrationData &data, const QString &title)
{
    const std::size_t n = data.frequency.size();
    const bool valid = data.actualMean.size() == n && data.predictedMean.size() == n &&
                       (data.labels.isEmpty() || static_cast<std::size_t>(data.labels.size()) == n);
    data_ = valid ? data : CalibrationData{};
    clearAll();
    setTitle(title.isEmpty() ? tr("Holdout purchases by calibration frequency") : title);

    QStringList categories;
    for (const QString &label : std::as_const(data_.labels))
        categories.append(label.toHtmlEscaped()); // axis labels are rich text
    if (categories.isEmpty())
        for (double f : data_.frequency)
            categories.append(QLocale().toString(f, 'g', 6));

    actual_ = addDataLine(tr("Actual"), 1, 2.4);
    predicted_ = addDataLine(tr("Predicted"), 0, 2.4);
    QPen pen = predicted_->pen();
    pen.setStyle(Qt::DashLine);
    predicted_->setPen(pen);
    double highest = 0.0;
    for (std::size_t i = 0; i < data_.frequency.size(); ++i) {
        const double x = static_cast<double>(i);
        if (std::isfinite(data_.actualMean[i])) {
            actual_->append(x, data_.actualMean[i]);
            highest = std::max(highest, data_.actualMean[i]);
        }
        if (std::isfinite(data_.predictedMean[i])) {
            predicted_->append(x, data_.predictedMean[i]);
            highest = std::max(highest, data_.predictedMean[i]);
        }
    }
    for (QLineSeries *series : {actual_, predicted_}) {
        series->setPointsVisible(true);
        series->setMarkerSize(7);
    }

    auto *xAxis = ensureAxis<QBarCategoryAxis>(Qt::AlignBottom);
    xAxis->clear();
    xAxis->append(categories.isEmpty() ? QStringList{QStringLiteral("0")} : categories);
    xAxis->setTitleText(tr("Repeat purchases in the calibration period"));
    xAxis->setGridLineVisible(false);
    QValueAxis *yAxis = addValueAxis(Qt::AlignLeft, tr("Mean purchases in the holdout period"));
    yAxis->setRange(0.0, highest > 0 ? highest * 1.08 : 1.0);
    yAxis->applyNiceNumbers();
    // One decimal: means are fractional, and labels narrower than "..." make
    // Qt Charts elide a CJK axis title to nothing.
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    attachToAxes(actual_);
    attachToAxes(predicted_);
    placeLegend();
    return valid;
}

} // namespace ltv::ui::charts
