#include "report/ReportBuilder.h"

#include "report/ReportCharts.h"
#include "report/ReportDocument.h"
#include "report/ReportHtml.h"

#include "report/ReportTexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

#include <stdexcept>

namespace ltv::ui::report {
namespace {

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(ReportTexts::tr("Cannot write %1.").arg(path));
}

// Lays the HTML out on A4 pages at the PDF's resolution and commits the PDF
// only when it is complete.
void writePdf(const QString &path, const QString &html, const std::vector<ReportChart> &charts, const ReportMeta &meta,
              const pipeline::JobContext &job)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        fail(ReportTexts::tr("Cannot create the folder of %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(ReportTexts::tr("Cannot write %1.").arg(path));
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("LTV Studio"));
        writer.setTitle(meta.title);
        writer.setResolution(300);
        const std::unique_ptr<QTextDocument> document = layoutReport(html, charts, &writer);
        job.throwIfCancelled();
        paintReport(*document, &writer, job);
    }
    job.throwIfCancelled(); // QSaveFile discards the temporary file when not committed
    if (!file.commit())
        fail(ReportTexts::tr("Cannot write %1.").arg(path));
}

QStringList writeHtmlFolder(const QString &dir, const QString &html, const std::vector<ReportChart> &charts)
{
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("charts"))))
        fail(ReportTexts::tr("Cannot create the folder %1.").arg(dir));
    QStringList files;
    for (const ReportChart &c : charts) {
        const QString path = QDir(dir).absoluteFilePath(c.fileName);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !c.image.save(&file, "PNG") || !file.commit())
            fail(ReportTexts::tr("Cannot write %1.").arg(path));
        files << path;
    }
    writeFileAtomically(QDir(dir).absoluteFilePath(QStringLiteral("index.html")), html.toUtf8());
    return files;
}

} // namespace

ReportOutput writeReport(const pipeline::Analysis &analysis, const QString &sourceName, const ReportSettings &settings,
                         const pipeline::JobContext &job)
{
    job.setProgress(0.0, ReportTexts::tr("Drawing the charts"));
    const std::vector<ReportChart> charts = renderReportCharts(analysis, job.subTask(0.0, 0.5));
    ReportMeta meta;
    meta.title = settings.title.isEmpty() ? ReportTexts::tr("Customer lifetime value report") : settings.title;
    meta.sourceName = sourceName;
    meta.created = QDateTime::currentDateTime();
    const QString html = reportHtml(analysis, charts, meta);
    job.throwIfCancelled();

    job.throwIfCancelled();
    ReportOutput output;
    output.trainingProtocol = analysis.evaluation.data.protocol.describe();
    if (!settings.pdfPath.isEmpty()) {
        job.setProgress(0.5, ReportTexts::tr("Writing the PDF"));
        writePdf(settings.pdfPath, html, charts, meta, job);
        output.pdfPath = QFileInfo(settings.pdfPath).absoluteFilePath();
    }
    // The PDF's last check was the last cancellation point: from here on every output is written.
    if (!settings.htmlDir.isEmpty()) {
        job.setProgress(0.9, ReportTexts::tr("Writing the HTML folder"));
        output.chartFiles = writeHtmlFolder(settings.htmlDir, html, charts);
        output.htmlIndex = QDir(settings.htmlDir).absoluteFilePath(QStringLiteral("index.html"));
    }
    job.setProgress(1.0, ReportTexts::tr("Report written"));
    return output;
}

ReportOutput buildReport(const QString &projectPath, const ReportSettings &settings, const pipeline::JobContext &job)
{
    const pipeline::Analysis analysis =
        pipeline::runProjectAnalysis(projectPath, settings.analysis, job.subTask(0.0, 0.85));
    return writeReport(analysis, QFileInfo(projectPath).fileName(), settings, job.subTask(0.85, 1.0));
}

} // namespace ltv::ui::report
