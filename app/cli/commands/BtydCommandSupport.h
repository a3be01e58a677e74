#pragma once
// Shared by `ltv fit` and `ltv predict`: loading transactions (project or the
// bundled demo), the customer summary at a date, and option parsing.

#include "features/CustomerSummary.h"
#include "features/TransactionSet.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <optional>

namespace ltv::cli {

// Adds --project, --demo, --model and --unit. --model takes any registered
// model id: BTYD, ML (and auto) or a neural network.
void addBtydInputOptions(QCommandLineParser &parser);

// The last day of history a command reads. `ltv fit` documents it as
// --calibration-end and `ltv predict` as --as-of; both commands accept either
// spelling (the other one is an alias). `primary` is the documented name.
void addCutOption(QCommandLineParser &parser, const QString &primary);

struct BtydInput
{
    features::TransactionSet transactions;
    features::CustomerSummary summary;
    QString modelId;
    QString source; // "project <path>" or "demo data"
};

// Loads transactions and summarises them as of the cut (addCutOption; both
// spellings given with different dates is a usage error). Prints a message to
// err and returns nullopt on bad input (exit code in *exitCode).
std::optional<BtydInput> loadBtydInput(const QCommandLineParser &parser, const QString &command,
                                       const QString &primaryCutName, QTextStream &err, int *exitCode);

// "52w", "12m", "90d" or a bare number in `fallback` units.
bool parseHorizon(const QString &text, TimeUnit fallback, double *value, TimeUnit *unit);

} // namespace ltv::cli
