// The Models page: train BG/NBD and XGBoost on the demo project in the
// background and show the leaderboard that core computes; the GUI thread
// stays responsive while models train.

#include "EvaluationSession.h"
#include "ProjectSession.h"
#include "charts/LineChart.h"
#include "eval/Leaderboard.h"
#include "jobs/JobRunner.h"
#include "models/LeaderboardModel.h"
#include "pages/ModelsPage.h"
#include "pipeline/DemoProject.h"
#include "pipeline/Evaluation.h"
#include "store/Project.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace ltv;

class TestModelsPage : public QObject
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

    void trainsAndShowsCoresLeaderboard()
    {
        ui::JobRunner runner;
        ui::ProjectSession session;
        ui::EvaluationSession evaluation;
        QString error;
        QVERIFY(session.open(path_, false, &error));
        ui::ModelsPage page(&session, &evaluation, &runner);
        page.show();
        QAbstractItemModelTester tester(page.leaderboardModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The default suggestion leaves room for the shifted window's two horizons.
        QCOMPARE(page.request().horizonDays, 32 * 7);
        QCOMPARE(isoFromDay(page.request().calibrationEnd), QStringLiteral("1997-11-18"));
        Day calibrationEnd = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &calibrationEnd));
        page.setCalibrationEnd(calibrationEnd);
        page.setHorizonWeeks(26);
        page.setSelectedModels({QStringLiteral("bgnbd"), QStringLiteral("xgboost")});
        const pipeline::EvaluationRequest request = page.request();
        QCOMPARE(request.calibrationEnd, calibrationEnd);
        QCOMPARE(request.horizonDays, 26 * 7);
        QCOMPARE(request.models, (QStringList{QStringLiteral("bgnbd"), QStringLiteral("xgboost")}));

        // Probe the GUI thread while the models train.
        QElapsedTimer sinceLast;
        sinceLast.start();
        qint64 worstGap = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] { worstGap = std::max(worstGap, sinceLast.restart()); });
        probe.start();
        page.train();
        QVERIFY(page.isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 240000);
        probe.stop();
        QVERIFY2(worstGap < 100, qPrintable(QStringLiteral("GUI thread waited %1 ms").arg(worstGap)));
        QVERIFY(evaluation.hasResult());

        auto *model = page.leaderboardModel();
        QCOMPARE(model->rowCount(), 2);

        // The same evaluation computed directly in core gives the same numbers.
        const store::Project project = store::Project::open(path_, false);
        const pipeline::EvaluationResult direct =
            pipeline::runEvaluation(project.loadTransactionSet(), request, pipeline::JobContext());
        QCOMPARE(direct.leaderboard.rows.size(), std::size_t{2});
        const int giniColumn = model->columnOf(QStringLiteral("gini"));
        QVERIFY(giniColumn > 0);
        for (int r = 0; r < 2; ++r) {
            const double shown = model->index(r, giniColumn).data(Qt::UserRole).toDouble();
            const double core = direct.leaderboard.rows[static_cast<std::size_t>(r)].metric(QStringLiteral("gini"));
            QVERIFY2(std::abs(shown - core) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(core)));
        }
        // The best Gini is highlighted, and only there.
        const auto best = direct.leaderboard.best(QStringLiteral("gini"));
        QVERIFY(!best.empty());
        for (int r = 0; r < 2; ++r) {
            const bool isBest = std::find(best.begin(), best.end(), std::size_t(r)) != best.end();
            QCOMPARE(model->isBest(r, giniColumn), isBest);
            QCOMPARE(model->index(r, giniColumn).data(Qt::FontRole).value<QFont>().bold(), isBest);
        }
    }

    void cancelStopsTraining()
    {
        ui::JobRunner runner;
        ui::ProjectSession session;
        ui::EvaluationSession evaluation;
        QString error;
        QVERIFY(session.open(path_, false, &error));
        ui::ModelsPage page(&session, &evaluation, &runner);
        Day calibrationEnd = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &calibrationEnd));
        page.setCalibrationEnd(calibrationEnd);
        page.setHorizonWeeks(26);
        page.setSelectedModels({QStringLiteral("mlp-ziln"), QStringLiteral("xgboost")});
        page.train();
        QVERIFY(page.isTraining());
        // Cancel as soon as the first epoch of the network has been reported.
        QTRY_VERIFY_WITH_TIMEOUT(page.lossChart()->lineCount() > 0 || !page.isTraining(), 60000);
        page.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 60000);
        QVERIFY(!evaluation.hasResult());
    }

private:
    QTemporaryDir dir_;
    QString path_;
};

QTEST_MAIN(TestModelsPage)
#include "tst_modelspage.moc"
