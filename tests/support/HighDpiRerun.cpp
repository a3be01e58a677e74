#include "HighDpiRerun.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

namespace ltv::test {

SuiteRerun rerunThisSuiteAtDpi(int dpi, const QStringList &testFunctions)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_FONT_DPI"), QString::number(dpi));
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), testFunctions);
    SuiteRerun rerun;
    rerun.finished = child.waitForFinished(600000);
    rerun.output = QString::fromUtf8(child.readAll());
    rerun.passed = rerun.finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    return rerun;
}

} // namespace ltv::test
