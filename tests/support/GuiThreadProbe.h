#pragma once
// How long the GUI thread is kept from its event loop. A 10 ms timer ticks on
// it and records, between two ticks, the wall time that passed and the CPU
// time the GUI thread itself spent. That CPU time is what the program costs
// the window. Wall time also grows when a shared machine schedules other work,
// so it only bounds gross stalls (a wait on a lock or a file on the GUI thread).

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

namespace ltv::test {

// CPU time the calling thread has used, in milliseconds.
double currentThreadCpuMs();

class GuiThreadProbe
{
public:
    static constexpr qint64 kMaxBusyMs = 100;   // GUI-thread work between two ticks
    static constexpr qint64 kMaxStallMs = 2000; // wall time between two ticks

    explicit GuiThreadProbe(bool startNow = true);

    void start();
    void stop() { timer_.stop(); }
    bool isActive() const { return timer_.isActive(); }
    QTimer *timer() { return &timer_; }

    qint64 worstGapMs() const { return worstGapMs_; }
    qint64 worstBusyMs() const { return worstBusyMs_; }
    // Empty while the window stayed responsive, else what was too long.
    QString problem() const;

private:
    void tick();

    QElapsedTimer sinceLast_;
    double lastCpuMs_ = 0.0;
    QTimer timer_;
    qint64 worstGapMs_ = 0;
    qint64 worstBusyMs_ = 0;
};

} // namespace ltv::test
