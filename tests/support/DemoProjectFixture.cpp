#include "DemoProjectFixture.h"

#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace ltv::test {

QString buildDemoProjectIn(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    pipeline::buildDemoProject(path, pipeline::JobContext());
    return path;
}

void useClearedTestSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio Tests"));
    QSettings().clear();
}

} // namespace ltv::test
