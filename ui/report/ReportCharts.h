#pragma once
// The report's key charts, rendered offscreen from an analysis through the
// chart layer's export (light theme): ROC curves of every model, the decile
// chart and the cumulative gain of the value predictions, and the
// distribution of the forward LTV. Must run on the GUI thread.

#include "pipeline/Analysis.h"

#include <QImage>
#include <QString>

#include <vector>

namespace ltv::ui::report {

struct ReportChart
{
    QString fileName; // relative, e.g. "charts/roc.png"
    QString title;    // section caption (translated)
    QString caption;  // one sentence on how to read it (translated)
    QImage image;     // rendered at 2x for print
    QSize logicalSize;
    bool segmentChart = false; // shown with the segments rather than with the key charts
};

// Charts that have no data (e.g. no model produced churn probabilities) are left out.
std::vector<ReportChart> renderReportCharts(const pipeline::Analysis &analysis, const pipeline::JobContext &job);

// "39 weeks", "273 days", "9 months": the horizon in the analysis unit.
QString horizonText(const pipeline::AnalysisSettings &settings);

} // namespace ltv::ui::report
