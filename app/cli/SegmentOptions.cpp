#include "SegmentOptions.h"

#include "Command.h"

#include "pipeline/DemoData.h"
#include "store/Project.h"

#include <QFile>

namespace ltv::cli {

namespace {
QString prefix(const QString &command)
{
    return QStringLiteral("ltv ") + command + QStringLiteral(": ");
}

// Reads a JSON settings file into *part with T::fromJson; false with a message on error.
template <typename T> bool readPart(const QString &path, T *part, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return false;
    }
    QString why;
    if (!T::fromJson(file.readAll(), part, &why)) {
        *error = path + QStringLiteral(": ") + why;
        return false;
    }
    return true;
}

QString origin(bool fromFile, const QString &file, bool saved)
{
    if (fromFile)
        return QStringLiteral("from ") + file;
    return saved ? QStringLiteral("saved in the project") : QStringLiteral("default");
}
} // namespace

void addBudgetOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("budget"), QStringLiteral("Total marketing budget (default 10000)."), QStringLiteral("amount"),
         QStringLiteral("10000")},
        {QStringLiteral("cost-per-contact"), QStringLiteral("Cost of one contact (default 0.5)."),
         QStringLiteral("amount"), QStringLiteral("0.5")},
        {QStringLiteral("margin"), QStringLiteral("Gross margin applied to incremental revenue, 0..1 (default 1)."),
         QStringLiteral("share"), QStringLiteral("1")},
    });
}

bool readBudgetOptions(const QCommandLineParser &parser, const QString &command, segments::BudgetOptions *budget,
                       QTextStream &err)
{
    bool okBudget = false, okCost = false, okMargin = false;
    budget->totalBudget = parser.value(QStringLiteral("budget")).toDouble(&okBudget);
    budget->costPerContact = parser.value(QStringLiteral("cost-per-contact")).toDouble(&okCost);
    budget->grossMargin = parser.value(QStringLiteral("margin")).toDouble(&okMargin);
    if (!okBudget || budget->totalBudget < 0) {
        err << prefix(command) << "--budget must be a number >= 0\n";
        return false;
    }
    if (!okCost || budget->costPerContact <= 0) {
        err << prefix(command) << "--cost-per-contact must be a number > 0\n";
        return false;
    }
    if (!okMargin || budget->grossMargin < 0 || budget->grossMargin > 1) {
        err << prefix(command) << "--margin must be a share within 0..1\n";
        return false;
    }
    return true;
}

void addSegmentInputOptions(QCommandLineParser &parser, bool withPlaybook)
{
    parser.addOptions({
        {QStringLiteral("project"), QStringLiteral("Project file (*.ltv) with imported transactions."),
         QStringLiteral("P.ltv")},
        {QStringLiteral("demo"), QStringLiteral("Use the bundled CDNOW sample instead of a project.")},
        {QStringLiteral("model"), QStringLiteral("BTYD model: bgnbd, mbgnbd or pnbd (with Gamma-Gamma spend)."),
         QStringLiteral("id"), QStringLiteral("bgnbd")},
        {QStringLiteral("as-of"), QStringLiteral("Last day of history (yyyy-MM-dd); default: the last transaction."),
         QStringLiteral("date")},
        {QStringLiteral("unit"), QStringLiteral("Model time unit: day, week or month (default week)."),
         QStringLiteral("unit"), QStringLiteral("week")},
        {QStringLiteral("horizon"), QStringLiteral("Prediction horizon in units (default 52)."), QStringLiteral("n"),
         QStringLiteral("52")},
        {QStringLiteral("rules"),
         QStringLiteral("RFM rule table (JSON) replacing the project's saved one or the default 11 segments."),
         QStringLiteral("file")},
        {QStringLiteral("grid"),
         QStringLiteral("Value x risk grid configuration (JSON) replacing the project's saved one or the default."),
         QStringLiteral("file")},
        {QStringLiteral("save-settings"),
         QStringLiteral("Save the rule table, grid and playbook given as files into the project.")},
    });
    if (withPlaybook)
        parser.addOption({QStringLiteral("playbook"),
                          QStringLiteral("Playbook (JSON) replacing the project's saved one or the default."),
                          QStringLiteral("file")});
}

int loadSegmentInput(const QCommandLineParser &parser, const QString &command, SegmentInput *input, QTextStream &err)
{
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo == parser.isSet(QStringLiteral("project"))) {
        err << prefix(command) << "give either --project P.ltv or --demo\n";
        return ExitUsage;
    }
    if (demo && parser.isSet(QStringLiteral("save-settings"))) {
        err << prefix(command) << "--save-settings needs --project\n";
        return ExitUsage;
    }
    input->model.modelId = parser.value(QStringLiteral("model"));
    bool okHorizon = false;
    input->model.horizon = parser.value(QStringLiteral("horizon")).toDouble(&okHorizon);
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &input->model.unit)) {
        err << prefix(command) << "--unit must be day, week or month\n";
        return ExitUsage;
    }
    if (!okHorizon || input->model.horizon <= 0) {
        err << prefix(command) << "--horizon must be a number of units > 0\n";
        return ExitUsage;
    }

    QStringList problems;
    try {
        if (demo) {
            input->transactions = pipeline::loadDemoTransactions();
        } else {
            store::Project project = store::Project::open(parser.value(QStringLiteral("project")), false);
            input->transactions = project.loadTransactionSet();
            input->settings = segments::loadSegmentSettings(project.database(), &problems);
        }
    } catch (const std::exception &e) {
        err << prefix(command) << e.what() << "\n";
        return ExitFailure;
    }
    if (input->transactions.empty()) {
        err << prefix(command) << "the data has no transactions\n";
        return ExitFailure;
    }
    input->asOf = input->transactions.dayRange().second;
    if (parser.isSet(QStringLiteral("as-of")) && !dayFromIso(parser.value(QStringLiteral("as-of")), &input->asOf)) {
        err << prefix(command) << "--as-of needs a date as yyyy-MM-dd\n";
        return ExitUsage;
    }

    QString error;
    const QString rulesFile = parser.value(QStringLiteral("rules"));
    const QString gridFile = parser.value(QStringLiteral("grid"));
    if ((!rulesFile.isEmpty() && !readPart(rulesFile, &input->settings.rfmRules, &error)) ||
        (!gridFile.isEmpty() && !readPart(gridFile, &input->settings.grid, &error))) {
        err << prefix(command) << error << "\n";
        return ExitUsage;
    }
    if (!gridFile.isEmpty() && !input->settings.savedValueRiskPlaybook)
        input->settings.valueRiskPlaybook = segments::defaultValueRiskPlaybook(input->settings.grid);
    // optionNames() lists only the options given, and never warns about one `ltv segment` lacks.
    if (parser.optionNames().contains(QStringLiteral("playbook"))) {
        const QString playbookFile = parser.value(QStringLiteral("playbook"));
        segments::Playbook playbook;
        if (!readPart(playbookFile, &playbook, &error)) {
            err << prefix(command) << error << "\n";
            return ExitUsage;
        }
        input->playbookFile = playbook;
    }
    input->settingsNotes = problems;
    input->settingsNotes << QStringLiteral("RFM rules: ") +
                                origin(!rulesFile.isEmpty(), rulesFile, input->settings.savedRfmRules)
                         << QStringLiteral("Value x risk grid: ") +
                                origin(!gridFile.isEmpty(), gridFile, input->settings.savedGrid);
    return ExitOk;
}

bool saveSettingsFromFiles(const QCommandLineParser &parser, const QString &command, const SegmentInput &input,
                           bool playbookIsValueRisk, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("save-settings")))
        return true;
    const bool rules = parser.isSet(QStringLiteral("rules"));
    const bool grid = parser.isSet(QStringLiteral("grid"));
    const bool playbook = input.playbookFile.has_value();
    if (!rules && !grid && !playbook) {
        err << prefix(command) << "--save-settings needs --rules, --grid or --playbook\n";
        return false;
    }
    try {
        store::Project project = store::Project::open(parser.value(QStringLiteral("project")), false);
        store::Transaction transaction(project.database());
        if (rules)
            segments::saveRfmRules(project.database(), input.settings.rfmRules);
        if (grid)
            segments::saveValueRiskGrid(project.database(), input.settings.grid);
        if (playbook && playbookIsValueRisk)
            segments::saveValueRiskPlaybook(project.database(), *input.playbookFile);
        else if (playbook)
            segments::saveRfmPlaybook(project.database(), *input.playbookFile);
        transaction.commit();
    } catch (const std::exception &e) {
        err << prefix(command) << e.what() << "\n";
        return false;
    }
    QStringList saved;
    if (rules)
        saved << QStringLiteral("RFM rules");
    if (grid)
        saved << QStringLiteral("value x risk grid");
    if (playbook)
        saved << (playbookIsValueRisk ? QStringLiteral("value x risk playbook") : QStringLiteral("RFM playbook"));
    out << "Saved in the project: " << saved.join(QStringLiteral(", ")) << "\n";
    return true;
}

} // namespace ltv::cli
