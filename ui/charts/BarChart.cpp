#include "charts/BarChart.h"

#include "charts/BarValueLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ltv::ui::charts {

BarChart::BarChart(QGraphicsItem *parent)
    : Chart(parent)
    , labels_(new BarValueLabels(this))
{
    setData({});
}

QSize BarChart::preferredExportSize() const
{
    if (!data_.horizontal)
        return {960, 600};
    // Room for every category label on horizontal charts.
    const int rows = static_cast<int>(data_.categories.size() * std::max<std::size_t>(1, data_.sets.size()));
    return {960, std::clamp(160 + 26 * rows, 420, 1400)};
}

void BarChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    Chart::resizeEvent(event);
    labels_->fitMargin();
}

QStringList BarChart::drawnCategory(int category) const
{
    if (!data_.horizontal)
        return {};
    // Laid out bottom up, as drawn.
    return labels_->drawnCategoryLines(static_cast<int>(data_.categories.size()) - 1 - category);
}

qreal BarChart::categoriesLeft() const
{
    return labels_->categoryTextLeft();
}

void BarChart::themeChanged(VisualTheme theme)
{
    for (QBarSet *set : sets_)
        set->setLabelColor(ChartStyle::textColor(theme));
    labels_->setTheme(theme);
}

QLocale BarChart::numberLocale()
{
    // The interface language's; the C locale of the command line groups nothing, so it gets US English.
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString BarChart::formatValue(double value, int decimals)
{
    return std::isfinite(value) ? numberLocale().toString(value, 'f', std::max(0, decimals)) : QString();
}

QString BarChart::valueLabel(int set, int category) const
{
    if (set < 0 || category < 0 || set >= static_cast<int>(data_.sets.size()) || category >= data_.categories.size())
        return {};
    const std::size_t index = static_cast<std::size_t>(set) * static_cast<std::size_t>(data_.categories.size()) +
                              static_cast<std::size_t>(category);
    return index < labels_->labels().size() ? labels_->labels()[index].text : QString();
}

QBarSet *BarChart::barSet(int index) const
{
    if (index < 0 || index >= static_cast<int>(sets_.size()))
        return nullptr;
    return sets_[static_cast<std::size_t>(index)];
}

bool BarChart::setData(const BarData &data, const QString &title)
{
    bool valid = true;
    for (const BarSetData &set : data.sets)
        valid = valid && set.values.size() == static_cast<std::size_t>(data.categories.size());
    data_ = valid ? data : BarData{};
    clearAll();
    sets_.clear();
    setTitle(title);

    const qsizetype n = data_.categories.size();
    // Horizontal bar series draw the first category at the bottom: reverse.
    // Axis labels are rich text: escape so "<" and "&" show as typed.
    QStringList categories;
    for (const QString &category : std::as_const(data_.categories))
        categories.append(category.toHtmlEscaped());
    if (data_.horizontal)
        std::reverse(categories.begin(), categories.end());

    if (data_.horizontal)
        series_ = new QHorizontalBarSeries;
    else
        series_ = new QBarSeries;
    double low = 0.0;
    double high = 0.0;
    for (std::size_t s = 0; s < data_.sets.size(); ++s) {
        auto *set = new QBarSet(data_.sets[s].name);
        set->setColor(ChartStyle::seriesColor(static_cast<int>(s)));
        set->setBorderColor(Qt::transparent);
        set->setLabelColor(ChartStyle::textColor(visualTheme()));
        set->setLabelFont(ChartStyle::annotationFont());
        for (qsizetype i = 0; i < n; ++i) {
            const qsizetype source = data_.horizontal ? n - 1 - i : i;
            const double v = data_.sets[s].values[static_cast<std::size_t>(source)];
            const double shown = std::isfinite(v) ? v : 0.0;
            set->append(shown);
            low = std::min(low, shown);
            high = std::max(high, shown);
        }
        series_->append(set);
        sets_.push_back(set);
    }
    const double barWidth = data_.sets.size() > 1 ? 0.8 : 0.65;
    series_->setBarWidth(barWidth);
    // Every label of the chart with the same decimals, in the interface's locale.
    series_->setLabelsVisible(false);
    addSeries(series_);
    std::vector<BarValueLabel> labels;
    const double setCount = static_cast<double>(std::max<std::size_t>(1, data_.sets.size()));
    for (std::size_t s = 0; s < data_.sets.size(); ++s) {
        const double offset = -barWidth / 2 + (static_cast<double>(s) + 0.5) * barWidth / setCount;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = data_.sets[s].values[static_cast<std::size_t>(i)];
            const qsizetype drawnAt = data_.horizontal ? n - 1 - i : i;
            labels.push_back({static_cast<double>(drawnAt) + offset, std::isfinite(v) ? v : 0.0,
                              data_.valueLabels ? formatValue(v, data_.decimals) : QString()});
        }
    }

    const Qt::Alignment categorySide = data_.horizontal ? Qt::AlignLeft : Qt::AlignBottom;
    const Qt::Alignment valueSide = data_.horizontal ? Qt::AlignBottom : Qt::AlignLeft;
    auto *categoryAxis = ensureAxis<QBarCategoryAxis>(categorySide);
    categoryAxis->clear();
    categoryAxis->setLabelsAngle(0);
    // Horizontal bars draw their names (and the axis title) themselves, never
    // elided; the axis keeps the names with its labels hidden.
    std::vector<BarValueLabel> names;
    for (qsizetype drawn = 0; drawn < n && data_.horizontal; ++drawn)
        names.push_back({static_cast<double>(drawn), 0.0, data_.categories[n - 1 - drawn]});
    categoryAxis->append(categories.isEmpty() ? QStringList{QString()} : categories);
    categoryAxis->setLabelsVisible(!data_.horizontal);
    categoryAxis->setTitleText(data_.horizontal ? QString() : data_.categoryTitle);
    categoryAxis->setGridLineVisible(false);
    if (!data_.horizontal && n > 8)
        categoryAxis->setLabelsAngle(-35);
    auto *valueAxis = ensureAxis<QValueAxis>(valueSide);
    valueAxis->setTitleText(data_.valueTitle);
    // Headroom for the labels written past the end of the bars.
    const double pad = data_.valueLabels ? 0.14 : 0.05;
    valueAxis->setRange(low < 0 ? low * (1 + pad) : 0.0, high > 0 ? high * (1 + pad) : 1.0);
    valueAxis->applyNiceNumbers();
    // Large values as grouped whole numbers ("20,000"), never "2e+04"; the C
    // locale of the command line groups nothing, so it gets US English.
    setLocale(numberLocale());
    const bool large = std::max(std::abs(valueAxis->min()), std::abs(valueAxis->max())) >= 1000.0;
    setLocalizeNumbers(large);
    valueAxis->setLabelFormat(large ? QStringLiteral("%.0f") : QStringLiteral("%.4g"));
    series_->attachAxis(categoryAxis);
    series_->attachAxis(valueAxis);
    labels_->setLabels(series_, data_.horizontal, std::move(labels));
    labels_->setCategoryLabels(std::move(names), data_.horizontal ? data_.categoryTitle : QString());
    legend()->setVisible(data_.sets.size() > 1);
    legend()->setAlignment(Qt::AlignTop);
    labels_->fitMargin(); // with the legend as now shown
    return valid;
}

} // namespace ltv::ui::charts
