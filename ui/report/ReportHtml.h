#pragma once
// The report as one HTML document: the same markup is written as index.html
// of the HTML folder and laid out by QTextDocument for the PDF, so it keeps to
// the HTML subset QTextDocument understands (tables with attributes, inline
// styles, page-break-before).

#include "pipeline/Analysis.h"
#include "report/ReportCharts.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace ltv::ui::report {

struct ReportMeta
{
    QString title;      // e.g. "Customer lifetime value report"
    QString sourceName; // the project file name or "CDNOW demo sample"
    QDateTime created;
};

// Charts are referenced by their fileName (relative image paths).
QString reportHtml(const pipeline::Analysis &analysis, const std::vector<ReportChart> &charts, const ReportMeta &meta);

} // namespace ltv::ui::report
