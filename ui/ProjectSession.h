#pragma once
// The project open in the window: its file, a read connection for the GUI
// thread, and a revision number that bumps whenever its data changes (after
// an import), so pages know to refresh. Workers open their own connection to
// the same file (SQLite in WAL mode lets them read and write alongside).

#include <QObject>
#include <QString>

#include <memory>

namespace ltv::store {
class Project;
}

namespace ltv::ui {

class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    bool isOpen() const { return project_ != nullptr; }
    QString path() const { return path_; }
    QString displayName() const; // file name without folder
    // The GUI thread's connection; only valid while isOpen().
    store::Project &project() const { return *project_; }
    int revision() const { return revision_; }

    // Opens (create = true: creates) a project file on the calling thread. On
    // failure returns false, keeps the current project open and fills *error.
    // It may wait up to 5 s for another program's lock: the window opens
    // projects through ProjectController, which calls this from a worker instead.
    bool open(const QString &path, bool create, QString *error);
    // Makes a project opened elsewhere (on a worker) the open one.
    void adopt(store::Project project);
    void close();
    // Call after a worker changed the file: reopens the read view and bumps the revision.
    void notifyDataChanged();

signals:
    void projectChanged(); // opened, closed or switched
    void dataChanged(int revision);

private:
    QString path_;
    std::unique_ptr<store::Project> project_;
    int revision_ = 0;
};

} // namespace ltv::ui
