#pragma once
// Lines that grow while work runs, e.g. training and validation loss per
// epoch of a neural net: append points as they arrive, the axes follow.

#include "charts/Chart.h"

#include <vector>

class QLineSeries;
class QValueAxis;

namespace ltv::ui::charts {

class LineChart : public Chart
{
    Q_OBJECT
public:
    explicit LineChart(QGraphicsItem *parent = nullptr);

    void setAxisTitles(const QString &xTitle, const QString &yTitle);
    // Returns the line's index for appendPoint.
    int addLine(const QString &name);
    // Non-finite values are skipped (a diverged epoch must not break the axes).
    void appendPoint(int line, double x, double y);
    // Removes every line (axes stay).
    void clearLines();

    int lineCount() const { return static_cast<int>(lines_.size()); }
    QLineSeries *lineSeries(int index) const;

    QSize preferredExportSize() const override { return {900, 560}; }

private:
    void updateRanges();

    QValueAxis *xAxis_ = nullptr;
    QValueAxis *yAxis_ = nullptr;
    std::vector<QLineSeries *> lines_;
    double minX_ = 0.0;
    double maxX_ = 0.0;
    double minY_ = 0.0;
    double maxY_ = 0.0;
    bool hasPoints_ = false;
};

} // namespace ltv::ui::charts
