// The Evaluation page shows core's numbers: ROC points, decile means and the
// confusion matrix under the threshold slider equal the eval functions' output.

#include "EvaluationSession.h"
#include "charts/DecileChart.h"
#include "charts/RocChart.h"
#include "charts/ThresholdConfusionView.h"
#include "eval/Classification.h"
#include "eval/DecileTable.h"
#include "pages/EvaluationPage.h"
#include "pipeline/DemoData.h"
#include "pipeline/Evaluation.h"

#include <QBarSet>
#include <QLineSeries>
#include <QTest>

#include <cmath>

using namespace ltv;

class TestEvaluationPage : public QObject
{
    Q_OBJECT
private slots:
    void chartsEqualCoreNumbers()
    {
        pipeline::EvaluationRequest request;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &request.calibrationEnd));
        request.horizonDays = 26 * 7;
        request.models = {QStringLiteral("bgnbd"), QStringLiteral("linear")};
        ui::EvaluationSession session;
        ui::EvaluationPage page(&session);
        session.setResult(request,
                          pipeline::runEvaluation(pipeline::loadDemoTransactions(), request, pipeline::JobContext()));
        const auto &result = session.result();
        QCOMPARE(result.predictions.size(), std::size_t{2});

        for (int m = 0; m < 2; ++m) {
            const ui::HoldoutAlignment a = page.alignment(m);
            QCOMPARE(a.churned.size(), result.data.holdout.size());
            // ROC points of curve m equal eval::rocCurve.
            const auto roc = eval::rocCurve(a.churned, a.churnProbability);
            QLineSeries *series = page.rocChart()->curveSeries(m);
            QVERIFY(series);
            QCOMPARE(static_cast<std::size_t>(series->count()), roc.size());
            for (std::size_t i = 0; i < roc.size(); i += 17) {
                QCOMPARE(series->at(static_cast<int>(i)).x(), roc[i].fpr);
                QCOMPARE(series->at(static_cast<int>(i)).y(), roc[i].tpr);
            }
            // The legend carries the leaderboard's AUC.
            QVERIFY(series->name().contains(QString::number(eval::rocAuc(a.churned, a.churnProbability), 'f', 3)));
        }

        // Decile bars of the selected model equal eval::decileTable.
        page.selectModel(1);
        const ui::HoldoutAlignment a = page.alignment(1);
        const eval::DecileTable table = eval::decileTable(a.actualRevenue, a.predictedValue);
        QBarSet *predicted = page.decileChart()->predictedSet();
        QBarSet *actual = page.decileChart()->actualSet();
        QVERIFY(predicted && actual);
        for (std::size_t d = 0; d < table.rows.size(); ++d) {
            // Empty bins (ties) are drawn as bars of height 0.
            const auto orZero = [](double v) { return std::isfinite(v) ? v : 0.0; };
            QCOMPARE(predicted->at(static_cast<int>(d)), orZero(table.rows[d].meanPredicted));
            QCOMPARE(actual->at(static_cast<int>(d)), orZero(table.rows[d].meanActual));
        }

        // The threshold slider drives the confusion matrix through eval::confusionAt.
        for (double t : {0.3, 0.5, 0.8}) {
            page.confusionView()->setThreshold(t);
            const eval::ConfusionMatrix expected = eval::confusionAt(a.churned, a.churnProbability, t);
            const eval::ConfusionMatrix &shown = page.confusionView()->matrix();
            QCOMPARE(shown.truePositive, expected.truePositive);
            QCOMPARE(shown.falsePositive, expected.falsePositive);
            QCOMPARE(shown.trueNegative, expected.trueNegative);
            QCOMPARE(shown.falseNegative, expected.falseNegative);
        }
    }
};

QTEST_MAIN(TestEvaluationPage)
#include "tst_evaluationpage.moc"
