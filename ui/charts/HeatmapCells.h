#pragma once
// The hand-drawn part of HeatmapChart: cells with their text over the plot
// area, and the colour bar in the right margin.

#include "charts/ChartStyle.h"

#include <QGraphicsObject>

namespace ltv::ui::charts {

class HeatmapChart;

class HeatmapCells : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit HeatmapCells(HeatmapChart *chart);

    void setTheme(VisualTheme theme);
    // Width reserved right of the plot for the colour bar and its labels.
    static constexpr int colorBarMargin = 112;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void plotAreaChanged();

private:
    void paintCells(QPainter *painter, const QRectF &plot) const;
    void paintColorBar(QPainter *painter, const QRectF &plot) const;

    HeatmapChart *chart_;
    VisualTheme theme_ = VisualTheme::Light;
    QRectF bounds_;
};

} // namespace ltv::ui::charts
