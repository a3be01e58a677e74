#include "GuiThreadProbe.h"

#include <algorithm>

namespace ltv::test {

GuiThreadProbe::GuiThreadProbe()
{
    sinceLast_.start();
    timer_.setInterval(10);
    QObject::connect(&timer_, &QTimer::timeout, &timer_,
                     [this] { worstGap_ = std::max(worstGap_, sinceLast_.restart()); });
    timer_.start();
}

} // namespace ltv::test
