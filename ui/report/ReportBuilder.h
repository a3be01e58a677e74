#pragma once
// The LTV report: runs the analysis (data summary and quality, model
// leaderboard, forward predictions, segments, actions, budget plan) and
// writes it as a PDF and/or an HTML folder (index.html + charts/*.png).
//
// Outputs appear only complete: the PDF goes through a temporary file renamed
// at the end, and nothing is written before the last cancellation point, so a
// cancelled or failed report leaves no output file behind.
//
// Chart rendering needs a QApplication and must run on the GUI thread. A GUI
// can run pipeline::runAnalysis in a worker and then call writeReport(analysis, ...)
// on the GUI thread.

#include "pipeline/Analysis.h"
#include "pipeline/JobContext.h"

#include <QString>
#include <QStringList>

namespace ltv::ui::report {

struct ReportSettings
{
    pipeline::AnalysisSettings analysis;
    QString pdfPath; // empty: no PDF
    QString htmlDir; // empty: no HTML folder
    QString title;   // empty: "Customer lifetime value report" (translated)
};

struct ReportOutput
{
    QString pdfPath;        // absolute; empty when not asked for
    QString htmlIndex;      // absolute path of index.html; empty when not asked for
    QStringList chartFiles; // absolute paths of the PNG charts in the HTML folder
    // The ML training protocol the analysis used (resolved when automatic) and why, as in the Settings table.
    QString trainingProtocol;
};

// Writes the report of an analysis already run. sourceName names the data on
// the title page. Throws std::runtime_error when a file cannot be written,
// pipeline::Cancelled when cancelled.
ReportOutput writeReport(const pipeline::Analysis &analysis, const QString &sourceName, const ReportSettings &settings,
                         const pipeline::JobContext &job);

// Loads the project file, runs the analysis and writes the report. Also
// throws std::invalid_argument for settings the data cannot satisfy.
ReportOutput buildReport(const QString &projectPath, const ReportSettings &settings, const pipeline::JobContext &job);

} // namespace ltv::ui::report
