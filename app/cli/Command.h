#pragma once
// A subcommand of the `ltv` tool. Each lives in commands/<name>.cpp and
// registers itself with a static CommandRegistration.

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace ltv::cli {

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitNothingImported = 3, ExitCancelled = 130 };

struct Command
{
    QString name;
    QString summary; // one line for `ltv --help`
    // Adds the command's options and positional arguments to the parser.
    std::function<void(QCommandLineParser &)> configure;
    // Runs with parsed arguments; returns an ExitCode.
    std::function<int(const QCommandLineParser &, QTextStream &out, QTextStream &err)> run;
};

std::vector<Command> &commandRegistry();

struct CommandRegistration
{
    explicit CommandRegistration(Command command) { commandRegistry().push_back(std::move(command)); }
};

} // namespace ltv::cli
