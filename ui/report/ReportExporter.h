#pragma once
// "Export report…" of the GUI: the analysis (loading, data quality, model
// comparison, forward predictions, segments) runs as a background job with
// progress and Cancel; only drawing the charts and writing the files, which
// need the GUI thread, run there once the analysis is done.

#include "report/ReportBuilder.h"

#include <QObject>
#include <QString>

namespace ltv::ui {
class JobRunner;
}

namespace ltv::ui::report {

class ReportExporter : public QObject
{
    Q_OBJECT
public:
    explicit ReportExporter(JobRunner *runner, QObject *parent = nullptr);

    // The HTML folder written next to a PDF, as `ltv demo` does: "x/report.pdf" -> "x/report-html".
    static QString htmlDirFor(const QString &pdfPath);

    // Starts a report of the project file; a running export is replaced.
    // sourceName names the data on the title page.
    void start(const QString &projectPath, const QString &sourceName, const ReportSettings &settings);
    void cancel();
    bool isRunning() const { return jobId_ != 0; }

signals:
    void runningChanged(bool running);
    // The analysis is done; the charts and files are being written on the GUI thread.
    void writingFiles();
    void succeeded(const ltv::ui::report::ReportOutput &output);
    void failed(const QString &message);
    void cancelled();

private:
    JobRunner *runner_;
    quint64 jobId_ = 0;
};

} // namespace ltv::ui::report
