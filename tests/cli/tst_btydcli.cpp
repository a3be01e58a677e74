// `ltv fit` and `ltv predict` end to end on the bundled CDNOW sample and on an
// imported project.

#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using ltv::test::dataPath;
using ltv::test::importIntoProject;
using ltv::test::runCli;

class TestBtydCli : public QObject
{
    Q_OBJECT
private slots:
    void fitPrintsPublishedParameters()
    {
        const auto r =
            runCli({QStringLiteral("fit"), QStringLiteral("--demo"), QStringLiteral("--model"), QStringLiteral("bgnbd"),
                    QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Customers: 2357 (946 repeat buyers)")), qPrintable(r.out));
        // r, alpha, a, b of the 39-week calibration (published 0.2426, 4.4136, 0.7929, 2.4259).
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\nr\\s+0\\.24259\\d+\\s+0\\.01"))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\nalpha\\s+4\\.41\\d+"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\ngamma\\s+15\\.4\\d+"))));
        QVERIFY(r.out.contains(QStringLiteral("Log-likelihood: -9582.4")));
        QVERIFY(r.out.contains(QStringLiteral("Iterations: ")));
        QVERIFY(r.out.contains(QStringLiteral("Time: ")));
    }

    void badArgumentsAreUsageErrors()
    {
        const auto noDate = runCli({QStringLiteral("fit"), QStringLiteral("--demo")});
        QCOMPARE(noDate.exitCode, 2);
        QVERIFY(noDate.err.contains(QStringLiteral("--calibration-end")));
        const auto badModel =
            runCli({QStringLiteral("fit"), QStringLiteral("--demo"), QStringLiteral("--model"), QStringLiteral("xyz"),
                    QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
        QCOMPARE(badModel.exitCode, 2);
    }

    void predictWritesOneRowPerCustomer()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        const auto imported = importIntoProject(dataPath(QStringLiteral("CDNOW_master.txt")), project);
        QCOMPARE(imported.exitCode, 0);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const auto r = runCli({QStringLiteral("predict"), QStringLiteral("--project"), project,
                               QStringLiteral("--model"), QStringLiteral("pnbd"), QStringLiteral("--as-of"),
                               QStringLiteral("1997-09-30"), QStringLiteral("--horizon"), QStringLiteral("52w"),
                               QStringLiteral("--discount"), QStringLiteral("0.01"), QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Customers: 23570")));
        // The full CDNOW file has one repeat buyer whose purchases are all $0.
        QVERIFY(r.out.contains(QStringLiteral("left out of the spend fit")));
        QVERIFY(r.out.contains(QStringLiteral("Annual discount rate: 0.126825")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 23571);
        QCOMPARE(
            lines.first(),
            QStringLiteral("customer_id,expected_purchases,p_alive,expected_spend,predicted_ltv,churn_probability"));
        const QStringList row = lines[1].split(QLatin1Char(','));
        QCOMPARE(row.size(), 6);
        const double purchases = row[1].toDouble(), alive = row[2].toDouble(), spend = row[3].toDouble(),
                     ltv = row[4].toDouble(), churn = row[5].toDouble();
        QVERIFY(purchases > 0.0 && alive > 0.0 && alive <= 1.0 && spend > 0.0 && churn >= 0.0 && churn <= 1.0);
        // Discounting makes LTV a little less than spend x purchases.
        QVERIFY(ltv < spend * purchases && ltv > 0.9 * spend * purchases);
    }
};

QTEST_GUILESS_MAIN(TestBtydCli)
#include "tst_btydcli.moc"
