// The GUI stays responsive while every model trains: all nine models of the
// Models page (the three BTYD models, the linear model, XGBoost, the three
// neural nets and Auto) train on the CDNOW demo in the background while the
// GUI thread never works 100 ms without serving its events (GuiThreadProbe),
// and every one of them ends up in the leaderboard.

#include "ModelsPageHarness.h"
#include "models/LeaderboardModel.h"
#include "pages/models/TrainingLossChart.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;

class TestTrainAllModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        path_ = test::createDemoProject(dir_);
    }

    void guiAnswersWhileEveryModelTrains()
    {
        test::ModelsPageHarness harness(path_);
        QVERIFY2(harness.isOpen(), qPrintable(harness.error()));
        ui::ModelsPage &page = harness.page();
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
        harness.useStandardWindow(all);
        QCOMPARE(page.request().models.size(), all.size());

        const test::TrainingRun run = harness.trainAndProbe(1800000);
        QVERIFY(run.started);
        QVERIFY(run.finished);
        qInfo("all %d models trained in %.1f s; between two probe ticks at most %lld ms passed and the GUI thread "
              "worked at most %lld ms",
              int(all.size()), run.seconds, run.worstGapMs, run.worstBusyMs);
        QVERIFY2(run.guiProblem.isEmpty(), qPrintable(run.guiProblem));

        // Every model trained and was scored, the neural nets with their live loss curves.
        const ui::EvaluationSession &evaluation = harness.evaluation();
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
