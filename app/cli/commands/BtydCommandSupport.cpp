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
         QStringLiteral("Model: bgnbd, pnbd, mbgnbd, gg (BTYD), linear, xgboost, auto (ML), mlp-ziln, cnn or gru "
                        "(neural networks)."),
         QStringLiteral("id"), QStringLiteral("bgnbd")},
        {QStringLiteral("unit"), QStringLiteral("Model time unit: day, week or month."), QStringLiteral("unit"),
         QStringLiteral("week")},
    });
}

namespace {

const QString kAsOf = QStringLiteral("as-of");
const QString kCalibrationEnd = QStringLiteral("calibration-end");

QString aliasOf(const QString &primary)
{
    return primary == kAsOf ? kCalibrationEnd : kAsOf;
}

} // namespace

void addCutOption(QCommandLineParser &parser, const QString &primary)
{
    const QString description =
        primary == kAsOf
            ? QStringLiteral("Last day of history (yyyy-MM-dd): predictions are made as of this day. Alias: "
                             "--calibration-end.")
            : QStringLiteral("Last day of the calibration period (yyyy-MM-dd): the model sees nothing after it. "
                             "Alias: --as-of.");
    parser.addOption(QCommandLineOption({primary, aliasOf(primary)}, description, QStringLiteral("date")));
}

std::optional<BtydInput> loadBtydInput(const QCommandLineParser &parser, const QString &command,
                                       const QString &primaryCutName, QTextStream &err, int *exitCode)
{
    const QString prefix = QStringLiteral("ltv ") + command + QStringLiteral(": ");
    *exitCode = ExitUsage;
    BtydInput input;
    input.modelId = parser.value(QStringLiteral("model"));
    const models::ModelRegistry &registry = models::ModelRegistry::builtin();
    const QStringList usable = registry.ids(models::ModelFamily::Btyd) +
                               registry.ids(models::ModelFamily::MachineLearning) +
                               registry.ids(models::ModelFamily::NeuralNet);
    if (!usable.contains(input.modelId)) {
        err << prefix << "unknown --model " << input.modelId << " (" << usable.join(QStringLiteral(", ")) << ")";
        err << "\n";
        return std::nullopt;
    }
    features::SummaryOptions options;
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &options.unit)) {
        err << prefix << "--unit must be day, week or month\n";
        return std::nullopt;
    }
    // One option with two names: values() holds what either spelling gave.
    QStringList dates = parser.values(primaryCutName);
    dates.removeDuplicates();
    if (dates.size() > 1) {
        err << prefix << "--" << primaryCutName << " and its alias --" << aliasOf(primaryCutName)
            << " name the same day; they were given different dates (" << dates.join(QStringLiteral(", ")) << ")\n";
        return std::nullopt;
    }
    Day asOf = 0;
    if (dates.isEmpty() || !dayFromIso(dates.first(), &asOf)) {
        err << prefix << "give --" << primaryCutName << " (or --" << aliasOf(primaryCutName) << ") as yyyy-MM-dd\n";
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
