#pragma once
// Chart export without a widget: PNG (1x or 2x), SVG, PDF and the clipboard.
// Every export renders with the light theme at the given logical size (pixels
// at the screen's logical DPI), then restores the chart's theme and size.
// Used by ChartPanel, the PDF report and the tests.

#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QPainter;
class QRectF;

namespace ltv::ui::charts {

enum class ExportFormat { Png, Svg, Pdf };

// From the file suffix (png, svg, pdf; case-insensitive); false when unknown.
bool exportFormatFromPath(const QString &path, ExportFormat *format);

// The chart drawn into an image of logicalSize * scale pixels (device pixel ratio = scale).
QImage renderChartImage(QChart *chart, const QSize &logicalSize, qreal scale = 1.0);

// Draws the chart laid out at logicalSize into target on any painter. The
// painter's device should have the screen's logical DPI (QImage, or a
// QPdfWriter/QSvgGenerator set to it), or fonts come out at the wrong size.
void renderChart(QChart *chart, QPainter *painter, const QRectF &target, const QSize &logicalSize);

bool saveChartPng(QChart *chart, const QString &path, const QSize &logicalSize, qreal scale = 1.0,
                  QString *error = nullptr);
bool saveChartSvg(QChart *chart, const QString &path, const QSize &logicalSize, QString *error = nullptr);
// One page exactly the size of the chart, text kept as text.
bool saveChartPdf(QChart *chart, const QString &path, const QSize &logicalSize, QString *error = nullptr);
// Dispatches on the suffix; scale applies to PNG only.
bool saveChart(QChart *chart, const QString &path, const QSize &logicalSize, qreal scale = 1.0,
               QString *error = nullptr);

// Puts a PNG image (at scale) on the clipboard.
void copyChartToClipboard(QChart *chart, const QSize &logicalSize, qreal scale = 2.0);

// The logical DPI that chart layouts are computed at.
qreal chartLogicalDpi();

} // namespace ltv::ui::charts
