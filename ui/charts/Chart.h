#pragma once
// Base of every LTV Studio chart: a QChart that knows its theme (light or
// dark) and restyles itself, including anything a subclass draws by hand, so
// exports can switch to the light theme and back.

#include "charts/ChartStyle.h"

#include <QChart>
#include <QPointer>

class QLineSeries;
class QValueAxis;

namespace ltv::ui::charts {

class Chart : public QChart
{
    Q_OBJECT
public:
    explicit Chart(QGraphicsItem *parent = nullptr);

    VisualTheme visualTheme() const { return theme_; }
    // Restyles the chart, its axes and series pens that depend on the theme.
    void setVisualTheme(VisualTheme theme);

    // Logical size (pixels at the screen's DPI) used when nothing else is asked for.
    virtual QSize preferredExportSize() const { return {960, 600}; }

protected:
    // Subclasses restyle what ChartStyle::applyTheme does not know about
    // (reference lines, hand-drawn cells); called after the common styling.
    virtual void themeChanged(VisualTheme theme);
    // Rebuild helpers. Axes are reused, never removed: Qt Charts deletes the
    // graphics of a removed axis only later in the event loop, so an export
    // right after a rebuild would still draw them. clearAll removes the series
    // and hides the axes; ensureAxis shows (or creates) the axis of exactly
    // that type at that side, hiding any other there.
    void clearAll();
    template <typename Axis> Axis *ensureAxis(Qt::Alignment alignment)
    {
        Axis *found = nullptr;
        const auto existing = axes();
        for (QAbstractAxis *axis : existing) {
            if (axis->alignment() != alignment)
                continue;
            if (!found && axis->metaObject() == &Axis::staticMetaObject)
                found = static_cast<Axis *>(axis);
            else
                axis->setVisible(false);
        }
        if (!found) {
            found = new Axis;
            addAxis(found, alignment);
        }
        found->setVisible(true);
        ChartStyle::styleAxis(found, theme_);
        return found;
    }
    QValueAxis *addValueAxis(Qt::Alignment alignment, const QString &title);
    // A data line in palette colour colorIndex.
    QLineSeries *addDataLine(const QString &name, int colorIndex, qreal width = 2.0);
    // A grey reference line (chance, perfect model, markers) that follows the theme.
    QLineSeries *addReferenceLine(const QString &name, Qt::PenStyle style = Qt::DashLine);
    // The legend below the plot, or as a list at its right when it has more
    // entries than fit on one line. (Qt's legend inside the plot area lays
    // itself out unreliably, so it is not used.)
    void placeLegend();
    // Attaches the series to every visible axis of the chart.
    void attachToAxes(QAbstractSeries *series);

private:
    VisualTheme theme_ = VisualTheme::Light;
    QList<QPointer<QLineSeries>> referenceLines_; // the chart owns them
};

} // namespace ltv::ui::charts
