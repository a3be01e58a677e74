#include "charts/HeatmapChart.h"

#include "charts/HeatmapCells.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ltv::ui::charts {

namespace {

// QCategoryAxis ignores a repeated label: make repeats distinct with
// zero-width spaces so every row and column keeps its tick.
QString uniqueLabel(const QString &label, QStringList *seen)
{
    // Axis labels are rich text: "<" and "&" must be escaped to show as typed.
    QString candidate = label.toHtmlEscaped();
    while (seen->contains(candidate))
        candidate.append(QChar(0x200B));
    seen->append(candidate);
    return candidate;
}

void removeCategories(QCategoryAxis *axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString &label : labels)
        axis->remove(label);
}

} // namespace

HeatmapChart::HeatmapChart(QGraphicsItem *parent)
    : Chart(parent)
{
    legend()->setVisible(false);
    setMargins(QMargins(8, 8, HeatmapCells::colorBarMargin, 8));
    cells_ = new HeatmapCells(this);
    connect(this, &QChart::plotAreaChanged, cells_, &HeatmapCells::plotAreaChanged);
}

bool HeatmapChart::setData(const HeatmapData &data)
{
    const std::size_t expected = static_cast<std::size_t>(data.rows()) * static_cast<std::size_t>(data.columns());
    const bool valid = data.values.size() == expected && (data.cellTexts.empty() || data.cellTexts.size() == expected);
    data_ = valid ? data : HeatmapData{};

    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (double v : data_.values) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    scaleMin_ = std::isfinite(data_.minimum) ? data_.minimum : (std::isfinite(low) ? low : 0.0);
    scaleMax_ = std::isfinite(data_.maximum) ? data_.maximum : (std::isfinite(high) ? high : 1.0);
    rebuildAxes();
    cells_->plotAreaChanged();
    return valid;
}

double HeatmapChart::value(int row, int column) const
{
    if (row < 0 || column < 0 || row >= data_.rows() || column >= data_.columns())
        return std::numeric_limits<double>::quiet_NaN();
    return data_.values[static_cast<std::size_t>(row) * static_cast<std::size_t>(data_.columns()) +
                        static_cast<std::size_t>(column)];
}

QString HeatmapChart::formatValue(double v) const
{
    return QLocale().toString(v, 'f', data_.decimals);
}

QString HeatmapChart::cellText(int row, int column) const
{
    const double v = value(row, column);
    if (!data_.cellTexts.empty() && row >= 0 && column >= 0 && row < data_.rows() && column < data_.columns())
        return data_.cellTexts[static_cast<std::size_t>(row) * static_cast<std::size_t>(data_.columns()) +
                               static_cast<std::size_t>(column)];
    return std::isfinite(v) ? formatValue(v) : QString();
}

QColor HeatmapChart::cellColor(int row, int column) const
{
    const double v = value(row, column);
    if (!std::isfinite(v))
        return ChartStyle::heatColor(std::numeric_limits<double>::quiet_NaN());
    const double span = scaleMax_ - scaleMin_;
    return ChartStyle::heatColor(span > 0 ? (v - scaleMin_) / span : 0.5);
}

void HeatmapChart::rebuildAxes()
{
    clearAll();
    const int rows = std::max(1, data_.rows());
    const int columns = std::max(1, data_.columns());

    auto *xAxis = ensureAxis<QCategoryAxis>(Qt::AlignBottom);
    removeCategories(xAxis);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(0, columns);
    xAxis->setTitleText(data_.columnTitle);
    xAxis->setGridLineVisible(false);
    QStringList seen;
    for (int c = 0; c < data_.columns(); ++c)
        xAxis->append(uniqueLabel(data_.columnLabels.at(c), &seen), c + 0.5);
    // Many columns only crowd when their labels are long (dates, names), not short numbers.
    qsizetype longest = 0;
    for (const QString &label : std::as_const(data_.columnLabels))
        longest = std::max(longest, label.size());
    xAxis->setLabelsAngle(data_.columns() > 12 && longest > 3 ? -60 : 0);

    auto *yAxis = ensureAxis<QCategoryAxis>(Qt::AlignLeft);
    removeCategories(yAxis);
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis->setRange(0, rows);
    yAxis->setTitleText(data_.rowTitle);
    yAxis->setGridLineVisible(false);
    seen.clear();
    // The first row is drawn at the top, the axis grows upwards.
    for (int r = data_.rows() - 1; r >= 0; --r)
        yAxis->append(uniqueLabel(data_.rowLabels.at(r), &seen), data_.rows() - r - 0.5);

    xAxis->setLineVisible(false);
    yAxis->setLineVisible(false);

    // An invisible series spanning the matrix keeps both axes laid out.
    auto *anchor = new QLineSeries;
    anchor->append(0, 0);
    anchor->append(columns, rows);
    anchor->setPen(QPen(Qt::transparent));
    addSeries(anchor);
    anchor->attachAxis(xAxis);
    anchor->attachAxis(yAxis);
    legend()->setVisible(false);
}

void HeatmapChart::themeChanged(VisualTheme theme)
{
    cells_->setTheme(theme);
}

} // namespace ltv::ui::charts
