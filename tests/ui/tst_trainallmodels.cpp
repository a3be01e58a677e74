// The GUI stays responsive while every model trains: all nine models of the
// Models page (the three BTYD models, the linear model, XGBoost, the three
// neural nets and Auto) train on the CDNOW demo in the background while a
// GUI-thread probe never waits more than 100 ms, and every one of them ends
// up in the leaderboard.

#include "EvaluationSession.h"
#include "ProjectSession.h"
#include "charts/LineChart.h"
#include "jobs/JobRunner.h"
#include "models/LeaderboardModel.h"
#include "pages/ModelsPage.h"
#include "pipeline/DemoProject.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ltv;

class TestTrainAllModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio Tests"));
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("demo.ltv"));
        pipeline::buildDemoProject(path_, pipeline::JobContext());
    }

    void guiAnswersWhileEveryModelTrains()
    {
        ui::JobRunner runner;
        ui::ProjectSession session;
        ui::EvaluationSession evaluation;
        QString error;
        QVERIFY(session.open(path_, false, &error));
        ui::ModelsPage page(&session, &evaluation, &runner);
        page.show();

        // Every model the page offers, ticked.
        QStringList all;
        for (const QCheckBox *box : page.findChildren<QCheckBox *>())
            if (box->property("modelId").isValid())
                all << box->property("modelId").toString();
        const QStringList expected{QStringLiteral("bgnbd"),  QStringLiteral("pnbd"),    QStringLiteral("mbgnbd"),
                                   QStringLiteral("linear"), QStringLiteral("xgboost"), QStringLiteral("mlp-ziln"),
                                   QStringLiteral("cnn"),    QStringLiteral("gru"),     QStringLiteral("auto")};
        for (const QString &id : expected)
            QVERIFY2(all.contains(id), qPrintable(id));
        page.setSelectedModels(all);
        Day end = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &end));
        page.setCalibrationEnd(end);
        page.setHorizonWeeks(26);
        QCOMPARE(page.request().models.size(), all.size());

        QElapsedTimer sinceLast;
        qint64 worstGap = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] { worstGap = std::max(worstGap, sinceLast.restart()); });
        QElapsedTimer total;
        total.start();
        sinceLast.start();
        probe.start();
        page.train();
        QVERIFY(page.isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 1800000);
        probe.stop();
        qInfo("all %d models trained in %.1f s; the GUI thread waited at most %lld ms", int(all.size()),
              double(total.elapsed()) / 1000.0, worstGap);
        QVERIFY2(worstGap < 100, qPrintable(QStringLiteral("GUI thread waited %1 ms").arg(worstGap)));

        // Every model trained and was scored, the neural nets with their live loss curves.
        QVERIFY(evaluation.hasResult());
        QStringList scored;
        for (const eval::LeaderboardRow &row : evaluation.result().leaderboard.rows)
            scored << row.model;
        QStringList messages;
        for (const models::FitReport &report : evaluation.result().reports)
            messages << report.message;
        for (const QString &id : expected)
            QVERIFY2(scored.contains(id), qPrintable(id + QStringLiteral(" missing from ") + scored.join(u',') +
                                                     QStringLiteral("; fit messages: ") + messages.join(u'|')));
        QCOMPARE(page.leaderboardModel()->rowCount(), static_cast<int>(expected.size()));
        QVERIFY2(page.lossChart()->lineCount() >= 6, "a training and a validation loss line per neural net");
    }

private:
    QTemporaryDir dir_;
    QString path_;
};

QTEST_MAIN(TestTrainAllModels)
#include "tst_trainallmodels.moc"
