// JobContext: progress mapping through sub-tasks, events and cancellation.

#include "pipeline/JobContext.h"

#include <QTest>

using ltv::pipeline::Cancelled;
using ltv::pipeline::JobContext;

class TestJobContext : public QObject
{
    Q_OBJECT
private slots:
    void progressMapsThroughSubTasks()
    {
        QList<double> seen;
        JobContext job([&](double f, const QString &) { seen << f; });
        job.setProgress(0.5);
        const JobContext second = job.subTask(0.5, 1.0);
        second.setProgress(0.0);
        second.setProgress(0.5);
        second.subTask(0.0, 0.5).setProgress(1.0);
        job.setProgress(2.0); // clamped
        QCOMPARE(seen, (QList<double>{0.5, 0.5, 0.75, 0.75, 1.0}));
    }

    void cancelIsSharedWithSubTasks()
    {
        JobContext job;
        const JobContext child = job.subTask(0.2, 0.4);
        QVERIFY(!child.isCancelled());
        job.cancel();
        QVERIFY(child.isCancelled());
        QVERIFY_THROWS_EXCEPTION(Cancelled, child.throwIfCancelled());
    }

    void eventsReachTheCallback()
    {
        QString kind;
        QVariantMap data;
        JobContext job({}, [&](const QString &k, const QVariantMap &d) {
            kind = k;
            data = d;
        });
        job.subTask(0, 0.5).emitEvent(QStringLiteral("epoch"), {{QStringLiteral("loss"), 0.25}});
        QCOMPARE(kind, QStringLiteral("epoch"));
        QCOMPARE(data.value(QStringLiteral("loss")).toDouble(), 0.25);
    }

    void noCallbacksIsHarmless()
    {
        JobContext job;
        job.setProgress(0.3, QStringLiteral("x"));
        job.emitEvent(QStringLiteral("k"), {});
        QVERIFY(!job.isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestJobContext)
#include "tst_jobcontext.moc"
