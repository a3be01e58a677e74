// `ltv demo`: imports the bundled CDNOW demo data into <out>/demo.ltv through
// the real importer and runs the whole pipeline on it, headless: the model
// leaderboard, forward predictions, segments, actions and the PDF + HTML
// report, all written into <out>.

#include "AnalysisOptions.h"
#include "Command.h"

#include "pipeline/Analysis.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "report/ReportBuilder.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the demo's outputs (created if needed)."),
                      QStringLiteral("dir"), QStringLiteral("ltv-demo-output")});
    // The CDNOW convention: 39 weeks of calibration, 39 weeks of holdout. The
    // automatic protocol then takes the customer split (a 39-week shifted
    // window would start before the data); shorter horizons get the shifted window.
    addAnalysisOptions(parser, QStringLiteral("1997-09-30"));
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        err << "ltv demo: cannot write " << path << "\n";
        return false;
    }
    return true;
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir)) {
        err << "ltv demo: cannot create output folder " << outDir << "\n";
        return ExitFailure;
    }
    pipeline::AnalysisSettings settings;
    if (!readAnalysisOptions(parser, QStringLiteral("demo"), &settings, err))
        return ExitUsage;
    const QDir dir(outDir);
    const QString projectPath = dir.filePath(QStringLiteral("demo.ltv"));
    features::TransactionSet set;
    try {
        pipeline::buildDemoProject(projectPath, pipeline::JobContext());
        set = store::Project::open(projectPath, false).loadTransactionSet();
    } catch (const std::exception &e) {
        err << "ltv demo: " << e.what() << "\n";
        return ExitFailure;
    }

    const auto [first, last] = set.dayRange();
    const QString summaryPath = dir.filePath(QStringLiteral("demo-summary.txt"));
    QString summary;
    QTextStream(&summary) << "data: CDNOW 1/10 sample (bundled)\n"
                          << "transactions: " << set.size() << "\n"
                          << "customers: " << set.customerCount() << "\n"
                          << "first day: " << isoFromDay(first) << "\n"
                          << "last day: " << isoFromDay(last) << "\n";
    if (!writeFile(summaryPath, summary.toUtf8(), err))
        return ExitFailure;

    out << "Demo data: CDNOW 1/10 sample\n";
    out << "Transactions: " << set.size() << "\n";
    out << "Customers: " << set.customerCount() << "\n";
    out << "Period: " << isoFromDay(first) << " to " << isoFromDay(last) << "\n";
    out << "Project: " << QDir(projectPath).absolutePath() << "\n";
    out.flush();

    const pipeline::Analysis analysis = pipeline::runAnalysis(set, settings, pipeline::JobContext());
    out << "\nModel leaderboard, calibration to " << isoFromDay(analysis.calibrationEnd) << ", holdout "
        << settings.horizonDays << " days\n"
        << "Training protocol: " << analysis.evaluation.data.protocol.describe() << "\n"
        << analysis.evaluation.leaderboard.toText() << "\n";

    const struct
    {
        QString label;
        QString file;
        segments::Table table;
    } tables[] = {
        {QStringLiteral("Predictions"), QStringLiteral("predictions.csv"), pipeline::predictionTable(analysis)},
        {QStringLiteral("Segments"), QStringLiteral("segments.csv"), pipeline::segmentTable(analysis)},
        {QStringLiteral("Actions"), QStringLiteral("actions.csv"), pipeline::actionTable(analysis)},
    };
    for (const auto &t : tables) {
        const QString path = dir.absoluteFilePath(t.file);
        if (!writeFile(path, segments::toCsv(t.table), err))
            return ExitFailure;
        out << t.label << ": " << path << " (" << t.table.rows.size() << " customers)\n";
    }

    ui::report::ReportSettings report;
    report.analysis = settings;
    report.pdfPath = dir.absoluteFilePath(QStringLiteral("report.pdf"));
    report.htmlDir = dir.absoluteFilePath(QStringLiteral("report-html"));
    report.title = QStringLiteral("Customer lifetime value report: CDNOW demo");
    const ui::report::ReportOutput written = ui::report::writeReport(
        analysis, QStringLiteral("CDNOW 1/10 sample (demo.ltv)"), report, pipeline::JobContext());
    out << "PDF report: " << written.pdfPath << "\n";
    out << "HTML report: " << written.htmlIndex << "\n";
    out << "Summary: " << dir.absoluteFilePath(QStringLiteral("demo-summary.txt")) << "\n";
    out << "Outputs written to: " << dir.absolutePath() << "\n";
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("demo"),
                                        QStringLiteral("Run the whole pipeline on the bundled demo data"), configure,
                                        run});

} // namespace
} // namespace ltv::cli
