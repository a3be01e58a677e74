#include "GuiThreadProbe.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace ltv::test {

double currentThreadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1.0e6;
}

GuiThreadProbe::GuiThreadProbe(bool startNow)
{
    timer_.setInterval(10);
    QObject::connect(&timer_, &QTimer::timeout, &timer_, [this] { tick(); });
    if (startNow)
        start();
}

void GuiThreadProbe::start()
{
    sinceLast_.start();
    lastCpuMs_ = currentThreadCpuMs();
    timer_.start();
}

void GuiThreadProbe::tick()
{
    worstGapMs_ = std::max(worstGapMs_, sinceLast_.restart());
    const double cpuMs = currentThreadCpuMs();
    worstBusyMs_ = std::max(worstBusyMs_, static_cast<qint64>(std::ceil(cpuMs - lastCpuMs_)));
    lastCpuMs_ = cpuMs;
}

QString GuiThreadProbe::problem() const
{
    if (worstBusyMs_ >= kMaxBusyMs)
        return QStringLiteral("the GUI thread worked %1 ms without serving its events").arg(worstBusyMs_);
    if (worstGapMs_ >= kMaxStallMs)
        return QStringLiteral("the GUI thread did not serve its events for %1 ms").arg(worstGapMs_);
    return {};
}

} // namespace ltv::test
