#pragma once
// Options shared by `ltv segment` and `ltv recommend` (data source, BTYD
// model, as-of date, horizon, the RFM rule table, value x risk grid and
// playbook files), and the budget options they share with `ltv report` and
// `ltv demo`. The rule table, grid and playbooks are the project's saved ones
// unless a file replaces them.

#include "features/TransactionSet.h"
#include "segments/Budget.h"
#include "segments/ModelRun.h"
#include "segments/SegmentSettings.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ltv::cli {

// --budget, --cost-per-contact and --margin.
void addBudgetOptions(QCommandLineParser &parser);
// On a bad value writes "ltv <command>: ..." to err and returns false.
bool readBudgetOptions(const QCommandLineParser &parser, const QString &command, segments::BudgetOptions *budget,
                       QTextStream &err);

// --project/--demo, --model, --as-of, --unit, --horizon, --rules, --grid and
// --save-settings; with withPlaybook also --playbook.
void addSegmentInputOptions(QCommandLineParser &parser, bool withPlaybook);

struct SegmentInput
{
    features::TransactionSet transactions;
    Day asOf = 0;
    segments::ModelRunOptions model;
    // The project's saved settings (defaults with --demo), with --rules and
    // --grid applied. --playbook is kept apart: which playbook it replaces
    // depends on the segmentation the command uses.
    segments::SegmentSettings settings;
    std::optional<segments::Playbook> playbookFile;
    // One line per settings part saying where it came from, and any problem
    // reading the project's saved parts.
    QStringList settingsNotes;
};

// Loads and checks everything above. Returns ExitOk, or an exit code after
// writing "ltv <command>: ..." to err.
int loadSegmentInput(const QCommandLineParser &parser, const QString &command, SegmentInput *input, QTextStream &err);

// With --save-settings: writes the parts given as files (--rules, --grid and
// the playbook of the chosen segmentation) into the project. Returns false
// after writing to err when it cannot.
bool saveSettingsFromFiles(const QCommandLineParser &parser, const QString &command, const SegmentInput &input,
                           bool playbookIsValueRisk, QTextStream &out, QTextStream &err);

} // namespace ltv::cli
