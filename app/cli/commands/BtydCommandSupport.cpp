#include "BtydCommandSupport.h"

#include "Command.h"
#include "features/Summarize.h"
#include "models/ModelRegistry.h"
#include "pipeline/DemoData.h"
#include "store/Project.h"

#include <QFileInfo>

#include <exception>

namespace ltv::cli {

void addBtydInputOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("project"), QStringLiteral("Project file (*.ltv) with imported transactions."),
         QStringLiteral("file")},
        {QStringLiteral("demo"), QStringLiteral("Use the bundled CDNOW sample instead of a project.")},
        {QStringLiteral("model"),
         QStringLiteral("Model: bgnbd, pnbd, mbgnbd, gg (BTYD), linear, xgboost or auto (ML)."), QStringLiteral("id"),
         QStringLiteral("bgnbd")},
        {QStringLiteral("unit"), QStringLiteral("Model time unit: day, week or month."), QStringLiteral("unit"),
         QStringLiteral("week")},
    });
}

std::optional<BtydInput> loadBtydInput(const QCommandLineParser &parser, const QString &command,
                                       const QString &dateOption, QTextStream &err, int *exitCode)
{
    const QString prefix = QStringLiteral("ltv ") + command + QStringLiteral(": ");
    *exitCode = ExitUsage;
    BtydInput input;
    input.modelId = parser.value(QStringLiteral("model"));
    const models::ModelRegistry &registry = models::ModelRegistry::builtin();
    const QStringList usable =
        registry.ids(models::ModelFamily::Btyd) + registry.ids(models::ModelFamily::MachineLearning);
    if (!usable.contains(input.modelId)) {
        err << prefix << "unknown --model " << input.modelId << " (" << usable.join(QStringLiteral(", ")) << ")";
        if (registry.contains(input.modelId))
            err << "; neural-network models are not supported by ltv fit and ltv predict";
        err << "\n";
        return std::nullopt;
    }
    features::SummaryOptions options;
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &options.unit)) {
        err << prefix << "--unit must be day, week or month\n";
        return std::nullopt;
    }
    Day asOf = 0;
    if (!parser.isSet(dateOption) || !dayFromIso(parser.value(dateOption), &asOf)) {
        err << prefix << "give --" << dateOption << " as yyyy-MM-dd\n";
        return std::nullopt;
    }
    *exitCode = ExitFailure;
    try {
        if (parser.isSet(QStringLiteral("demo"))) {
            input.transactions = pipeline::loadDemoTransactions();
            input.source = QStringLiteral("demo data (CDNOW 1/10 sample)");
        } else if (parser.isSet(QStringLiteral("project"))) {
            const QString path = parser.value(QStringLiteral("project"));
            if (!QFileInfo::exists(path)) {
                err << prefix << "no project file " << path << "\n";
                return std::nullopt;
            }
            const store::Project project = store::Project::open(path, false);
            input.transactions = project.loadTransactionSet();
            input.source = QStringLiteral("project ") + path;
        } else {
            *exitCode = ExitUsage;
            err << prefix << "give --project FILE or --demo\n";
            return std::nullopt;
        }
        if (!features::isSortedByCustomerAndDay(input.transactions))
            input.transactions.sortByCustomerAndDay();
        input.summary = features::summarize(input.transactions, asOf, options);
    } catch (const std::exception &e) {
        err << prefix << e.what() << "\n";
        return std::nullopt;
    }
    if (input.summary.size() == 0) {
        err << prefix << "no customers with a purchase on or before " << isoFromDay(asOf) << "\n";
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return input;
}

bool parseHorizon(const QString &text, TimeUnit fallback, double *value, TimeUnit *unit)
{
    QString number = text.trimmed();
    *unit = fallback;
    if (!number.isEmpty() && number.back().isLetter()) {
        if (!parseTimeUnit(number.right(1), unit))
            return false;
        number.chop(1);
    }
    bool ok = false;
    *value = number.toDouble(&ok);
    return ok && *value > 0.0;
}

} // namespace ltv::cli
