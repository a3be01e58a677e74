#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace ltv::test {

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(LTV_TEST_DATA_DIR)).filePath(name);
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(LTV_SOURCE_DIR)).filePath(relative);
}

ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out or failed to start: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList &arguments, int timeoutMs)
{
    return runProgram(QStringLiteral(LTV_CLI_PATH), arguments, timeoutMs);
}

ProcessResult importIntoProject(const QString &file, const QString &project)
{
    return runCli({QStringLiteral("import"), file, QStringLiteral("--project"), project});
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace ltv::test
