#pragma once
// The one place that decides how every chart looks: the Okabe-Ito palette
// (safe for the common colour-vision deficiencies), the sequential colour map
// of heatmaps, fonts, and the light and dark themes. Exports always use the
// light theme so a chart can be pasted into a document as it is.

#include <QColor>
#include <QFont>

class QAbstractAxis;
class QAbstractSeries;
class QChart;

namespace ltv::ui::charts {

enum class VisualTheme { Light, Dark };

namespace ChartStyle {

// Okabe & Ito (2008), without black: blue, orange, bluish green, vermillion,
// reddish purple, sky blue, yellow. Index wraps around.
QColor seriesColor(int index);
int paletteSize();
// Reference lines (chance diagonal, perfect model, markers).
QColor referenceColor(VisualTheme theme);

QColor backgroundColor(VisualTheme theme);
QColor plotBackgroundColor(VisualTheme theme);
QColor textColor(VisualTheme theme);
QColor gridColor(VisualTheme theme);
QColor axisLineColor(VisualTheme theme);

// Sequential single-hue ramp (near white to dark blue) for t in [0, 1];
// readable in grey scale and for colour-blind readers.
QColor heatColor(double t);
// Black or white, whichever reads better on the background.
QColor contrastingText(const QColor &background);

QFont titleFont();
QFont axisTitleFont();
QFont labelFont();
QFont legendFont();
QFont annotationFont();

// The theme the application currently shows (dark when the window colour is dark).
VisualTheme applicationTheme();

// Colours and fonts of the chart background, title, legend and every axis.
void applyTheme(QChart *chart, VisualTheme theme);
void styleAxis(QAbstractAxis *axis, VisualTheme theme);

} // namespace ChartStyle
} // namespace ltv::ui::charts
