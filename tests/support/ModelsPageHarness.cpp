#include "ModelsPageHarness.h"

#include "GuiThreadProbe.h"

#include "pipeline/DemoProject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace ltv::test {

QString createDemoProject(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio Tests"));
    const QString path = dir.filePath(QStringLiteral("demo.ltv"));
    pipeline::buildDemoProject(path, pipeline::JobContext());
    return path;
}

ModelsPageHarness::ModelsPageHarness(const QString &projectPath)
{
    if (session_.open(projectPath, false, &error_))
        page_ = std::make_unique<ui::ModelsPage>(&session_, &evaluation_, &runner_);
}

void ModelsPageHarness::useStandardWindow(const QStringList &models)
{
    Day end = 0;
    dayFromIso(QStringLiteral("1997-12-31"), &end);
    page_->setCalibrationEnd(end);
    page_->setHorizonWeeks(26);
    page_->setSelectedModels(models);
}

TrainingRun ModelsPageHarness::trainAndProbe(int timeoutMs)
{
    TrainingRun run;
    QElapsedTimer total;
    total.start();
    GuiThreadProbe probe;
    page_->train();
    run.started = page_->isTraining();
    run.finished = QTest::qWaitFor([this] { return !page_->isTraining(); }, timeoutMs);
    probe.stop();
    run.worstGapMs = probe.worstGapMs();
    run.worstBusyMs = probe.worstBusyMs();
    run.guiProblem = probe.problem();
    run.seconds = static_cast<double>(total.elapsed()) / 1000.0;
    return run;
}

} // namespace ltv::test
