// `ltv report`: the LTV report of a project, headless: data summary and
// quality, model leaderboard, key charts, segments with actions and the budget
// plan, as a PDF and/or an HTML folder.

#include "AnalysisOptions.h"
#include "Command.h"

#include "LanguageManager.h"
#include "report/ReportBuilder.h"

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("project"), QStringLiteral("Project file (*.ltv) with imported transactions."),
         QStringLiteral("P.ltv")},
        {QStringLiteral("out"), QStringLiteral("The PDF report to write."), QStringLiteral("report.pdf")},
        {QStringLiteral("html"), QStringLiteral("Also write the report as an HTML folder (index.html + charts)."),
         QStringLiteral("dir")},
        {QStringLiteral("title"), QStringLiteral("Title of the report."), QStringLiteral("text")},
        {QStringLiteral("lang"), QStringLiteral("Language of the report: en (default) or zh_CN."),
         QStringLiteral("language")},
    });
    addAnalysisOptions(parser);
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("project"))) {
        err << "ltv report: give --project P.ltv\n";
        return ExitUsage;
    }
    // Before the analysis: it names models and segments in the chosen language.
    const QString language =
        parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : QStringLiteral("en");
    if (!ui::LanguageManager::instance().setLanguage(language)) {
        err << "ltv report: unknown language '" << language << "' (use en or zh_CN)\n";
        return ExitUsage;
    }
    ui::report::ReportSettings settings;
    settings.pdfPath = parser.value(QStringLiteral("out"));
    settings.htmlDir = parser.value(QStringLiteral("html"));
    settings.title = parser.value(QStringLiteral("title"));
    if (settings.pdfPath.isEmpty() && settings.htmlDir.isEmpty()) {
        err << "ltv report: give --out report.pdf and/or --html DIR\n";
        return ExitUsage;
    }
    if (!readAnalysisOptions(parser, QStringLiteral("report"), &settings.analysis, err))
        return ExitUsage;
    const ui::report::ReportOutput output =
        ui::report::buildReport(parser.value(QStringLiteral("project")), settings, pipeline::JobContext());
    out << "Training protocol: " << output.trainingProtocol << "\n";
    if (!output.pdfPath.isEmpty())
        out << "PDF report: " << output.pdfPath << "\n";
    if (!output.htmlIndex.isEmpty())
        out << "HTML report: " << output.htmlIndex << " (" << output.chartFiles.size() << " charts)\n";
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("report"),
                                        QStringLiteral("Write the LTV report of a project (PDF and HTML)"), configure,
                                        run});

} // namespace
} // namespace ltv::cli
