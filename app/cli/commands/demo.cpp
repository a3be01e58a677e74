// `ltv demo`: imports the bundled CDNOW demo data into <out>/demo.ltv through
// the real importer and runs the pipeline on it, headless.

#include "Command.h"

#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the demo's outputs (created if needed)."),
                      QStringLiteral("dir"), QStringLiteral("ltv-demo-output")});
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir)) {
        err << "ltv demo: cannot create output folder " << outDir << "\n";
        return ExitFailure;
    }
    const QString projectPath = QDir(outDir).filePath(QStringLiteral("demo.ltv"));
    features::TransactionSet set;
    try {
        pipeline::buildDemoProject(projectPath, pipeline::JobContext());
        set = store::Project::open(projectPath, false).loadTransactionSet();
    } catch (const std::exception &e) {
        err << "ltv demo: " << e.what() << "\n";
        return ExitFailure;
    }

    const QString summaryPath = QDir(outDir).filePath(QStringLiteral("demo-summary.txt"));
    QFile summary(summaryPath);
    if (!summary.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        err << "ltv demo: cannot write " << summaryPath << "\n";
        return ExitFailure;
    }
    const auto [first, last] = set.dayRange();
    QTextStream summaryOut(&summary);
    summaryOut << "data: CDNOW 1/10 sample (bundled)\n"
               << "transactions: " << set.size() << "\n"
               << "customers: " << set.customerCount() << "\n"
               << "first day: " << isoFromDay(first) << "\n"
               << "last day: " << isoFromDay(last) << "\n";

    out << "Demo data: CDNOW 1/10 sample\n";
    out << "Transactions: " << set.size() << "\n";
    out << "Customers: " << set.customerCount() << "\n";
    out << "Period: " << isoFromDay(first) << " to " << isoFromDay(last) << "\n";
    out << "Project: " << QDir(projectPath).absolutePath() << "\n";
    out << "Outputs written to: " << QDir(outDir).absolutePath() << "\n";
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("demo"),
                                        QStringLiteral("Run the pipeline on the bundled demo data"), configure, run});

} // namespace
} // namespace ltv::cli
