// The Evaluation page shows core's numbers: ROC points, decile means and the
// confusion matrix under the threshold slider equal the eval functions' output;
// the calibration, tracking, matrix and importance charts draw the chart data
// core computed of the fitted models.

#include "EvaluationSession.h"
#include "LanguageManager.h"
#include "charts/BarChart.h"
#include "charts/CalibrationChart.h"
#include "charts/ChartPanel.h"
#include "charts/DecileChart.h"
#include "charts/HeatmapChart.h"
#include "charts/RocChart.h"
#include "charts/ThresholdConfusionView.h"
#include "charts/TrackingChart.h"
#include "eval/Classification.h"
#include "eval/DecileTable.h"
#include "pages/EvaluationPage.h"
#include "pages/EvaluationPageCharts.h"
#include "pipeline/DemoData.h"
#include "pipeline/Evaluation.h"

#include <QBarSet>
#include <QFile>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace ltv;

namespace {

// Evaluates `models` on the demo data (cut 1997-12-31, horizon 26 weeks) and
// hands the result to `session`, as the page gets it from a finished run.
void showDemoEvaluation(ui::EvaluationSession &session, const QStringList &models)
{
    pipeline::EvaluationRequest request;
    QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &request.calibrationEnd));
    request.horizonDays = 26 * 7;
    request.models = models;
    session.setResult(request,
                      pipeline::runEvaluation(pipeline::loadDemoTransactions(), request, pipeline::JobContext()));
}

} // namespace

class TestEvaluationPage : public QObject
{
    Q_OBJECT
private slots:
    void chartsEqualCoreNumbers()
    {
        ui::EvaluationSession session;
        ui::EvaluationPage page(&session);
        showDemoEvaluation(session, {QStringLiteral("bgnbd"), QStringLiteral("linear")});
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

    void btydAndImportanceChartsEqualCoreNumbers()
    {
        ui::EvaluationSession session;
        ui::EvaluationPage page(&session);
        showDemoEvaluation(session, {QStringLiteral("pnbd"), QStringLiteral("xgboost")});
        const auto &result = session.result();
        QCOMPARE(result.predictions.size(), std::size_t{2});
        const pipeline::BtydChartData *btyd = result.charts.btydOf(QStringLiteral("pnbd"));
        const pipeline::ImportanceChartData *importance = result.charts.importanceOf(QStringLiteral("xgboost"));
        QVERIFY(btyd && importance);

        // With XGBoost selected the BTYD charts fall back to Pareto/NBD (named in the titles).
        page.selectModel(1);
        QCOMPARE(page.btydChartModel(), QStringLiteral("pnbd"));
        QCOMPARE(page.importanceChartModel(), QStringLiteral("xgboost"));
        QVERIFY(page.calibrationChart()->title().contains(QStringLiteral("Pareto/NBD")));

        // Calibration: one point per frequency bucket, actual and predicted means.
        QLineSeries *actual = page.calibrationChart()->actualSeries();
        QLineSeries *predicted = page.calibrationChart()->predictedSeries();
        QCOMPARE(static_cast<std::size_t>(actual->count()), btyd->calibration.size());
        QCOMPARE(static_cast<std::size_t>(predicted->count()), btyd->calibration.size());
        for (std::size_t i = 0; i < btyd->calibration.size(); ++i) {
            QCOMPARE(actual->at(static_cast<int>(i)), QPointF(static_cast<double>(i), btyd->calibration[i].actual));
            QCOMPARE(predicted->at(static_cast<int>(i)).y(), btyd->calibration[i].predicted);
        }
        QCOMPARE(page.calibrationChart()->data().labels.constLast(), QStringLiteral("7+"));

        // Tracking: cumulative actual and expected at every period end, calibration end marked.
        QLineSeries *tracked = page.trackingChart()->actualSeries();
        QLineSeries *expected = page.trackingChart()->expectedSeries();
        const auto &tracking = btyd->tracking;
        QVERIFY(tracking.day.size() > 50);
        QCOMPARE(static_cast<std::size_t>(tracked->count()), tracking.day.size());
        QCOMPARE(static_cast<std::size_t>(expected->count()), tracking.day.size());
        for (std::size_t k = 0; k < tracking.day.size(); ++k) {
            const qreal x = ui::charts::TrackingChart::msecsOfDay(tracking.day[k]);
            QCOMPARE(tracked->at(static_cast<int>(k)), QPointF(x, tracking.actualCumulative[k]));
            QCOMPARE(expected->at(static_cast<int>(k)), QPointF(x, tracking.expectedCumulative[k]));
        }
        QCOMPARE(page.trackingChart()->calibrationEndSeries()->at(0).x(),
                 ui::charts::TrackingChart::msecsOfDay(session.request().calibrationEnd));

        // Matrices: every cell, the most recent buyers in the top row.
        for (const auto &[chart, matrix] : {std::pair{page.probabilityAliveChart(), &btyd->pAlive},
                                            std::pair{page.expectedPurchasesChart(), &btyd->expectedPurchases}}) {
            QCOMPARE(static_cast<std::size_t>(chart->data().rows()), matrix->recency.size());
            QCOMPARE(static_cast<std::size_t>(chart->data().columns()), matrix->frequency.size());
            for (int r = 0; r < chart->data().rows(); ++r)
                for (int c = 0; c < chart->data().columns(); ++c)
                    QCOMPARE(chart->value(r, c), matrix->at(static_cast<std::size_t>(matrix->recency.size() - 1 - r),
                                                            static_cast<std::size_t>(c)));
            QCOMPARE(chart->data().rowLabels.constFirst(), QLocale().toString(matrix->recency.back(), 'f', 0));
        }
        QCOMPARE(page.probabilityAliveChart()->scaleMaximum(), 1.0);

        // Importance: XGBoost's total-gain shares in percent, largest value share first.
        std::map<QString, double> ltvShare, churnShare;
        for (const models::FeatureImportance &f : importance->importance) {
            if (f.target == QLatin1String("ltv"))
                ltvShare[f.feature] = f.value;
            else if (f.target == QLatin1String("churn"))
                churnShare[f.feature] = f.value;
        }
        const ui::evaluation::ImportanceBars bars = ui::evaluation::importanceBars(*importance);
        QCOMPARE(bars.features.size(), 12);
        QBarSet *value = page.importanceChart()->barSet(0);
        QBarSet *churn = page.importanceChart()->barSet(1);
        QVERIFY(value && churn);
        double previous = 100.0;
        for (int i = 0; i < 12; ++i) {
            const QString &feature = bars.features[i];
            // Horizontal bar sets hold the categories bottom-up: the first category is the last value.
            const int bar = 11 - i;
            QCOMPARE(value->at(bar), 100.0 * ltvShare.at(feature));
            QCOMPARE(churn->at(bar), 100.0 * churnShare.at(feature));
            QVERIFY(value->at(bar) <= previous);
            previous = value->at(bar);
            QCOMPARE(page.importanceChart()->data().categories[i],
                     ui::evaluation::featureTitle(feature, TimeUnit::Week));
        }
        // No feature left out has a larger value share than the last one shown.
        for (const auto &[feature, share] : ltvShare)
            if (!bars.features.contains(feature))
                QVERIFY(100.0 * share <= previous);

        // Each new chart sits in a ChartPanel that exports it as PNG, SVG and PDF.
        QTemporaryDir dir;
        int exported = 0;
        const auto panels = page.findChildren<ui::charts::ChartPanel *>();
        for (ui::charts::ChartPanel *panel : panels) {
            QChart *chart = panel->chart();
            if (chart != page.calibrationChart() && chart != page.trackingChart() &&
                chart != page.probabilityAliveChart() && chart != page.expectedPurchasesChart() &&
                chart != page.importanceChart())
                continue;
            for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
                const QString path = dir.filePath(QStringLiteral("chart%1.%2").arg(exported).arg(suffix));
                QString error;
                QVERIFY2(panel->exportTo(path, 1.0, &error), qPrintable(error));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray head = file.read(8);
                QVERIFY(suffix == QLatin1String("png")   ? head.startsWith("\x89PNG")
                        : suffix == QLatin1String("pdf") ? head.startsWith("%PDF")
                                                         : head.startsWith("<?xml"));
            }
            ++exported;
        }
        QCOMPARE(exported, 5);
    }

    void newChartsRetranslate()
    {
        ui::EvaluationSession session;
        ui::EvaluationPage page(&session);
        showDemoEvaluation(session, {QStringLiteral("bgnbd"), QStringLiteral("linear")});
        const QString englishTitle = page.calibrationChart()->title();
        const QString englishRows = page.probabilityAliveChart()->data().rowTitle;
        const QString englishFeature = page.importanceChart()->data().categories.constFirst();
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        // Qt delivers LanguageChange through the event loop.
        QTRY_VERIFY(page.calibrationChart()->title() != englishTitle);
        const QString chineseTitle = page.calibrationChart()->title();
        const QString chineseRows = page.probabilityAliveChart()->data().rowTitle;
        const QString chineseFeature = page.importanceChart()->data().categories.constFirst();
        ui::LanguageManager::instance().setLanguage(QStringLiteral("en"));
        QVERIFY(chineseTitle != englishTitle);
        QVERIFY(chineseRows != englishRows);
        QVERIFY(chineseFeature != englishFeature);
        const auto hasHan = [](const QString &text) {
            for (QChar ch : text)
                if (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF)
                    return true;
            return false;
        };
        QVERIFY(hasHan(chineseTitle) && hasHan(chineseRows) && hasHan(chineseFeature));
    }
};

QTEST_MAIN(TestEvaluationPage)
#include "tst_evaluationpage.moc"
