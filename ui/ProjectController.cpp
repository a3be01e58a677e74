#include "ProjectController.h"

#include "ProjectSession.h"
#include "Settings.h"
#include "dialogs/ImportWizard.h"
#include "jobs/JobRunner.h"
#include "pipeline/DemoProject.h"
#include "store/Project.h"
#include "store/ProjectCopy.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

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
{
    connect(runner_, &JobRunner::jobFinished, this, [this](quint64 id) {
        if (id != openJob_)
            return;
        openJob_ = 0;
        QGuiApplication::restoreOverrideCursor();
        emit openingChanged(false);
    });
}

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
        warn(tr("New project"), tr("Cannot replace %1.").arg(path));
        return;
    }
    openInBackground(path, true, tr("New project"), [this] { emit showPageRequested(QStringLiteral("data")); });
}

void ProjectController::openProject()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open project"), QString(), projectFilter());
    if (!path.isEmpty())
        openProjectFile(path);
}

void ProjectController::openProjectFile(const QString &path)
{
    openInBackground(path, false, tr("Open project"), [this] { emit showPageRequested(QStringLiteral("data")); });
}

void ProjectController::openInBackground(const QString &path, bool create, const QString &dialogTitle,
                                         std::function<void()> onOpened)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!create && !QFileInfo::exists(absolute)) {
        Settings::instance().removeRecentProject(path);
        reportOpenFailure(absolute, dialogTitle, tr("The project file %1 does not exist.").arg(absolute));
        return;
    }
    runInBackground(
        absolute, tr("Opening %1").arg(QFileInfo(absolute).fileName()), dialogTitle, tr("Cannot open %1: %2"),
        [absolute, create](const pipeline::JobContext &job) { return store::Project::open(absolute, create, job); },
        std::move(onOpened));
}

void ProjectController::runInBackground(const QString &absolute, const QString &jobTitle, const QString &dialogTitle,
                                        const QString &failure,
                                        std::function<store::Project(const pipeline::JobContext &)> open,
                                        std::function<void()> onOpened)
{
    if (openJob_ == 0) {
        // BusyCursor, not WaitCursor: the window still takes clicks (Cancel).
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        emit openingChanged(true);
    }
    // One key for every open: opening another file meanwhile cancels this one.
    openJob_ = runner_->run<std::shared_ptr<store::Project>>(
        QStringLiteral("open-project"), jobTitle,
        [open = std::move(open)](const pipeline::JobContext &job) {
            return std::make_shared<store::Project>(open(job));
        },
        this,
        [this, absolute, onOpened = std::move(onOpened)](std::shared_ptr<store::Project> project) {
            session_->adopt(std::move(*project));
            Settings::instance().addRecentProject(absolute);
            emit projectOpened(absolute);
            if (onOpened)
                onOpened();
        },
        [this, absolute, dialogTitle, failure](const QString &error) {
            // The file stays in the recent list: it exists, it was only busy or unreadable now.
            reportOpenFailure(absolute, dialogTitle, failure.arg(QFileInfo(absolute).fileName(), error));
        });
}

void ProjectController::reportOpenFailure(const QString &path, const QString &dialogTitle, const QString &message)
{
    emit openFailed(path, message);
    warn(dialogTitle, message);
}

void ProjectController::warn(const QString &title, const QString &text)
{
    // Window-modal and asynchronous: no nested event loop inside a job's result callback.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window_);
    box->setObjectName(QStringLiteral("projectWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProjectController::saveProjectAs()
{
    if (!session_->isOpen())
        return;
    const QString path =
        withExtension(QFileDialog::getSaveFileName(window_, tr("Save project as"), session_->path(), projectFilter()));
    if (!path.isEmpty())
        saveProjectAsFile(path);
}

void ProjectController::saveProjectAsFile(const QString &path)
{
    if (!session_->isOpen())
        return;
    const QString source = session_->path();
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == source)
        return;
    // Copies from its own connection on a worker, then switches to the copy
    // like any other open: busy state, Cancel and the error in words.
    runInBackground(target, tr("Saving %1").arg(QFileInfo(target).fileName()), tr("Save project as"),
                    tr("Cannot save %1: %2"),
                    [source, target](const pipeline::JobContext &job) {
                        store::copyProject(source, target, job);
                        return store::Project::open(target, false, job);
                    },
                    {});
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
            openInBackground(path, false, tr("Demo project"), [this] {
                emit showPageRequested(QStringLiteral("data"));
                emit demoReady();
            });
        },
        [this](const QString &error) {
            warn(tr("Demo project"), tr("The demo project could not be built: %1").arg(error));
        });
}

ImportWizard *ProjectController::importCsv(const QString &csvPath)
{
    if (session_->isOpen())
        return startImportWizard(csvPath);
    const QString suggestion =
        csvPath.isEmpty()
            ? QStringLiteral("project.ltv")
            : QFileInfo(csvPath).absoluteDir().filePath(QFileInfo(csvPath).completeBaseName() + QStringLiteral(".ltv"));
    const QString path = withExtension(
        QFileDialog::getSaveFileName(window_, tr("Create a project for the import"), suggestion, projectFilter()));
    if (!path.isEmpty())
        openInBackground(path, true, tr("Import"), [this, csvPath] { startImportWizard(csvPath); });
    return nullptr;
}

ImportWizard *ProjectController::startImportWizard(const QString &csvPath)
{
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
