// `ltv evaluate --project`: the full CDNOW master file imported into a
// project, then BTYD and ML models compared on the 39-week holdout.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv::test;

class TestCliEvaluate : public QObject
{
    Q_OBJECT
private slots:
    void evaluatesAProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("cdnow.ltv"));
        const auto imported = importIntoProject(dataPath(QStringLiteral("CDNOW_master.txt")), project);
        QCOMPARE(imported.exitCode, 0);

        const QString json = dir.filePath(QStringLiteral("metrics.json"));
        const auto r =
            runCli({QStringLiteral("evaluate"), QStringLiteral("--project"), project,
                    QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"), QStringLiteral("--horizon"),
                    QStringLiteral("39w"), QStringLiteral("--models"), QStringLiteral("bgnbd,linear"),
                    QStringLiteral("--protocol"), QStringLiteral("customer-split"), QStringLiteral("--out"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(project));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        // 30% of the 23,570 customers are scored, by both models.
        QCOMPARE(root.value(QStringLiteral("context")).toObject().value(QStringLiteral("evaluatedCustomers")).toInt(),
                 7071);
        const QJsonArray models = root.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 2);
        auto metric = [&](int row, const char *key) {
            return models.at(row)
                .toObject()
                .value(QStringLiteral("leaderboard"))
                .toObject()
                .value(QString::fromLatin1(key))
                .toDouble();
        };
        QCOMPARE(models.at(0).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("bgnbd"));
        QVERIFY2(metric(0, "churn_auc") > 0.65, qPrintable(QString::number(metric(0, "churn_auc"))));
        QVERIFY2(metric(1, "churn_auc") > 0.65, qPrintable(QString::number(metric(1, "churn_auc"))));
        QVERIFY2(metric(1, "gini") > 0.5, qPrintable(QString::number(metric(1, "gini"))));
    }

    void needsProjectOrDemo()
    {
        const auto r = runCli({QStringLiteral("evaluate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--project")));
        QTemporaryDir dir;
        const auto missing =
            runCli({QStringLiteral("evaluate"), QStringLiteral("--project"), dir.filePath(QStringLiteral("none.ltv")),
                    QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
        QCOMPARE(missing.exitCode, 1);
    }

    // A test fraction that does not parse or is outside (0, 1) is a usage
    // error naming the option, never silently 0 (which would test nobody).
    void rejectsBadTestFraction()
    {
        for (const char *bad : {"abc", "0", "1", "1.5", "-0.2", "0.3x", ""}) {
            const auto r =
                runCli({QStringLiteral("evaluate"), QStringLiteral("--demo"), QStringLiteral("--models"),
                        QStringLiteral("bgnbd"), QStringLiteral("--protocol"), QStringLiteral("customer-split"),
                        QStringLiteral("--test-fraction"), QString::fromLatin1(bad)});
            QVERIFY2(r.exitCode == 2, bad);
            QVERIFY2(r.err.contains(QLatin1String("--test-fraction must be a number strictly between 0 and 1")),
                     qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        const auto badSeed = runCli({QStringLiteral("evaluate"), QStringLiteral("--demo"), QStringLiteral("--models"),
                                     QStringLiteral("bgnbd"), QStringLiteral("--seed"), QStringLiteral("-3")});
        QCOMPARE(badSeed.exitCode, 2);
        QVERIFY(badSeed.err.contains(QLatin1String("--seed")));
        // A valid share still runs.
        const auto ok = runCli({QStringLiteral("evaluate"), QStringLiteral("--demo"), QStringLiteral("--models"),
                                QStringLiteral("bgnbd"), QStringLiteral("--protocol"), QStringLiteral("customer-split"),
                                QStringLiteral("--test-fraction"), QStringLiteral("0.25")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QLatin1String("25 % of customers held out")));
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
