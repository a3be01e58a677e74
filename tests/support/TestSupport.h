#pragma once
// Helpers shared by the test suites: fixture paths and running the CLI.

#include <QString>
#include <QStringList>

namespace ltv::test {

// Absolute path of a fixture in tests/data.
QString dataPath(const QString &name);
// Absolute path of a file in the source tree.
QString sourcePath(const QString &relative);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the `ltv` CLI with arguments and waits (up to timeoutMs).
ProcessResult runCli(const QStringList &arguments, int timeoutMs = 120000);
// Runs any program.
ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
// Runs `ltv import <file> --project <project>`.
ProcessResult importIntoProject(const QString &file, const QString &project);

// The non-empty lines of a text file; none when it cannot be read.
QStringList readLines(const QString &path);

} // namespace ltv::test
