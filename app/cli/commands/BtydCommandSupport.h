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

// Adds --project, --demo, --model and --unit. --model takes a BTYD or ML model id.
void addBtydInputOptions(QCommandLineParser &parser);

struct BtydInput
{
    features::TransactionSet transactions;
    features::CustomerSummary summary;
    QString modelId;
    QString source; // "project <path>" or "demo data"
};

// Loads transactions and summarises them as of the date in option `dateOption`.
// Prints a message to err and returns nullopt on bad input (exit code in *exitCode).
std::optional<BtydInput> loadBtydInput(const QCommandLineParser &parser, const QString &command,
                                       const QString &dateOption, QTextStream &err, int *exitCode);

// "52w", "12m", "90d" or a bare number in `fallback` units.
bool parseHorizon(const QString &text, TimeUnit fallback, double *value, TimeUnit *unit);

} // namespace ltv::cli
