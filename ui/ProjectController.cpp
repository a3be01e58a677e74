#include "ProjectController.h"

#include "ProjectSession.h"
#include "Settings.h"
#include "dialogs/ImportWizard.h"
#include "jobs/JobRunner.h"
#include "pipeline/DemoProject.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace ltv::ui {

namespace {
QString projectFilter()
{
    return ProjectController::tr("LTV Studio projects (*.ltv)");
}

QString withExtension(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ltv");
    return path;
}
} // namespace

ProjectController::ProjectController(ProjectSession *session, JobRunner *runner, QWidget *window)
    : QObject(window)
    , session_(session)
    , runner_(runner)
    , window_(window)
{}

QString ProjectController::demoProjectPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo-cdnow.ltv"));
}

void ProjectController::newProject()
{
    const QString path = withExtension(
        QFileDialog::getSaveFileName(window_, tr("New project"), QStringLiteral("project.ltv"), projectFilter()));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(window_, tr("New project"), tr("Cannot replace %1.").arg(path));
        return;
    }
    QString error;
    if (!session_->open(path, true, &error)) {
        QMessageBox::warning(window_, tr("New project"), error);
        return;
    }
    Settings::instance().addRecentProject(path);
    emit showPageRequested(QStringLiteral("data"));
}

void ProjectController::openProject()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open project"), QString(), projectFilter());
    if (!path.isEmpty())
        openProjectFile(path);
}

bool ProjectController::openProjectFile(const QString &path)
{
    QString error;
    if (!session_->open(path, false, &error)) {
        QMessageBox::warning(window_, tr("Open project"), error);
        Settings::instance().removeRecentProject(path);
        return false;
    }
    Settings::instance().addRecentProject(path);
    emit showPageRequested(QStringLiteral("data"));
    return true;
}

void ProjectController::saveProjectAs()
{
    if (!session_->isOpen())
        return;
    const QString path =
        withExtension(QFileDialog::getSaveFileName(window_, tr("Save project as"), session_->path(), projectFilter()));
    if (path.isEmpty())
        return;
    QString error;
    if (!session_->saveAs(path, &error)) {
        QMessageBox::warning(window_, tr("Save project as"), error);
        return;
    }
    Settings::instance().addRecentProject(path);
}

void ProjectController::openDemo()
{
    const QString path = demoProjectPath();
    runner_->run<bool>(
        QStringLiteral("demo"), tr("Building the demo project"),
        [path](const pipeline::JobContext &job) {
            pipeline::buildDemoProject(path, job);
            return true;
        },
        this,
        [this, path](bool) {
            if (openProjectFile(path))
                emit demoReady();
        },
        [this](const QString &error) {
            QMessageBox::warning(window_, tr("Demo project"), tr("The demo project could not be built: %1").arg(error));
        });
}

ImportWizard *ProjectController::importCsv(const QString &csvPath)
{
    if (!session_->isOpen()) {
        const QString suggestion = csvPath.isEmpty()
                                       ? QStringLiteral("project.ltv")
                                       : QFileInfo(csvPath).absoluteDir().filePath(
                                             QFileInfo(csvPath).completeBaseName() + QStringLiteral(".ltv"));
        const QString path = withExtension(
            QFileDialog::getSaveFileName(window_, tr("Create a project for the import"), suggestion, projectFilter()));
        if (path.isEmpty())
            return nullptr;
        QString error;
        if (!session_->open(path, true, &error)) {
            QMessageBox::warning(window_, tr("Import"), error);
            return nullptr;
        }
        Settings::instance().addRecentProject(path);
    }
    auto *wizard = new ImportWizard(session_->path(), runner_, window_);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!csvPath.isEmpty()) {
        wizard->setSourceFile(csvPath);
        wizard->setStartId(ImportWizard::FilePage);
    }
    connect(wizard, &ImportWizard::projectChanged, session_, &ProjectSession::notifyDataChanged);
    connect(wizard, &QWizard::finished, this, [this] { emit showPageRequested(QStringLiteral("data")); });
    wizard->open();
    if (!csvPath.isEmpty())
        wizard->next(); // straight to the preview
    return wizard;
}

void ProjectController::openFile(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("ltv"), Qt::CaseInsensitive) == 0)
        openProjectFile(path);
    else
        importCsv(path);
}

} // namespace ltv::ui
