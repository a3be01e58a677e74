#include "ProjectSession.h"

#include "store/Project.h"
#include "store/Sqlite.h"

#include <QFile>
#include <QFileInfo>

#include <exception>

namespace ltv::ui {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::displayName() const
{
    return QFileInfo(path_).fileName();
}

bool ProjectSession::open(const QString &path, bool create, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!create && !QFileInfo::exists(absolute)) {
        *error = tr("The project file %1 does not exist.").arg(absolute);
        return false;
    }
    try {
        auto project = std::make_unique<store::Project>(store::Project::open(absolute, create));
        project_ = std::move(project);
        path_ = absolute;
        ++revision_;
        emit projectChanged();
        emit dataChanged(revision_);
        return true;
    } catch (const std::exception &e) {
        *error = tr("Cannot open %1: %2").arg(absolute, QString::fromUtf8(e.what()));
        return false;
    }
}

void ProjectSession::close()
{
    if (!project_)
        return;
    project_.reset();
    path_.clear();
    ++revision_;
    emit projectChanged();
    emit dataChanged(revision_);
}

bool ProjectSession::saveAs(const QString &path, QString *error)
{
    if (!project_) {
        *error = tr("No project is open.");
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == path_)
        return true;
    try {
        if (QFileInfo::exists(target) && !QFile::remove(target)) {
            *error = tr("Cannot replace %1.").arg(target);
            return false;
        }
        // VACUUM INTO writes a consistent, compacted copy even while WAL holds recent pages.
        auto statement = project_->database().prepare("VACUUM INTO ?1");
        statement.bind(1, target);
        statement.execute();
    } catch (const std::exception &e) {
        *error = tr("Cannot save %1: %2").arg(target, QString::fromUtf8(e.what()));
        return false;
    }
    return open(target, false, error);
}

void ProjectSession::notifyDataChanged()
{
    if (!project_)
        return;
    // WAL: the next read on this connection sees everything the worker committed.
    ++revision_;
    emit dataChanged(revision_);
}

} // namespace ltv::ui
