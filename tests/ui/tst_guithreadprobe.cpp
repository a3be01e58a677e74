// The probe the GUI suites use to prove the window stays responsive: it must
// catch work done on the GUI thread and a wait on it, and pass an idle loop.

#include "GuiThreadProbe.h"

#include <QTest>
#include <QThread>

#include <cmath>

class TestGuiThreadProbe : public QObject
{
    Q_OBJECT
private slots:
    void idleEventLoopPasses()
    {
        ltv::test::GuiThreadProbe probe;
        QTest::qWait(300);
        probe.stop();
        QVERIFY2(probe.problem().isEmpty(), qPrintable(probe.problem()));
        QVERIFY(probe.worstBusyMs() < ltv::test::GuiThreadProbe::kMaxBusyMs);
    }

    void catchesWorkOnTheGuiThread()
    {
        ltv::test::GuiThreadProbe probe;
        QTest::qWait(30);
        // 250 ms of computing on the GUI thread, as a slow slot would do. Counted
        // in the thread's CPU time, so a loaded machine cannot shorten it.
        const double start = ltv::test::currentThreadCpuMs();
        double sink = 0.0;
        while (ltv::test::currentThreadCpuMs() - start < 250.0)
            for (int i = 1; i < 10000; ++i)
                sink += std::sqrt(static_cast<double>(i));
        QVERIFY(sink > 0.0);
        QTest::qWait(30);
        probe.stop();
        QVERIFY2(probe.worstBusyMs() >= ltv::test::GuiThreadProbe::kMaxBusyMs,
                 qPrintable(QString::number(probe.worstBusyMs())));
        QVERIFY(probe.problem().contains(QStringLiteral("worked")));
    }

    void catchesAWaitOnTheGuiThread()
    {
        ltv::test::GuiThreadProbe probe;
        QTest::qWait(30);
        QThread::msleep(2100); // as a blocking lock or file wait would
        QTest::qWait(30);
        probe.stop();
        QVERIFY(probe.worstGapMs() >= ltv::test::GuiThreadProbe::kMaxStallMs);
        QVERIFY(probe.worstBusyMs() < ltv::test::GuiThreadProbe::kMaxBusyMs);
        QVERIFY(probe.problem().contains(QStringLiteral("did not serve")));
    }
};

QTEST_MAIN(TestGuiThreadProbe)
#include "tst_guithreadprobe.moc"
