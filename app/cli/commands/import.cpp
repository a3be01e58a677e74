// `ltv import FILE --project P.ltv`: imports a transaction file (or, with
// --customer-table, a one-row-per-customer table) and prints the report.

#include "Command.h"

#include "io/CustomerTableImporter.h"
#include "io/Importer.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QFile>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV or text file to import."));
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (*.ltv), created if missing."),
                      QStringLiteral("P.ltv")});
    parser.addOption({QStringLiteral("map"),
                      QStringLiteral("Map a role to a column: role=COLUMN (name or 1-based number). Roles: customer, "
                                     "date, amount, quantity, price, invoice, product, attribute. Repeatable."),
                      QStringLiteral("role=COLUMN")});
    parser.addOption({QStringLiteral("date-format"),
                      QStringLiteral("Date format, e.g. yyyy-MM-dd, dd/MM/yyyy, MM/dd/yy, yyyyMMdd (default: detect)."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("utf-8, utf-16le, utf-16be, gb18030 (gbk), windows-1252 (default: detect)."),
                      QStringLiteral("E")});
    parser.addOption({QStringLiteral("delimiter"),
                      QStringLiteral("Field delimiter: , ; tab | or whitespace (default: detect)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("decimal"), QStringLiteral("Decimal mark: point or comma (default: detect)."),
                      QStringLiteral("point|comma")});
    parser.addOption({QStringLiteral("header"), QStringLiteral("Whether the first line is a header: yes, no, auto."),
                      QStringLiteral("yes|no|auto"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("pseudonymize"),
                      QStringLiteral("Store a keyed hash (HMAC-SHA256) of each customer id instead of the id.")});
    parser.addOption({QStringLiteral("max-errors"),
                      QStringLiteral("Rejected rows tolerated before the import stops and writes nothing (-1: no "
                                     "limit)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rejected-csv"),
                      QStringLiteral("Write the rejected rows (line,column,reason) here."), QStringLiteral("F.csv")});
    parser.addOption({QStringLiteral("customer-table"),
                      QStringLiteral("The file has one row per customer with feature columns: import it as a "
                                     "customer dataset (map customer=COLUMN, optionally target=COLUMN).")});
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("project"))) {
        err << "ltv import: usage: ltv import FILE --project P.ltv [options]\n";
        return ExitUsage;
    }
    io::ImportOptions options;
    options.mapping = parser.values(QStringLiteral("map"));
    options.dateFormat = parser.value(QStringLiteral("date-format"));
    options.delimiter = parser.value(QStringLiteral("delimiter"));
    options.pseudonymize = parser.isSet(QStringLiteral("pseudonymize"));
    if (parser.isSet(QStringLiteral("encoding")) &&
        !io::parseEncodingName(parser.value(QStringLiteral("encoding")), &options.encoding)) {
        err << "ltv import: unknown encoding '" << parser.value(QStringLiteral("encoding")) << "'\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("decimal")) &&
        !io::parseDecimalSeparator(parser.value(QStringLiteral("decimal")), &options.decimalSeparator)) {
        err << "ltv import: --decimal must be point or comma\n";
        return ExitUsage;
    }
    const QString header = parser.value(QStringLiteral("header")).toLower();
    if (header == u"yes")
        options.header = io::HeaderMode::Present;
    else if (header == u"no")
        options.header = io::HeaderMode::Absent;
    else if (header != u"auto") {
        err << "ltv import: --header must be yes, no or auto\n";
        return ExitUsage;
    }
    bool ok = false;
    options.maxErrors = parser.value(QStringLiteral("max-errors")).toLongLong(&ok);
    if (!ok) {
        err << "ltv import: --max-errors must be a number\n";
        return ExitUsage;
    }
    io::ImportReport report;
    try {
        store::Project project = store::Project::open(parser.value(QStringLiteral("project")), true);
        const pipeline::JobContext job;
        report = parser.isSet(QStringLiteral("customer-table"))
                     ? io::importCustomerTable(project, files.front(), options, job)
                     : io::importTransactions(project, files.front(), options, job);
        if (!report.failed()) {
            out << report.toText();
            out << "Project: " << project.transactionCount() << " transactions, " << project.customerCount()
                << " customers\n";
        }
    } catch (const std::exception &e) {
        err << "ltv import: " << e.what() << "\n";
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("rejected-csv"))) {
        QFile csv(parser.value(QStringLiteral("rejected-csv")));
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "ltv import: cannot write " << csv.fileName() << "\n";
            return ExitFailure;
        }
        csv.write(report.rejectedToCsv().toUtf8());
    }
    if (report.failed()) {
        err << report.toText();
        return ExitNothingImported;
    }
    return report.rowsImported > 0 ? ExitOk : ExitNothingImported;
}

const CommandRegistration registration({QStringLiteral("import"),
                                        QStringLiteral("Import a transaction CSV into a project file"), configure,
                                        run});

} // namespace
} // namespace ltv::cli
