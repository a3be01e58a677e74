// The Models page trains the three neural networks on the demo project (the
// sequence networks get their activity sequences from core's evaluation), shows
// them in the leaderboard and draws a training and a validation loss line per
// network while they train. Set LTV_SCREENSHOT_DIR to keep a screenshot.

#include "DemoProjectFixture.h"
#include "EvaluationSession.h"
#include "ProjectSession.h"
#include "jobs/JobRunner.h"
#include "models/LeaderboardModel.h"
#include "pages/ModelsPage.h"
#include "pages/models/TrainingLossChart.h"
#include "pipeline/DemoProject.h"

#include <QDir>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace ltv;

class TestModelsPageNeural : public QObject
{
    Q_OBJECT
private slots:
    void trainsTheNeuralNetworks()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio Tests"));
        QTemporaryDir dir;
        const QString path = ltv::test::buildDemoProjectIn(dir);
        ui::JobRunner runner;
        ui::ProjectSession session;
        ui::EvaluationSession evaluation;
        QString error;
        QVERIFY(session.open(path, false, &error));
        ui::ModelsPage page(&session, &evaluation, &runner);
        page.resize(1200, 800);
        page.show();

        Day calibrationEnd = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &calibrationEnd));
        page.setCalibrationEnd(calibrationEnd);
        page.setHorizonWeeks(26);
        const QStringList ids{QStringLiteral("bgnbd"), QStringLiteral("mlp-ziln"), QStringLiteral("cnn"),
                              QStringLiteral("gru")};
        page.setSelectedModels(ids);
        QCOMPARE(page.request().models, ids);
        page.train();
        QVERIFY(page.isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 600000);
        QVERIFY(evaluation.hasResult());

        // Every network is in the leaderboard and ranks the holdout.
        auto *model = page.leaderboardModel();
        QCOMPARE(model->rowCount(), ids.size());
        const int giniColumn = model->columnOf(QStringLiteral("gini"));
        for (int r = 0; r < model->rowCount(); ++r) {
            const double gini = model->index(r, giniColumn).data(Qt::UserRole).toDouble();
            QVERIFY2(std::isfinite(gini) && gini > 0.5, qPrintable(ids[r] + QString::number(gini)));
        }
        // Two loss lines per network, one point per epoch each.
        QCOMPARE(page.lossChart()->lineCount(), 6);
        for (int line = 0; line < 6; ++line)
            QVERIFY(page.lossChart()->lineSeries(line)->count() >= 2);
        // The first-epoch spikes do not squash the curves: the log axis runs from the
        // lowest loss to three times the median of all of them (here, independently
        // computed), every point after the fifth epoch lies inside it, and the MLP's
        // first-epoch loss is cut off above it.
        QVERIFY(!page.lossChart()->isEmpty());
        QVERIFY(page.lossChart()->isLogarithmic());
        auto *axis = qobject_cast<QLogValueAxis *>(page.lossChart()->lossAxis());
        QVERIFY(axis && axis->isVisible());
        std::vector<double> all;
        for (int line = 0; line < 6; ++line)
            for (const QPointF &p : page.lossChart()->lineSeries(line)->points())
                all.push_back(p.y());
        std::sort(all.begin(), all.end());
        const double lowest = all.front();
        const double median = all[all.size() / 2];
        QVERIFY2(lowest > 0.0, "the demo's losses are positive");
        QVERIFY2(std::abs(axis->min() * 1.05 - lowest) < 1e-9 * lowest, qPrintable(QString::number(axis->min())));
        const double top = std::min(all.back(), 3.0 * median) * 1.05;
        QVERIFY2(std::abs(axis->max() - top) < 1e-9 * top,
                 qPrintable(QStringLiteral("%1 vs %2").arg(axis->max()).arg(top)));
        for (int line = 0; line < 6; ++line)
            for (const QPointF &p : page.lossChart()->lineSeries(line)->points())
                if (p.x() > 5)
                    QVERIFY2(p.y() >= axis->min() && p.y() <= axis->max(),
                             qPrintable(QStringLiteral("line %1, epoch %2: %3").arg(line).arg(p.x()).arg(p.y())));
        const double mlpFirst = page.lossChart()->lineSeries(0)->at(0).y();
        QVERIFY2(mlpFirst > axis->max(), qPrintable(QStringLiteral("first epoch %1").arg(mlpFirst)));

        const QString shots = qEnvironmentVariable("LTV_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("models-page-neural.png"))));
    }
};

QTEST_MAIN(TestModelsPageNeural)
#include "tst_modelspage_neural.moc"
