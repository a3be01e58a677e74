// `ltv generate --customers N --out F.csv [--seed S]`: writes a synthetic
// Online-Retail-style transaction file (BG/NBD purchasing, Gamma-Gamma spend).

#include "Command.h"

#include "io/SyntheticRetail.h"
#include "pipeline/JobContext.h"

#include <QSaveFile>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Number of customers."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("CSV file to write."), QStringLiteral("F.csv")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (same seed, same file)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("max-lines"), QStringLiteral("Stop after this many data lines."), QStringLiteral("L")});
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    bool okCustomers = false, okSeed = false, okLines = true;
    io::SyntheticRetailOptions options;
    options.customers = parser.value(QStringLiteral("customers")).toLongLong(&okCustomers);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (parser.isSet(QStringLiteral("max-lines")))
        options.maxLines = parser.value(QStringLiteral("max-lines")).toLongLong(&okLines);
    if (!okCustomers || options.customers <= 0 || !okSeed || !okLines || !parser.isSet(QStringLiteral("out"))) {
        err << "ltv generate: usage: ltv generate --customers N --out F.csv [--seed S] [--max-lines L]\n";
        return ExitUsage;
    }
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly)) {
        err << "ltv generate: cannot write " << file.fileName() << ": " << file.errorString() << "\n";
        return ExitFailure;
    }
    const io::SyntheticRetailStats stats = io::writeSyntheticRetail(file, options, pipeline::JobContext());
    if (!file.commit()) {
        err << "ltv generate: cannot write " << file.fileName() << ": " << file.errorString() << "\n";
        return ExitFailure;
    }
    out << "Wrote " << stats.lines << " lines (" << stats.invoices << " invoices, " << stats.customers
        << " customers) to " << file.fileName() << "\n";
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("generate"),
                                        QStringLiteral("Write a synthetic Online-Retail-style transaction CSV"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
