// Classification metrics (churn, top value) against hand-computed cases.

#include "eval/Classification.h"

#include <QTest>

#include <cmath>

using namespace ltv::eval;

class TestClassificationMetrics : public QObject
{
    Q_OBJECT
private slots:
    void aucCountsTiesAsHalf()
    {
        // Pairs (pos, neg): (.8,.8) tie = 1/2, (.8,.2) = 1, (.4,.8) = 0, (.4,.2) = 1 -> 2.5 / 4.
        QCOMPARE(rocAuc({1, 0, 1, 0}, {0.8, 0.8, 0.4, 0.2}), 0.625);
        QCOMPARE(rocAuc({1, 1, 0, 0}, {0.9, 0.7, 0.3, 0.1}), 1.0);
        QCOMPARE(rocAuc({1, 1, 0, 0}, {0.1, 0.3, 0.7, 0.9}), 0.0);
        QCOMPARE(rocAuc({1, 0, 1, 0}, {0.5, 0.5, 0.5, 0.5}), 0.5);
        QVERIFY(std::isnan(rocAuc({1, 1}, {0.2, 0.3})));
    }

    void rocPointsStepThroughDistinctScores()
    {
        const std::vector<RocPoint> roc = rocCurve({1, 0, 1, 0}, {0.8, 0.8, 0.4, 0.2});
        QCOMPARE(roc.size(), std::size_t{4});
        QVERIFY(std::isinf(roc[0].threshold));
        QCOMPARE(roc[1].threshold, 0.8);
        QCOMPARE(roc[1].tpr, 0.5);
        QCOMPARE(roc[1].fpr, 0.5);
        QCOMPARE(roc[2].tpr, 1.0);
        QCOMPARE(roc[2].fpr, 0.5);
        QCOMPARE(roc[3].fpr, 1.0);
    }

    void confusionMatrixAtThreshold()
    {
        const std::vector<std::uint8_t> labels{1, 1, 0, 0, 1, 0};
        const std::vector<double> scores{0.9, 0.6, 0.6, 0.3, 0.2, 0.1};
        const ConfusionMatrix m = confusionAt(labels, scores, 0.5);
        QCOMPARE(m.truePositive, 2);
        QCOMPARE(m.falsePositive, 1);
        QCOMPARE(m.trueNegative, 2);
        QCOMPARE(m.falseNegative, 1);
        QCOMPARE(m.accuracy(), 4.0 / 6.0);
        QCOMPARE(m.precision(), 2.0 / 3.0);
        QCOMPARE(m.recall(), 2.0 / 3.0);
        QCOMPARE(m.f1(), 2.0 / 3.0);
        // A score equal to the threshold counts as positive.
        QCOMPARE(confusionAt(labels, scores, 0.6).falsePositive, 1);
        QCOMPARE(confusionAt(labels, scores, 0.61).falsePositive, 0);
    }

    void thresholdRules()
    {
        const std::vector<std::uint8_t> labels{1, 1, 0, 0, 1, 0};
        const std::vector<double> scores{0.9, 0.6, 0.6, 0.3, 0.2, 0.1};
        // F1 at .9/.6/.3/.2/.1 = 1/2, 2/3, 4/7, 3/4, 2/3.
        QCOMPARE(chooseThreshold(labels, scores, {}), 0.2);
        // Youden J = 1/3, 1/3, 0, 1/3, 0: the tie goes to the highest threshold.
        ThresholdOptions youden;
        youden.rule = ThresholdRule::Youden;
        QCOMPARE(chooseThreshold(labels, scores, youden), 0.9);
        // Costs FP = 1, FN = 5: 10, 6, 7, 2, 3.
        ThresholdOptions cost;
        cost.rule = ThresholdRule::MinCost;
        cost.costFalseNegative = 5.0;
        QCOMPARE(chooseThreshold(labels, scores, cost), 0.2);
        cost.costFalseNegative = 0.1; // 0.2, 1.1, 2.1, 2, 3
        QCOMPARE(chooseThreshold(labels, scores, cost), 0.9);
        ThresholdOptions fixed;
        fixed.rule = ThresholdRule::Fixed;
        fixed.fixedThreshold = 0.42;
        QCOMPARE(chooseThreshold(labels, scores, fixed), 0.42);

        ThresholdRule parsed = ThresholdRule::Fixed;
        QVERIFY(parseThresholdRule(QStringLiteral("youden"), &parsed));
        QCOMPARE(parsed, ThresholdRule::Youden);
        QVERIFY(!parseThresholdRule(QStringLiteral("best"), &parsed));
    }

    void logLossMatchesHandComputation()
    {
        QVERIFY(std::abs(logLoss({1, 0}, {0.8, 0.4}) - (-(std::log(0.8) + std::log(0.6)) / 2.0)) < 1e-15);
        // Clipping keeps a confident mistake finite.
        QVERIFY(std::isfinite(logLoss({1}, {0.0})));
    }

    void calibrationBins()
    {
        const auto bins = calibrationCurve({0, 1, 1, 1}, {0.05, 0.15, 0.95, 1.0}, 10);
        QCOMPARE(bins.size(), std::size_t{10});
        QCOMPARE(bins[0].count, 1);
        QCOMPARE(bins[0].observedRate, 0.0);
        QCOMPARE(bins[1].observedRate, 1.0);
        QCOMPARE(bins[9].count, 2);
        QCOMPARE(bins[9].meanPredicted, 0.975);
        QVERIFY(std::isnan(bins[5].meanPredicted));
    }

    void evaluateAllAtOnce()
    {
        const ClassificationMetrics m = evaluateClassification({1, 1, 0, 0, 1, 0}, {0.9, 0.6, 0.6, 0.3, 0.2, 0.1});
        QCOMPARE(m.thresholdRule, QStringLiteral("max-f1"));
        QCOMPARE(m.confusion.threshold, 0.2);
        QCOMPARE(m.confusion.f1(), 0.75);
        QCOMPARE(m.positiveRate, 0.5);
        // Pairs: .9 beats all 3; .6 beats .3,.1 and ties .6; .2 beats .1 -> (3 + 2.5 + 1) / 9.
        QVERIFY(std::abs(m.auc - 6.5 / 9.0) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestClassificationMetrics)
#include "tst_classificationmetrics.moc"
