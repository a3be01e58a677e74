#pragma once
// How long the GUI thread goes without serving its event loop: from
// construction until stop(), a 10 ms timer records the longest gap between
// two of its ticks. A responsive window keeps that gap small.

#include <QElapsedTimer>
#include <QTimer>

namespace ltv::test {

class GuiThreadProbe
{
public:
    GuiThreadProbe();

    void stop() { timer_.stop(); }
    qint64 worstGapMs() const { return worstGap_; }

private:
    QElapsedTimer sinceLast_;
    QTimer timer_;
    qint64 worstGap_ = 0;
};

} // namespace ltv::test
