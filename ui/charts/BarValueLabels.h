#pragma once
// The value written at the end of each bar, drawn over a bar chart's plot.
// Qt's own bar labels format with a number of significant digits, which
// mixes precisions ("85.584" next to "4,280.9") and ignores the locale;
// these take the text the chart formats, so one chart uses one format.

#include "charts/ChartStyle.h"

#include <QGraphicsObject>
#include <QStringList>

#include <vector>

class QAbstractBarSeries;

namespace ltv::ui::charts {

class Chart;

struct BarValueLabel
{
    double position = 0.0; // category index plus the bar's offset inside its category
    double value = 0.0;    // where the bar ends
    QString text;
};

class BarValueLabels : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit BarValueLabels(Chart *chart);

    // horizontal: the bars grow along x (categories on the y axis).
    void setLabels(QAbstractBarSeries *series, bool horizontal, std::vector<BarValueLabel> labels);
    const std::vector<BarValueLabel> &labels() const { return labels_; }
    // Category names drawn left of the plot, right-aligned (horizontal bars
    // only; value is ignored), with the category axis title rotated at the
    // chart's left edge. Qt's category axis elides long names; these are
    // never cut (see CategoryNames): call fitMargin() after the chart resizes.
    void setCategoryLabels(std::vector<BarValueLabel> labels, const QString &title = {});
    const std::vector<BarValueLabel> &categoryLabels() const { return categories_; }
    // Name i as drawn: one line, or two when wrapped.
    QStringList drawnCategoryLines(int i) const;
    // The left edge of the widest drawn name, in chart coordinates.
    qreal categoryTextLeft() const;
    // Lays the names out for the chart's size and gives them the chart's left margin.
    void fitMargin();
    void setTheme(VisualTheme theme);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void plotAreaChanged();

private:
    Chart *chart_;
    QAbstractBarSeries *series_ = nullptr;
    bool horizontal_ = false;
    std::vector<BarValueLabel> labels_;
    std::vector<BarValueLabel> categories_;
    QString categoryTitle_;
    std::vector<QStringList> categoryLines_; // as laid out by fitMargin()
    qreal categoryWidth_ = 0.0;
    bool ownsTitle_ = false; // the chart's title is drawn here (see fitMargin)
    VisualTheme theme_ = VisualTheme::Light;
    QRectF bounds_;
};

} // namespace ltv::ui::charts
