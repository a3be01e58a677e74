// `ltv export TABLE --project P.ltv --out F.csv`: writes a project table as CSV.

#include "Command.h"

#include "io/Exporter.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QFileInfo>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("table"),
                                 QStringLiteral("Table to export: transactions, customers, customer_attributes, "
                                                "imports, predictions, segments, ..."));
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (*.ltv)."), QStringLiteral("P.ltv")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("F.csv")});
    parser.addOption(
        {QStringLiteral("bom"), QStringLiteral("Start the file with a UTF-8 byte-order mark (for Excel).")});
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList tables = parser.positionalArguments();
    if (tables.size() != 1 || !parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("out"))) {
        err << "ltv export: usage: ltv export TABLE --project P.ltv --out F.csv\n";
        return ExitUsage;
    }
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (!QFileInfo::exists(projectPath)) {
        err << "ltv export: no project file " << projectPath << "\n";
        return ExitFailure;
    }
    try {
        const store::Project project = store::Project::open(projectPath, false);
        io::ExportOptions options;
        options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
        const io::ExportResult result = io::exportTable(project, tables.front(), parser.value(QStringLiteral("out")),
                                                        options, pipeline::JobContext());
        if (!result.error.isEmpty()) {
            err << "ltv export: " << result.error << "\n";
            return ExitFailure;
        }
        out << "Exported " << result.rows << " rows of " << tables.front() << " to "
            << parser.value(QStringLiteral("out")) << "\n";
    } catch (const std::exception &e) {
        err << "ltv export: " << e.what() << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("export"), QStringLiteral("Export a project table as CSV"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
