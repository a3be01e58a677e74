#pragma once
// A labelled matrix drawn as coloured cells with their values written in
// them and a colour bar: the P(alive) and expected-purchases matrices, the
// value x risk grid, cohort retention and the confusion matrix.

#include "charts/Chart.h"

#include <QStringList>

#include <limits>

#include <vector>

namespace ltv::ui::charts {

struct HeatmapData
{
    QStringList rowLabels;      // top to bottom
    QStringList columnLabels;   // left to right
    std::vector<double> values; // row-major, rows x columns; NaN = no data (grey, no text)
    // Optional text per cell (row-major, "\n" for a second line); empty = the
    // value with `decimals` decimals.
    std::vector<QString> cellTexts;
    QString rowTitle;
    QString columnTitle;
    QString valueTitle; // caption of the colour bar
    int decimals = 2;
    // Colour scale limits; NaN = the data's minimum / maximum.
    double minimum = std::numeric_limits<double>::quiet_NaN();
    double maximum = std::numeric_limits<double>::quiet_NaN();

    int rows() const { return static_cast<int>(rowLabels.size()); }
    int columns() const { return static_cast<int>(columnLabels.size()); }
};

class HeatmapCells;

class HeatmapChart : public Chart
{
    Q_OBJECT
public:
    explicit HeatmapChart(QGraphicsItem *parent = nullptr);

    // values.size() must be rows x columns (cellTexts empty or the same size);
    // otherwise the chart is cleared and false returned.
    bool setData(const HeatmapData &data);
    const HeatmapData &data() const { return data_; }

    double value(int row, int column) const;
    // What the cell shows (also when it is too small to write it in).
    QString cellText(int row, int column) const;
    QColor cellColor(int row, int column) const;
    // The colour scale actually used.
    double scaleMinimum() const { return scaleMin_; }
    double scaleMaximum() const { return scaleMax_; }
    // Formats a colour-bar or cell value with the data's decimals.
    QString formatValue(double value) const;

    QSize preferredExportSize() const override { return {900, 640}; }

protected:
    void themeChanged(VisualTheme theme) override;

private:
    void rebuildAxes();

    HeatmapData data_;
    double scaleMin_ = 0.0;
    double scaleMax_ = 1.0;
    HeatmapCells *cells_ = nullptr;
};

} // namespace ltv::ui::charts
