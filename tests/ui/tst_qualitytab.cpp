// The Data page's quality check ends cleanly however it ends: cancelled from
// the jobs panel or failed, the Check data button comes back and the status
// line says what happened; a new check then runs to its report.

#include "DemoProjectFixture.h"
#include "ProjectSession.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsPanel.h"
#include "pages/data/QualityTab.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;

class TestQualityTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ltv::test::useClearedTestSettings();
        QVERIFY(dir_.isValid());
        demoPath_ = ltv::test::buildDemoProjectIn(dir_);
    }

    void cancelFromTheJobsPanelBringsTheButtonBack()
    {
        ui::JobRunner runner;
        ui::ProjectSession session;
        QString error;
        QVERIFY2(session.open(demoPath_, false, &error), qPrintable(error));
        QWidget window;
        auto *tab = new ui::QualityTab(&session, &runner, &window);
        auto *panel = new ui::JobsPanel(&runner, &window);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(tab);
        layout->addWidget(panel);
        window.show();
        auto *button = tab->findChild<QPushButton *>(QStringLiteral("runQualityButton"));
        auto *status = tab->findChild<QLabel *>(QStringLiteral("qualityStatus"));
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
        QVERIFY(button && status && cancel);

        tab->run();
        QVERIFY(!button->isEnabled());
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        QVERIFY(button->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
        QCOMPARE(tab->findings()->rowCount(), 0);

        // The button works again: a new check runs to its report of all 6,919 lines.
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(tab->findings()->rowCount() > 0, 20000);
        QVERIFY(button->isEnabled());
        QCOMPARE(tab->findings()->item(0, 1)->text(), QStringLiteral("6,919"));
        QVERIFY(!status->text().contains(QStringLiteral("cancelled")));
    }

    void aFailedCheckBringsTheButtonBack()
    {
        // The project file disappears after opening: the check cannot read it and fails.
        const QString copy = dir_.filePath(QStringLiteral("gone.ltv"));
        QVERIFY(QFile::copy(demoPath_, copy));
        ui::JobRunner runner;
        ui::ProjectSession session;
        QString error;
        QVERIFY2(session.open(copy, false, &error), qPrintable(error));
        QVERIFY(QFile::remove(copy));
        ui::QualityTab tab(&session, &runner);
        auto *button = tab.findChild<QPushButton *>(QStringLiteral("runQualityButton"));
        auto *status = tab.findChild<QLabel *>(QStringLiteral("qualityStatus"));
        QVERIFY(button && status);
        tab.run();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        QVERIFY(button->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("failed")), qPrintable(status->text()));
        QCOMPARE(tab.findings()->rowCount(), 0);
    }

private:
    QTemporaryDir dir_;
    QString demoPath_;
};

QTEST_MAIN(TestQualityTab)
#include "tst_qualitytab.moc"
