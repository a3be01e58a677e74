#include "jobs/BackgroundPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ltv::ui {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // Pool threads are reused: raise the niceness only on their first job.
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux the niceness is a per-thread attribute when addressed by thread id.
    if (currentThreadNiceness() < kBackgroundNiceness)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kBackgroundNiceness);
#endif
}

int currentThreadNiceness()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int niceness = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    return errno == 0 ? niceness : 0;
#else
    return 0;
#endif
}

} // namespace ltv::ui
