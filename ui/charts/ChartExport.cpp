#include "charts/ChartExport.h"

#include "charts/Chart.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>

#include <memory>

namespace ltv::ui::charts {

namespace {

// Qt Charts lays out on posted events; an export cannot wait for the event
// loop, so the chart's and the legend's layouts are run now.
void forceLayout(QChart *chart)
{
    if (QGraphicsLayout *layout = chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
    if (QGraphicsLayout *layout = chart->legend()->layout()) {
        layout->invalidate();
        layout->activate();
    }
}

// Switches the chart to the light theme and the export size for as long as
// it lives, in a scene of its own when the chart has none.
class ExportScope
{
public:
    ExportScope(QChart *chart, const QSize &logicalSize)
        : chart_(chart)
        , oldGeometry_(chart->geometry())
    {
        if (auto *styled = qobject_cast<Chart *>(chart)) {
            oldTheme_ = styled->visualTheme();
            styled->setVisualTheme(VisualTheme::Light);
        } else {
            ChartStyle::applyTheme(chart, VisualTheme::Light);
        }
        if (!chart->scene()) {
            scene_ = std::make_unique<QGraphicsScene>();
            scene_->addItem(chart);
        }
        chart->setGeometry(QRectF(oldGeometry_.topLeft(), QSizeF(logicalSize)));
        forceLayout(chart);
        source_ = chart->mapRectToScene(QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    }

    ~ExportScope()
    {
        if (scene_)
            scene_->removeItem(chart_);
        if (!oldGeometry_.isEmpty()) {
            chart_->setGeometry(oldGeometry_);
            forceLayout(chart_);
        }
        if (auto *styled = qobject_cast<Chart *>(chart_))
            styled->setVisualTheme(oldTheme_);
    }

    ExportScope(const ExportScope &) = delete;
    ExportScope &operator=(const ExportScope &) = delete;

    void render(QPainter *painter, const QRectF &target)
    {
        painter->fillRect(target, ChartStyle::backgroundColor(VisualTheme::Light));
        chart_->scene()->render(painter, target, source_, Qt::IgnoreAspectRatio);
    }

private:
    QChart *chart_;
    QRectF oldGeometry_;
    QRectF source_;
    VisualTheme oldTheme_ = VisualTheme::Light;
    std::unique_ptr<QGraphicsScene> scene_;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExport", text);
}

bool ensureFolder(const QString &path, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QDir().mkpath(folder))
        return true;
    if (error)
        *error = tr("Cannot create the folder %1.").arg(folder);
    return false;
}

} // namespace

qreal chartLogicalDpi()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return screen->logicalDotsPerInchY();
    return 96.0;
}

bool exportFormatFromPath(const QString &path, ExportFormat *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        *format = ExportFormat::Png;
    else if (suffix == u"svg")
        *format = ExportFormat::Svg;
    else if (suffix == u"pdf")
        *format = ExportFormat::Pdf;
    else
        return false;
    return true;
}

void renderChart(QChart *chart, QPainter *painter, const QRectF &target, const QSize &logicalSize)
{
    ExportScope scope(chart, logicalSize);
    scope.render(painter, target);
}

QImage renderChartImage(QChart *chart, const QSize &logicalSize, qreal scale)
{
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(ChartStyle::backgroundColor(VisualTheme::Light));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), logicalSize);
    painter.end();
    return image.convertToFormat(QImage::Format_RGB32);
}

bool saveChartPng(QChart *chart, const QString &path, const QSize &logicalSize, qreal scale, QString *error)
{
    if (!ensureFolder(path, error))
        return false;
    QImage image = renderChartImage(chart, logicalSize, scale);
    // Pixel ratio 1 on disk: viewers show a 2x export at its full pixel size.
    image.setDevicePixelRatio(1.0);
    if (image.save(path, "PNG"))
        return true;
    if (error)
        *error = tr("Cannot write %1.").arg(path);
    return false;
}

bool saveChartSvg(QChart *chart, const QString &path, const QSize &logicalSize, QString *error)
{
    if (!ensureFolder(path, error))
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(logicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), logicalSize));
    generator.setResolution(qRound(chartLogicalDpi()));
    generator.setTitle(chart->title());
    generator.setDescription(tr("Chart exported by LTV Studio"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    renderChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), logicalSize);
    if (!painter.end()) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool saveChartPdf(QChart *chart, const QString &path, const QSize &logicalSize, QString *error)
{
    if (!ensureFolder(path, error))
        return false;
    const qreal dpi = chartLogicalDpi();
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("LTV Studio"));
    writer.setTitle(chart->title());
    writer.setResolution(qRound(dpi));
    const QSizeF points(logicalSize.width() * 72.0 / dpi, logicalSize.height() * 72.0 / dpi);
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    renderChart(chart, &painter, page, logicalSize);
    if (!painter.end()) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool saveChart(QChart *chart, const QString &path, const QSize &logicalSize, qreal scale, QString *error)
{
    ExportFormat format{};
    if (!exportFormatFromPath(path, &format)) {
        if (error)
            *error = tr("Unknown image format for %1 (use .png, .svg or .pdf).").arg(path);
        return false;
    }
    switch (format) {
    case ExportFormat::Png:
        return saveChartPng(chart, path, logicalSize, scale, error);
    case ExportFormat::Svg:
        return saveChartSvg(chart, path, logicalSize, error);
    case ExportFormat::Pdf:
        return saveChartPdf(chart, path, logicalSize, error);
    }
    return false;
}

void copyChartToClipboard(QChart *chart, const QSize &logicalSize, qreal scale)
{
    QImage image = renderChartImage(chart, logicalSize, scale);
    image.setDevicePixelRatio(1.0);
    QApplication::clipboard()->setImage(image);
}

} // namespace ltv::ui::charts
