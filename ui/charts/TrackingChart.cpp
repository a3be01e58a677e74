#include "charts/TrackingChart.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

namespace ltv::ui::charts {

TrackingChart::TrackingChart(QGraphicsItem *parent)
    : Chart(parent)
{
    setData({});
}

qreal TrackingChart::msecsOfDay(Day day)
{
    return static_cast<qreal>(day) * 86400000.0;
}

bool TrackingChart::setData(const TrackingData &data, const QString &valueTitle, const QString &title)
{
    const bool valid = data.actual.size() == data.day.size() && data.expected.size() == data.day.size();
    data_ = valid ? data : TrackingData{};
    clearAll();
    setTitle(title.isEmpty() ? tr("Tracking: actual vs expected transactions") : title);

    actual_ = addDataLine(tr("Actual"), 1, 2.4);
    expected_ = addDataLine(tr("Expected by the model"), 0, 2.4);
    QPen pen = expected_->pen();
    pen.setStyle(Qt::DashLine);
    expected_->setPen(pen);
    double highest = 0.0;
    for (std::size_t i = 0; i < data_.day.size(); ++i) {
        const qreal x = msecsOfDay(data_.day[i]);
        if (std::isfinite(data_.actual[i])) {
            actual_->append(x, data_.actual[i]);
            highest = std::max(highest, data_.actual[i]);
        }
        if (std::isfinite(data_.expected[i])) {
            expected_->append(x, data_.expected[i]);
            highest = std::max(highest, data_.expected[i]);
        }
    }

    auto *xAxis = ensureAxis<QDateTimeAxis>(Qt::AlignBottom);
    xAxis->setTitleText(tr("Date"));
    xAxis->setFormat(QStringLiteral("yyyy-MM"));
    // Day numbers are UTC calendar dates: show them in UTC so no date shifts.
    xAxis->setTickCount(8);
    if (!data_.day.empty()) {
        xAxis->setRange(
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecsOfDay(data_.day.front())), QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecsOfDay(data_.day.back())), QTimeZone::utc()));
    }
    QValueAxis *yAxis =
        addValueAxis(Qt::AlignLeft, valueTitle.isEmpty() ? tr("Cumulative repeat transactions") : valueTitle);
    yAxis->setRange(0.0, highest > 0 ? highest * 1.05 : 1.0);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    attachToAxes(actual_);
    attachToAxes(expected_);

    marker_ = addReferenceLine(tr("End of calibration"), Qt::DotLine);
    if (data_.calibrationEnd) {
        const qreal x = msecsOfDay(*data_.calibrationEnd);
        marker_->append(x, 0.0);
        marker_->append(x, yAxis->max());
    }
    attachToAxes(marker_);
    placeLegend();
    return valid;
}

} // namespace ltv::ui::charts
