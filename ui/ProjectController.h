#pragma once
// Project actions of the window: new, open, save as, the demo project,
// importing a CSV (through the wizard), and opening dropped files.

#include <QObject>
#include <QString>

class QWidget;

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
    bool openProjectFile(const QString &path);
    void saveProjectAs();
    // Builds the bundled demo project in the background, then opens it.
    void openDemo();
    // Starts the import wizard for csvPath (empty: the wizard asks). Without an
    // open project, first asks where to create one. Returns the wizard or nullptr.
    ImportWizard *importCsv(const QString &csvPath = {});
    // A dropped or command-line file: .ltv opens, anything else is imported.
    void openFile(const QString &path);

    // Where the demo project lives (in the user's application data folder).
    static QString demoProjectPath();

signals:
    void demoReady();
    void showPageRequested(const QString &pageId);
    void message(const QString &text);

private:
    ProjectSession *session_;
    JobRunner *runner_;
    QWidget *window_;
};

} // namespace ltv::ui
