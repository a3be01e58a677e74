#include "store/ProjectCopy.h"

#include "features/Translation.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace ltv::store {

namespace {
QString tr(const char *text)
{
    return translateIn({"ltv::store"}, text);
}

// SQLite's progress handler: non-zero interrupts the running statement.
int interruptWhenCancelled(void *data)
{
    return static_cast<const pipeline::JobContext *>(data)->isCancelled() ? 1 : 0;
}
} // namespace

void copyProject(const QString &source, const QString &target, const pipeline::JobContext &job)
{
    if (QFileInfo::exists(target) && !QFile::remove(target))
        throw SqlError(tr("Cannot replace %1.").arg(target).toStdString(), SQLITE_CANTOPEN);
    Project project = Project::open(source, false, job);
    job.setProgress(0.0, tr("Writing %1").arg(QFileInfo(target).fileName()));
    // Checked every few thousand virtual-machine steps: Cancel stops a copy of gigabytes at once.
    sqlite3_progress_handler(project.database().handle(), 4096, &interruptWhenCancelled,
                             const_cast<void *>(static_cast<const void *>(&job)));
    try {
        // VACUUM INTO writes a consistent, compacted copy even while WAL holds recent pages.
        auto statement = project.database().prepare("VACUUM INTO ?1");
        statement.bind(1, target);
        statement.execute();
    } catch (const SqlError &) {
        QFile::remove(target);
        job.throwIfCancelled();
        throw;
    }
    sqlite3_progress_handler(project.database().handle(), 0, nullptr, nullptr);
    job.setProgress(1.0);
}

} // namespace ltv::store
