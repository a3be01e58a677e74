#include "ProjectSession.h"

#include "store/Project.h"

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
        adopt(store::Project::open(absolute, create));
        return true;
    } catch (const std::exception &e) {
        *error = tr("Cannot open %1: %2").arg(absolute, QString::fromUtf8(e.what()));
        return false;
    }
}

void ProjectSession::adopt(store::Project project)
{
    path_ = QFileInfo(project.path()).absoluteFilePath();
    project_ = std::make_unique<store::Project>(std::move(project));
    ++revision_;
    emit projectChanged();
    emit dataChanged(revision_);
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

void ProjectSession::notifyDataChanged()
{
    if (!project_)
        return;
    // WAL: the next read on this connection sees everything the worker committed.
    ++revision_;
    emit dataChanged(revision_);
}

} // namespace ltv::ui
