// JobRunner: results on the GUI thread, latest request wins, cancel, errors,
// and a GUI thread that stays responsive while a long job runs.

#include "GuiThreadProbe.h"
#include "jobs/BackgroundPriority.h"
#include "jobs/JobRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <utility>

using ltv::pipeline::JobContext;
using ltv::ui::currentThreadNiceness;
using ltv::ui::JobRunner;
using ltv::ui::kBackgroundNiceness;

namespace {
// Busy work that reports progress and checks for cancellation, like core code does.
int countTo(const JobContext &job, int steps, int sleepMs)
{
    for (int i = 0; i < steps; ++i) {
        job.throwIfCancelled();
        QThread::msleep(static_cast<unsigned long>(sleepMs));
        job.setProgress(double(i + 1) / steps, QStringLiteral("step"));
    }
    return steps;
}
} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT
private slots:
    void deliversResultOnGuiThread()
    {
        JobRunner runner;
        QObject receiver;
        int result = 0;
        QThread *deliveredOn = nullptr;
        QThread *workedOn = nullptr;
        QSignalSpy progress(&runner, &JobRunner::jobProgress);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        runner.run<int>(
            QStringLiteral("count"), QStringLiteral("Counting"),
            [&](const JobContext &job) {
                workedOn = QThread::currentThread();
                return countTo(job, 5, 10);
            },
            &receiver,
            [&](int value) {
                result = value;
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(runner.isRunning());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(result, 5);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(finished.at(0).at(1).value<JobRunner::Outcome>(), JobRunner::Outcome::Succeeded);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(1).toDouble(), 1.0);
        QVERIFY(!runner.isRunning());
    }

    void latestRequestWins()
    {
        JobRunner runner;
        QObject receiver;
        QList<int> delivered;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        const auto first = runner.run<int>(
            QStringLiteral("train"), QStringLiteral("Slow"),
            [](const JobContext &job) { return countTo(job, 40, 10) + 1000; }, &receiver,
            [&](int v) { delivered << v; });
        const auto second = runner.run<int>(
            QStringLiteral("train"), QStringLiteral("Fast"), [](const JobContext &job) { return countTo(job, 2, 5); },
            &receiver, [&](int v) { delivered << v; });
        QVERIFY(first != second);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(delivered, QList<int>{2});
        // The first was cancelled when the second started.
        for (const auto &args : finished)
            if (args.at(0).toULongLong() == first)
                QVERIFY(args.at(1).value<JobRunner::Outcome>() != JobRunner::Outcome::Succeeded);
    }

    void cancelStopsTheJob()
    {
        JobRunner runner;
        QObject receiver;
        bool delivered = false;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        const auto id = runner.run<int>(
            QString(), QStringLiteral("Long"), [](const JobContext &job) { return countTo(job, 1000, 10); }, &receiver,
            [&](int) { delivered = true; });
        QTest::qWait(50);
        runner.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        QCOMPARE(finished.at(0).at(1).value<JobRunner::Outcome>(), JobRunner::Outcome::Cancelled);
        QVERIFY(!delivered);
    }

    // The work has ended and its result waits in the event queue when Cancel
    // comes: the result is still dropped, as the user asked.
    void cancelAfterTheWorkEndedDropsTheResult()
    {
        JobRunner runner;
        QObject receiver;
        bool delivered = false;
        std::atomic<bool> workEnded = false;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        const auto id = runner.run<int>(
            QString(), QStringLiteral("Quick"),
            [&workEnded](const JobContext &) {
                workEnded = true;
                return 1;
            },
            &receiver, [&](int) { delivered = true; });
        // No event processing here, so the delivery cannot run before the cancel.
        while (!workEnded)
            std::this_thread::yield();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        runner.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        QCOMPARE(finished.at(0).at(1).value<JobRunner::Outcome>(), JobRunner::Outcome::Cancelled);
        QVERIFY(!delivered);
    }

    void errorsReachTheErrorHandler()
    {
        JobRunner runner;
        QObject receiver;
        QString error;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        runner.run<int>(
            QString(), QStringLiteral("Broken"),
            [](const JobContext &) -> int { throw std::runtime_error("file.csv:3:2: bad date"); }, &receiver,
            [](int) {}, [&](const QString &message) { error = message; });
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(error, QStringLiteral("file.csv:3:2: bad date"));
        QCOMPARE(finished.at(0).at(1).value<JobRunner::Outcome>(), JobRunner::Outcome::Failed);
    }

    void deadReceiverGetsNothing()
    {
        JobRunner runner;
        auto *receiver = new QObject;
        bool delivered = false;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        runner.run<int>(
            QString(), QStringLiteral("Orphan"), [](const JobContext &job) { return countTo(job, 5, 10); }, receiver,
            [&](int) { delivered = true; });
        delete receiver;
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!delivered);
    }

    void guiThreadStaysResponsive()
    {
        // A CPU-bound job with frequent progress reports must not starve the GUI thread.
        JobRunner runner;
        QObject receiver;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        runner.run<double>(
            QString(), QStringLiteral("Spin"),
            [](const JobContext &job) {
                double acc = 0;
                QElapsedTimer t;
                t.start();
                long i = 0;
                while (t.elapsed() < 1500) {
                    acc += 1.0 / double(++i);
                    if (i % 1000 == 0) {
                        job.throwIfCancelled();
                        job.setProgress(double(t.elapsed()) / 1500.0);
                    }
                }
                return acc;
            },
            &receiver, [](double) {});
        ltv::test::GuiThreadProbe probe;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        probe.stop();
        QVERIFY2(probe.problem().isEmpty(), qPrintable(probe.problem()));
    }

    void jobsRunBelowTheGuiThreadsPriority()
    {
        // Linux: jobs and the threads they start yield the CPU to the GUI thread.
        const int guiNiceness = currentThreadNiceness();
        JobRunner runner;
        QObject receiver;
        std::pair<int, int> seen{-100, -100};
        runner.run<std::pair<int, int>>(
            QString(), QStringLiteral("Niceness"),
            [](const JobContext &) {
                int child = -100;
                std::thread worker([&child] { child = currentThreadNiceness(); });
                worker.join();
                return std::pair<int, int>{currentThreadNiceness(), child};
            },
            &receiver, [&](std::pair<int, int> niceness) { seen = niceness; });
        QTRY_VERIFY(seen.first != -100);
        QCOMPARE(seen.first, std::max(guiNiceness, kBackgroundNiceness));
        QCOMPARE(seen.second, seen.first);
        QVERIFY(seen.first > guiNiceness || guiNiceness >= kBackgroundNiceness);
    }

    void destructionCancelsRunningJobs()
    {
        QObject receiver;
        std::atomic<bool> sawCancel{false};
        {
            JobRunner runner;
            runner.run<int>(
                QString(), QStringLiteral("Forever"),
                [&](const JobContext &job) {
                    while (!job.isCancelled())
                        QThread::msleep(5);
                    sawCancel = true;
                    return 0;
                },
                &receiver, [](int) {});
            QTest::qWait(30);
        }
        QVERIFY(sawCancel);
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
