// The evaluation charts show core's numbers: ROC points are eval::rocCurve,
// decile bars eval::decileTable, gain curves eval::gainCurve, and the
// threshold slider sets the confusion matrix to eval::confusionAt.

#include "charts/ConfusionMatrixChart.h"
#include "charts/DecileChart.h"
#include "charts/GainChart.h"
#include "charts/RocChart.h"
#include "charts/ThresholdConfusionView.h"

#include "eval/Classification.h"
#include "eval/DecileTable.h"
#include "eval/GainCurve.h"
#include "eval/Ranking.h"

#include <QBarSet>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSlider>
#include <QTest>

#include <cmath>
#include <random>

using namespace ltv;
using namespace ltv::ui::charts;

namespace {

struct Sample
{
    std::vector<std::uint8_t> labels;
    std::vector<double> scores;     // informative
    std::vector<double> weakScores; // barely informative, with ties
    std::vector<double> actual;     // a value to rank
    std::vector<double> predicted;
};

Sample makeSample(std::size_t n)
{
    std::mt19937 rng(2024);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::gamma_distribution<double> spend(0.7, 50.0);
    Sample s;
    for (std::size_t i = 0; i < n; ++i) {
        const double latent = noise(rng);
        const bool positive = latent + 0.8 * noise(rng) > 0.3;
        s.labels.push_back(positive ? 1 : 0);
        s.scores.push_back(1.0 / (1.0 + std::exp(-2.0 * latent)));
        s.weakScores.push_back(std::round(10.0 / (1.0 + std::exp(-0.3 * latent + 0.5 * noise(rng)))) / 10.0);
        const double a = spend(rng) * (positive ? 0.2 : 1.0);
        s.actual.push_back(a);
        s.predicted.push_back(a * std::exp(0.7 * noise(rng)));
    }
    return s;
}

} // namespace

class TestEvalCharts : public QObject
{
    Q_OBJECT
private slots:
    void rocPointsAreCoreRocCurves()
    {
        const Sample s = makeSample(800);
        const std::vector<eval::RocPoint> strong = eval::rocCurve(s.labels, s.scores);
        const std::vector<eval::RocPoint> weak = eval::rocCurve(s.labels, s.weakScores);
        const double strongAuc = eval::rocAuc(s.labels, s.scores);
        const double weakAuc = eval::rocAuc(s.labels, s.weakScores);
        RocChart chart;
        chart.setCurves({{QStringLiteral("Strong"), strong, strongAuc}, {QStringLiteral("Weak"), weak, weakAuc}});

        const std::vector<const std::vector<eval::RocPoint> *> expected = {&strong, &weak};
        for (int c = 0; c < 2; ++c) {
            QLineSeries *series = chart.curveSeries(c);
            QVERIFY(series);
            const QList<QPointF> points = series->points();
            QCOMPARE(static_cast<std::size_t>(points.size()), expected[c]->size());
            for (qsizetype i = 0; i < points.size(); ++i) {
                QCOMPARE(points[i].x(), (*expected[c])[static_cast<std::size_t>(i)].fpr);
                QCOMPARE(points[i].y(), (*expected[c])[static_cast<std::size_t>(i)].tpr);
            }
        }
        QVERIFY(weak.size() < strong.size()); // ties collapse points: really two different curves
        QCOMPARE(chart.curveSeries(0)->name(), QStringLiteral("Strong (AUC %1)").arg(strongAuc, 0, 'f', 3));
        QCOMPARE(chart.curveSeries(1)->name(), QStringLiteral("Weak (AUC %1)").arg(weakAuc, 0, 'f', 3));
        // Every curve and the diagonal are in the legend.
        QCOMPARE(chart.legend()->markers().size(), 3);
        const QList<QPointF> diagonal = chart.chanceSeries()->points();
        QCOMPARE(diagonal, (QList<QPointF>{{0, 0}, {1, 1}}));
        // Distinct palette colours.
        QVERIFY(chart.curveSeries(0)->pen().color() != chart.curveSeries(1)->pen().color());
    }

    void decileBarsAreCoreDecileTable()
    {
        const Sample s = makeSample(1000);
        const eval::DecileTable table = eval::decileTable(s.actual, s.predicted);
        DecileChart chart;
        chart.setTable(table, QStringLiteral("Holdout spend (USD)"));
        QCOMPARE(chart.predictedSet()->count(), 10);
        QCOMPARE(chart.actualSet()->count(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(chart.predictedSet()->at(i), table.rows[static_cast<std::size_t>(i)].meanPredicted);
            QCOMPARE(chart.actualSet()->at(i), table.rows[static_cast<std::size_t>(i)].meanActual);
        }
        // Decile 1 is the highest prediction: its bar is the tallest predicted bar.
        QVERIFY(chart.predictedSet()->at(0) > chart.predictedSet()->at(9));
        QVERIFY(chart.title().contains(QStringLiteral("MAPE")));
    }

    void gainSeriesAreCoreGainCurve()
    {
        const Sample s = makeSample(1500);
        const eval::GainCurve curve = eval::gainCurve(s.actual, s.predicted, 101);
        GainChart chart;
        chart.setCurves({{QStringLiteral("Model"), curve}});
        const QList<QPointF> points = chart.curveSeries(0)->points();
        QCOMPARE(static_cast<std::size_t>(points.size()), curve.model.size());
        for (qsizetype i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].x(), curve.model[static_cast<std::size_t>(i)].population);
            QCOMPARE(points[i].y(), curve.model[static_cast<std::size_t>(i)].gain);
        }
        QCOMPARE(static_cast<std::size_t>(chart.perfectSeries()->count()), curve.perfect.size());
        const QString gini = QString::number(eval::normalizedGini(s.actual, s.predicted), 'f', 3);
        QVERIFY2(chart.title().contains(gini), qPrintable(chart.title()));

        chart.setMode(GainChart::Mode::Lift);
        const QList<QPointF> lift = chart.curveSeries(0)->points();
        QCOMPARE(static_cast<std::size_t>(lift.size()), curve.model.size() - 1); // no lift at population 0
        for (qsizetype i = 0; i < lift.size(); ++i)
            QCOMPARE(lift[i].y(), curve.model[static_cast<std::size_t>(i + 1)].lift());
    }

    void confusionMatrixCellsAreCoreCounts()
    {
        eval::ConfusionMatrix m;
        m.threshold = 0.4;
        m.truePositive = 30;
        m.falseNegative = 10;
        m.falsePositive = 20;
        m.trueNegative = 140;
        ConfusionMatrixChart chart;
        chart.setMatrix(m, QStringLiteral("Churned"), QStringLiteral("Active"));
        // Rows: actual churned, actual active; columns: predicted churned, predicted active.
        QCOMPARE(chart.value(0, 0), 30.0);
        QCOMPARE(chart.value(0, 1), 10.0);
        QCOMPARE(chart.value(1, 0), 20.0);
        QCOMPARE(chart.value(1, 1), 140.0);
        QCOMPARE(chart.cellText(0, 0), QStringLiteral("30\n(15.0%)"));
        QCOMPARE(chart.cellText(1, 1), QStringLiteral("140\n(70.0%)"));
        QCOMPARE(chart.data().rowLabels, (QStringList{QStringLiteral("Churned"), QStringLiteral("Active")}));
        QVERIFY(chart.title().contains(QStringLiteral("0.400")));
        // The largest count gets the darkest cell.
        QVERIFY(chart.cellColor(1, 1).lightness() < chart.cellColor(0, 1).lightness());
    }

    void thresholdSliderFollowsConfusionAt()
    {
        const Sample s = makeSample(600);
        ThresholdConfusionView view;
        view.resize(700, 600);
        view.show();
        const double chosen = eval::chooseThreshold(s.labels, s.scores, {});
        view.setData(s.labels, s.scores, chosen);
        QCOMPARE(view.threshold(), std::round(chosen * 1000) / 1000);

        for (int step : {0, 150, 420, 500, 730, 1000}) {
            view.slider()->setValue(step);
            const double t = step / 1000.0;
            const eval::ConfusionMatrix expected = eval::confusionAt(s.labels, s.scores, t);
            const eval::ConfusionMatrix &shown = view.matrix();
            QCOMPARE(shown.threshold, t);
            QCOMPARE(shown.truePositive, expected.truePositive);
            QCOMPARE(shown.falsePositive, expected.falsePositive);
            QCOMPARE(shown.trueNegative, expected.trueNegative);
            QCOMPARE(shown.falseNegative, expected.falseNegative);
            QCOMPARE(view.chart()->value(0, 0), static_cast<double>(expected.truePositive));
            QCOMPARE(view.chart()->value(1, 0), static_cast<double>(expected.falsePositive));
            if (std::isfinite(expected.precision()))
                QCOMPARE(view.precisionText(), QStringLiteral("Precision: %1").arg(expected.precision(), 0, 'f', 3));
            QCOMPARE(view.recallText(), QStringLiteral("Recall: %1").arg(expected.recall(), 0, 'f', 3));
            QCOMPARE(view.f1Text(), QStringLiteral("F1: %1").arg(expected.f1(), 0, 'f', 3));
        }
        // The extremes really differ: everything positive at 0, almost nothing at 1.
        view.slider()->setValue(0);
        QCOMPARE(view.matrix().trueNegative, 0);
        view.slider()->setValue(1000);
        QVERIFY(view.matrix().truePositive + view.matrix().falsePositive < 5);
    }
};

QTEST_MAIN(TestEvalCharts)
#include "tst_evalcharts.moc"
