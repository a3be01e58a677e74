#include "charts/ContributionChart.h"

#include "charts/BarChart.h"
#include "charts/BarValueLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ltv::ui::charts {

namespace {
// Okabe-Ito blue raises the prediction, vermillion lowers it: apart for every
// common colour-vision deficiency and in grey scale.
constexpr int kRaisingColor = 0;
constexpr int kLoweringColor = 3;

QString signedText(double value, int decimals)
{
    const QString text = BarChart::formatValue(std::abs(value), decimals);
    return QString(value < 0 ? QChar(0x2212) : QChar(u'+')) + text;
}
} // namespace

ContributionChart::ContributionChart(QGraphicsItem *parent)
    : Chart(parent)
    , labels_(new BarValueLabels(this))
{
    setData({});
}

QSize ContributionChart::preferredExportSize() const
{
    return {960, std::clamp(200 + 30 * static_cast<int>(data_.features.size()), 420, 1200)};
}

void ContributionChart::themeChanged(VisualTheme theme)
{
    labels_->setTheme(theme);
}

void ContributionChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    Chart::resizeEvent(event);
    fitNameMargin();
}

void ContributionChart::fitNameMargin()
{
    const qreal width = size().width() > 0 ? size().width() : preferredExportSize().width();
    const int left = static_cast<int>(std::min(widestName_, 0.34 * width)) + 16;
    if (margins().left() != left)
        setMargins(QMargins(left, 8, 12, 8));
}

double ContributionChart::barValue(int i) const
{
    if (!raising_ || i < 0 || i >= barCount())
        return std::numeric_limits<double>::quiet_NaN();
    const int drawn = barCount() - 1 - i; // the first bar is drawn at the top
    return raising_->at(drawn) + lowering_->at(drawn);
}

bool ContributionChart::raises(int i) const
{
    return raising_ && i >= 0 && i < barCount() && raising_->at(barCount() - 1 - i) > 0.0;
}

QString ContributionChart::valueLabel(int i) const
{
    if (i < 0 || i >= static_cast<int>(labels_->labels().size()))
        return {};
    return labels_->labels()[static_cast<std::size_t>(i)].text;
}

bool ContributionChart::setData(const ContributionData &data, const QString &title)
{
    const bool valid = data.values.size() == static_cast<std::size_t>(data.features.size());
    data_ = valid ? data : ContributionData{};
    clearAll();
    setTitle(title);
    const qsizetype n = data_.features.size();

    series_ = new QHorizontalStackedBarSeries;
    raising_ = new QBarSet(data_.raisesName);
    lowering_ = new QBarSet(data_.lowersName);
    raising_->setColor(ChartStyle::seriesColor(kRaisingColor));
    lowering_->setColor(ChartStyle::seriesColor(kLoweringColor));
    // Horizontal series draw the first category at the bottom: fill bottom up.
    QStringList categories;
    std::vector<BarValueLabel> names;
    double low = 0.0, high = 0.0;
    std::vector<BarValueLabel> labels;
    for (qsizetype drawn = 0; drawn < n; ++drawn) {
        const qsizetype i = n - 1 - drawn;
        const double v = data_.values[static_cast<std::size_t>(i)];
        const double shown = std::isfinite(v) ? v : 0.0;
        raising_->append(shown > 0 ? shown : 0.0);
        lowering_->append(shown < 0 ? shown : 0.0);
        categories.append(QString::number(drawn)); // unique keys; the names are drawn by labels_
        names.push_back({static_cast<double>(drawn), 0.0, data_.features[i]});
        low = std::min(low, shown);
        high = std::max(high, shown);
    }
    for (qsizetype i = 0; i < n; ++i) {
        const double v = data_.values[static_cast<std::size_t>(i)];
        labels.push_back({static_cast<double>(n - 1 - i), std::isfinite(v) ? v : 0.0, signedText(v, data_.decimals)});
    }
    for (QBarSet *set : {raising_, lowering_}) {
        set->setBorderColor(Qt::transparent);
        series_->append(set);
    }
    series_->setBarWidth(0.7);
    series_->setLabelsVisible(false);
    addSeries(series_);

    auto *categoryAxis = ensureAxis<QBarCategoryAxis>(Qt::AlignLeft);
    categoryAxis->clear();
    categoryAxis->append(categories.isEmpty() ? QStringList{QString()} : categories);
    categoryAxis->setTitleText(QString());
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    // The feature names take the left margin, as wide as the longest one.
    const QFontMetricsF metrics(ChartStyle::labelFont());
    widestName_ = 0.0;
    for (const QString &name : std::as_const(data_.features))
        widestName_ = std::max(widestName_, metrics.horizontalAdvance(name));
    fitNameMargin();
    auto *valueAxis = ensureAxis<QValueAxis>(Qt::AlignBottom);
    valueAxis->setTitleText(data_.valueTitle);
    // Room on both sides for the labels written past the bar ends.
    const double span = std::max(high - low, 1e-9);
    valueAxis->setRange(low < 0 ? low - 0.22 * span : 0.0, high > 0 ? high + 0.22 * span : 1.0);
    valueAxis->applyNiceNumbers();
    setLocale(BarChart::numberLocale());
    setLocalizeNumbers(true);
    const double largest = std::max(std::abs(valueAxis->min()), std::abs(valueAxis->max()));
    valueAxis->setLabelFormat(largest >= 100.0 ? QStringLiteral("%.0f") : QStringLiteral("%.4g"));
    series_->attachAxis(categoryAxis);
    series_->attachAxis(valueAxis);
    labels_->setLabels(series_, true, std::move(labels));
    labels_->setCategoryLabels(std::move(names));
    legend()->setVisible(n > 0);
    legend()->setAlignment(Qt::AlignBottom);
    return valid;
}

} // namespace ltv::ui::charts
