#pragma once
// The application window: a navigation list on the left and one page per
// task on the right. Pages own their content; this class only wires them.

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QActionGroup;
class QMenu;
class QAction;

namespace ltv::ui {

class DataPage;
class EvaluationSession;
class ModelsPage;
class JobRunner;
class ProjectController;
class ProjectSession;
class WelcomePage;
class JobsPanel;
namespace report {
class ReportExporter;
struct ReportOutput;
} // namespace report

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Stable page ids: "welcome", "data", "models", "evaluation", "segments", "recommendations", "customers".
    static QStringList pageIds();
    bool showPage(const QString &id);
    QString currentPageId() const;
    QWidget *page(const QString &id) const;
    JobRunner *jobRunner() const { return jobRunner_; }
    ProjectSession *session() const { return session_; }
    EvaluationSession *evaluation() const { return evaluation_; }
    ProjectController *projects() const { return projects_; }
    QAction *exportReportAction() const { return exportReportAction_; }
    report::ReportExporter *reportExporter() const { return reportExporter_; }

    // Writes the report of the open project to pdfPath and an HTML folder next
    // to it, with the settings of the Models page; the analysis runs in the background.
    void exportReportTo(const QString &pdfPath);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    // The real page for an id, or nullptr where a placeholder still stands.
    QWidget *createPage(const QString &id);
    void createMenus();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();
    void exportReport(); // asks for the PDF path
    void updateActions();
    // Names the models of the current comparison again in the new language.
    void renameComparedModels();
    void reportWritten(const report::ReportOutput &output);
    void reportFailed(const QString &message);

    // Asks before closing while jobs run; returns true when the window may close.
    bool confirmCloseWithRunningJobs();

    void updateRecentMenu();

    JobRunner *jobRunner_;
    ProjectSession *session_;
    ProjectController *projects_;
    EvaluationSession *evaluation_;
    JobsPanel *jobsPanel_;
    WelcomePage *welcomePage_ = nullptr;
    DataPage *dataPage_ = nullptr;
    ModelsPage *modelsPage_ = nullptr;
    QMenu *recentMenu_ = nullptr;
    QAction *newAction_ = nullptr;
    QAction *openAction_ = nullptr;
    QAction *saveAsAction_ = nullptr;
    QAction *importAction_ = nullptr;
    QAction *demoAction_ = nullptr;
    QAction *exportReportAction_ = nullptr;
    report::ReportExporter *reportExporter_;
    QAction *preferencesAction_ = nullptr;
    QListWidget *navigation_;
    QStackedWidget *stack_;
    QMenu *fileMenu_ = nullptr;
    QMenu *viewMenu_ = nullptr;
    QMenu *languageMenu_ = nullptr;
    QMenu *helpMenu_ = nullptr;
    QAction *quitAction_ = nullptr;
    QAction *aboutAction_ = nullptr;
    QActionGroup *languageGroup_ = nullptr;
    QList<QAction *> pageActions_;
};

} // namespace ltv::ui
