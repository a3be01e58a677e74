#pragma once
// The value written at the end of each bar, drawn over a bar chart's plot.
// Qt's own bar labels format with a number of significant digits, which
// mixes precisions ("85.584" next to "4,280.9") and ignores the locale;
// these take the text the chart formats, so one chart uses one format.

#include "charts/ChartStyle.h"

#include <QGraphicsObject>

#include <vector>

class QAbstractBarSeries;
class QChart;

namespace ltv::ui::charts {

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
    explicit BarValueLabels(QChart *chart);

    // horizontal: the bars grow along x (categories on the y axis).
    void setLabels(QAbstractBarSeries *series, bool horizontal, std::vector<BarValueLabel> labels);
    const std::vector<BarValueLabel> &labels() const { return labels_; }
    // Category names drawn left of the plot, right-aligned (horizontal bars
    // only; value = 0 is ignored): Qt's category axis elides long names in a
    // narrow chart, these take the chart's left margin and elide (in the
    // middle, keeping the end) only when even that is too narrow.
    void setCategoryLabels(std::vector<BarValueLabel> labels);
    const std::vector<BarValueLabel> &categoryLabels() const { return categories_; }
    void setTheme(VisualTheme theme);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void plotAreaChanged();

private:
    QChart *chart_;
    QAbstractBarSeries *series_ = nullptr;
    bool horizontal_ = false;
    std::vector<BarValueLabel> labels_;
    std::vector<BarValueLabel> categories_;
    VisualTheme theme_ = VisualTheme::Light;
    QRectF bounds_;
};

} // namespace ltv::ui::charts
