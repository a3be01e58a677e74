#pragma once
// The PDF form of the report: the HTML laid out by QTextDocument on A4 pages
// at the PDF's own resolution, so fonts keep their point sizes and a
// full-width table spans the whole text width between the margins. The tests
// inspect the same layout the PDF is painted from.

#include "pipeline/JobContext.h"
#include "report/ReportCharts.h"

#include <QString>
#include <QTextDocument>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace ltv::ui::report {

// A4 portrait with 20 mm margins; the body text is set at 9.5 pt.
inline constexpr double kPageWidthPt = 595.276;
inline constexpr double kPageHeightPt = 841.89;
inline constexpr double kPageMarginPt = 20.0 / 25.4 * 72.0;
inline constexpr double kBodyPointSize = 9.5;

// What a full-width table may use, in points.
constexpr double pageTextWidthPt()
{
    return kPageWidthPt - 2.0 * kPageMarginPt;
}

// Lays the report out on pages of device (the PDF writer; its page layout is
// set to A4 without margins of its own). The document paints on device.
std::unique_ptr<QTextDocument> layoutReport(const QString &html, const std::vector<ReportChart> &charts,
                                            QPagedPaintDevice *device);

// Paints a document laid out by layoutReport on device, one page after the
// other, each with its number at the bottom right.
void paintReport(QTextDocument &document, QPagedPaintDevice *device, const pipeline::JobContext &job);

} // namespace ltv::ui::report
