#include "report/ReportExporter.h"

#include "jobs/JobRunner.h"
#include "report/ReportTexts.h"

#include <QDir>
#include <QFileInfo>

#include <exception>

namespace ltv::ui::report {

ReportExporter::ReportExporter(JobRunner *runner, QObject *parent)
    : QObject(parent)
    , runner_(runner)
{
    connect(runner_, &JobRunner::jobFinished, this, [this](quint64 id, JobRunner::Outcome outcome) {
        if (id != jobId_)
            return; // another job, or an export this one replaced
        jobId_ = 0;
        if (outcome == JobRunner::Outcome::Cancelled)
            emit cancelled();
        emit runningChanged(false);
    });
}

QString ReportExporter::htmlDirFor(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-html"));
}

void ReportExporter::start(const QString &projectPath, const QString &sourceName, const ReportSettings &settings)
{
    const pipeline::AnalysisSettings analysisSettings = settings.analysis;
    const bool wasRunning = isRunning();
    jobId_ = runner_->run<pipeline::Analysis>(
        QStringLiteral("report"), ReportTexts::tr("Writing the report"),
        [projectPath, analysisSettings](const pipeline::JobContext &job) {
            return pipeline::runProjectAnalysis(projectPath, analysisSettings, job);
        },
        this,
        [this, sourceName, settings](pipeline::Analysis analysis) {
            // Charts are widgets: this part must run on the GUI thread.
            emit writingFiles();
            try {
                emit succeeded(writeReport(analysis, sourceName, settings, pipeline::JobContext()));
            } catch (const std::exception &e) {
                emit failed(QString::fromUtf8(e.what()));
            }
        },
        [this](const QString &message) { emit failed(message); });
    if (!wasRunning)
        emit runningChanged(true);
}

void ReportExporter::cancel()
{
    if (jobId_ != 0)
        runner_->cancel(jobId_);
}

} // namespace ltv::ui::report
