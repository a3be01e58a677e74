#pragma once
// Project actions of the window: new, open, save as, the demo project,
// importing a CSV (through the wizard), and opening dropped files.
//
// Every project is opened on a worker: another program (e.g. `ltv import`)
// may hold the file for seconds, and the window keeps painting meanwhile. The
// jobs panel shows the wait with Cancel; the cursor shows the busy state.

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace ltv::pipeline {
class JobContext;
}
namespace ltv::store {
class Project;
}

namespace ltv::ui {

class ImportWizard;
class JobRunner;
class ProjectSession;

class ProjectController : public QObject
{
    Q_OBJECT
public:
    ProjectController(ProjectSession *session, JobRunner *runner, QWidget *window);

    void newProject();
    void openProject();
    // Opens path in the background; projectOpened or openFailed follows
    // (nothing when the user cancels or opens another file meanwhile).
    void openProjectFile(const QString &path);
    bool isOpening() const { return openJob_ != 0; }
    void saveProjectAs();
    // Copies the open project to path in the background and switches to the copy.
    void saveProjectAsFile(const QString &path);
    // Builds the bundled demo project in the background, then opens it.
    void openDemo();
    // Starts the import wizard for csvPath (empty: the wizard asks) and returns
    // it. Without an open project, first asks where to create one, opens it in
    // the background, starts the wizard then and returns nullptr.
    ImportWizard *importCsv(const QString &csvPath = {});
    // A dropped or command-line file: .ltv opens, anything else is imported.
    void openFile(const QString &path);

    // Where the demo project lives (in the user's application data folder).
    static QString demoProjectPath();

signals:
    void demoReady();
    void projectOpened(const QString &path);
    // message says in words why (shown in a message box too).
    void openFailed(const QString &path, const QString &message);
    void openingChanged(bool opening);
    void showPageRequested(const QString &pageId);
    void message(const QString &text);

private:
    // Opens (create: creates) path on a worker; onOpened runs on the GUI thread
    // after the session switched to it. dialogTitle titles the error box.
    void openInBackground(const QString &path, bool create, const QString &dialogTitle, std::function<void()> onOpened);
    // Runs open on a worker with the busy state shown; on success the session
    // switches to its project (at absolutePath) and onOpened runs; on failure
    // failure.arg(file name, error) is reported.
    void runInBackground(const QString &absolutePath, const QString &jobTitle, const QString &dialogTitle,
                         const QString &failure, std::function<store::Project(const pipeline::JobContext &)> open,
                         std::function<void()> onOpened);
    void reportOpenFailure(const QString &path, const QString &dialogTitle, const QString &message);
    void warn(const QString &title, const QString &text);
    ImportWizard *startImportWizard(const QString &csvPath);

    ProjectSession *session_;
    JobRunner *runner_;
    QWidget *window_;
    quint64 openJob_ = 0; // the running open, 0 when none
};

} // namespace ltv::ui
