// The `ltv` command line: exit codes, help, version and the demo.

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using ltv::test::runCli;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionPrintsProjectVersion()
    {
        const auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("ltv " LTV_VERSION_STRING));
    }

    void helpListsCommands()
    {
        const auto r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: ltv <command>")));
        QVERIFY(r.out.contains(QStringLiteral("demo")));
    }

    void noArgumentsIsUsageError()
    {
        const auto r = runCli({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage:")));
        QVERIFY(r.out.isEmpty());
    }

    void unknownCommandIsUsageError()
    {
        const auto r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    }

    void unknownOptionIsUsageError()
    {
        const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no-such-option")));
    }

    void commandHelpDescribesOptions()
    {
        const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--out")));
    }

    void demoPrintsCountsAndWritesOutputs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("demo-out"));
        const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        // Published size of the CDNOW 1/10 sample.
        QVERIFY2(r.out.contains(QStringLiteral("Transactions: 6919")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Customers: 2357")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("1997-01-01 to 1998-06-30")));
        QVERIFY(r.out.contains(out));
        QVERIFY(QFile::exists(out + QStringLiteral("/demo-summary.txt")));
        // The whole pipeline: one CSV row per customer, the PDF and the HTML report.
        const QStringList csvs{QStringLiteral("predictions.csv"), QStringLiteral("segments.csv"),
                               QStringLiteral("actions.csv")};
        for (const QString &name : csvs) {
            const QString path = out + QLatin1Char('/') + name;
            QVERIFY2(r.out.contains(path), qPrintable(name));
            QFile csv(path);
            QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(path));
            const QList<QByteArray> lines = csv.readAll().split('\n');
            // Header + 2357 customers, CRLF record ends, so the last split part is empty.
            QCOMPARE(lines.size(), 2359);
            QVERIFY(lines.front().startsWith("customer_id,"));
        }
        QFile predictions(out + QStringLiteral("/predictions.csv"));
        QVERIFY(predictions.open(QIODevice::ReadOnly));
        QCOMPARE(predictions.readLine().trimmed(),
                 QByteArray("customer_id,expected_purchases,p_alive,expected_spend,ltv,churn_probability"));
        QVERIFY(r.out.contains(out + QStringLiteral("/report.pdf")));
        QVERIFY(QFileInfo(out + QStringLiteral("/report.pdf")).size() > 10000);
        QVERIFY(QFile::exists(out + QStringLiteral("/report-html/index.html")));
        QVERIFY(QFile::exists(out + QStringLiteral("/report-html/charts/roc.png")));
        QVERIFY(r.out.contains(QStringLiteral("Model leaderboard")));
    }

    void demoFailsCleanlyOnUnwritableFolder()
    {
        const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("/proc/ltv-not-here")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("/proc/ltv-not-here")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
