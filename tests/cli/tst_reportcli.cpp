// `ltv report`: the headless report of a project file, and its usage errors.

#include "DemoProjectFixture.h"
#include "TestSupport.h"

#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using ltv::test::runCli;

class TestReportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = ltv::test::buildDemoProjectIn(dir_);
    }

    void writesPdfAndHtml()
    {
        const QString pdf = dir_.filePath(QStringLiteral("report.pdf"));
        const QString html = dir_.filePath(QStringLiteral("html"));
        const auto r =
            runCli({QStringLiteral("report"), QStringLiteral("--project"), project_, QStringLiteral("--out"), pdf,
                    QStringLiteral("--html"), html, QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                    QStringLiteral("--horizon"), QStringLiteral("39w"), QStringLiteral("--models"),
                    QStringLiteral("bgnbd,xgboost"), QStringLiteral("--protocol"), QStringLiteral("customer-split")},
                   300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(pdf));
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QFile::exists(html + QStringLiteral("/index.html")));
        QImage roc;
        QVERIFY(roc.load(html + QStringLiteral("/charts/roc.png")));
        const auto text = ltv::test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Model leaderboard")));
        QVERIFY(text.out.contains(QStringLiteral("XGBoost")));
        QVERIFY(text.out.contains(QStringLiteral("2,357")));
        // The Settings table names the models as the leaderboard does, not by their ids.
        QVERIFY2(text.out.contains(QStringLiteral("BG/NBD, XGBoost gradient boosting")), qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("bgnbd")));
        QVERIFY(!text.out.contains(QStringLiteral("xgboost")));
    }

    void needsProjectAndOutput()
    {
        auto r = runCli({QStringLiteral("report"), QStringLiteral("--out"), dir_.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--project")));
        r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project_});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
        r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project_, QStringLiteral("--out"),
                    dir_.filePath(QStringLiteral("x.pdf")), QStringLiteral("--horizon"), QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--horizon")));
    }

    void calibrationOutsideDataFailsWithoutOutput()
    {
        const QString pdf = dir_.filePath(QStringLiteral("late.pdf"));
        const auto r = runCli({QStringLiteral("report"), QStringLiteral("--project"), project_, QStringLiteral("--out"),
                               pdf, QStringLiteral("--calibration-end"), QStringLiteral("2001-01-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2001-01-01")), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void otherCommandsRunWithoutGuiApplication()
    {
        // A platform that does not exist would abort a QApplication; `ltv --version`
        // and `ltv summary` must not need one.
        qputenv("QT_QPA_PLATFORM", "no-such-platform");
        const auto r = runCli({QStringLiteral("--version")});
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QCOMPARE(r.exitCode, 0);
    }

private:
    QTemporaryDir dir_;
    QString project_;
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
