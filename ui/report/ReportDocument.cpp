#include "report/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextFrame>
#include <QUrl>

namespace ltv::ui::report {
namespace {

// QTextDocument takes frame margins in pixels at 96 dpi and scales them to the device.
constexpr double kLayoutPixelsPerPoint = 96.0 / 72.0;

} // namespace

std::unique_ptr<QTextDocument> layoutReport(const QString &html, const std::vector<ReportChart> &charts,
                                            QPagedPaintDevice *device)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    QFont font = document->defaultFont();
    font.setPointSizeF(kBodyPointSize);
    document->setDefaultFont(font);
    for (const ReportChart &c : charts)
        document->addResource(QTextDocument::ImageResource, QUrl(c.fileName), c.image);
    // The style sheet's screen rules (a centred column) are for browsers.
    document->setMetaInformation(QTextDocument::CssMedia, QStringLiteral("print"));
    document->setHtml(html);

    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setMargin(kPageMarginPt * kLayoutPixelsPerPoint);
    document->rootFrame()->setFrameFormat(root);
    // The page size is in device pixels: the layout works at the device's resolution.
    document->setPageSize(QSizeF(device->width(), device->height()));
    document->pageCount(); // lays the whole document out
    return document;
}

void paintReport(QTextDocument &document, QPagedPaintDevice *device, const pipeline::JobContext &job)
{
    QPainter painter(device);
    const QSizeF page = document.pageSize();
    const double pixelsPerPoint = device->logicalDpiY() / 72.0;
    const double margin = kPageMarginPt * pixelsPerPoint;
    QFont numberFont = document.defaultFont();
    numberFont.setPointSizeF(kBodyPointSize);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        const QRectF shown(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -shown.top());
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(numberFont);
        painter.drawText(QRectF(margin, page.height() - margin, page.width() - 2 * margin, margin / 2),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(i + 1));
        job.throwIfCancelled();
    }
}

} // namespace ltv::ui::report
