#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace ltv::ui::charts::ChartStyle {

namespace {

constexpr std::array<QRgb, 7> kOkabeIto = {
    qRgb(0, 114, 178),   // blue
    qRgb(230, 159, 0),   // orange
    qRgb(0, 158, 115),   // bluish green
    qRgb(213, 94, 0),    // vermillion
    qRgb(204, 121, 167), // reddish purple
    qRgb(86, 180, 233),  // sky blue
    qRgb(240, 228, 66),  // yellow
};

QFont baseFont(qreal pointSize, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

QColor seriesColor(int index)
{
    const int n = paletteSize();
    return QColor(kOkabeIto[static_cast<std::size_t>(((index % n) + n) % n)]);
}

int paletteSize()
{
    return static_cast<int>(kOkabeIto.size());
}

QColor referenceColor(VisualTheme theme)
{
    return theme == VisualTheme::Light ? QColor(110, 110, 110) : QColor(170, 170, 170);
}

QColor backgroundColor(VisualTheme theme)
{
    return theme == VisualTheme::Light ? QColor(Qt::white) : QColor(37, 37, 38);
}

QColor plotBackgroundColor(VisualTheme theme)
{
    return backgroundColor(theme);
}

QColor textColor(VisualTheme theme)
{
    return theme == VisualTheme::Light ? QColor(33, 33, 33) : QColor(230, 230, 230);
}

QColor gridColor(VisualTheme theme)
{
    return theme == VisualTheme::Light ? QColor(225, 225, 225) : QColor(70, 70, 72);
}

QColor axisLineColor(VisualTheme theme)
{
    return theme == VisualTheme::Light ? QColor(120, 120, 120) : QColor(150, 150, 150);
}

QColor heatColor(double t)
{
    if (!std::isfinite(t))
        return QColor(235, 235, 235);
    t = std::clamp(t, 0.0, 1.0);
    // Piecewise-linear through four stops of one hue family: lightness falls
    // monotonically, so the order survives grey-scale printing.
    struct Stop
    {
        double at;
        int r, g, b;
    };
    constexpr std::array<Stop, 4> stops = {Stop{0.0, 247, 251, 255}, Stop{0.35, 158, 202, 225}, Stop{0.7, 33, 113, 181},
                                           Stop{1.0, 8, 48, 107}};
    for (std::size_t i = 1; i < stops.size(); ++i) {
        if (t <= stops[i].at) {
            const Stop &a = stops[i - 1];
            const Stop &b = stops[i];
            const double u = (t - a.at) / (b.at - a.at);
            return QColor(static_cast<int>(std::lround(a.r + u * (b.r - a.r))),
                          static_cast<int>(std::lround(a.g + u * (b.g - a.g))),
                          static_cast<int>(std::lround(a.b + u * (b.b - a.b))));
        }
    }
    return QColor(stops.back().r, stops.back().g, stops.back().b);
}

QColor contrastingText(const QColor &background)
{
    // Relative luminance (sRGB weights, no gamma: enough to pick black or white).
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(20, 20, 20) : QColor(Qt::white);
}

QFont titleFont()
{
    return baseFont(12.5, true);
}
QFont axisTitleFont()
{
    return baseFont(10.0);
}
QFont labelFont()
{
    return baseFont(9.0);
}
QFont legendFont()
{
    return baseFont(9.5);
}
QFont annotationFont()
{
    return baseFont(9.0);
}

VisualTheme applicationTheme()
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    return window.lightness() < 128 ? VisualTheme::Dark : VisualTheme::Light;
}

void styleAxis(QAbstractAxis *axis, VisualTheme theme)
{
    axis->setLabelsFont(labelFont());
    axis->setLabelsColor(textColor(theme));
    axis->setTitleFont(axisTitleFont());
    axis->setTitleBrush(textColor(theme));
    axis->setLinePenColor(axisLineColor(theme));
    axis->setGridLineColor(gridColor(theme));
    axis->setMinorGridLineColor(gridColor(theme).lighter(theme == VisualTheme::Light ? 104 : 90));
    axis->setShadesVisible(false);
}

void applyTheme(QChart *chart, VisualTheme theme)
{
    chart->setBackgroundBrush(backgroundColor(theme));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(textColor(theme));
    chart->legend()->setFont(legendFont());
    chart->legend()->setLabelColor(textColor(theme));
    chart->legend()->setBackgroundVisible(false);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis, theme);
}

} // namespace ltv::ui::charts::ChartStyle
