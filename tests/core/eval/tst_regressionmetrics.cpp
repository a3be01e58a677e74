// Regression and ranking metrics against small hand-computed cases.

#include "eval/DecileTable.h"
#include "eval/Ranking.h"
#include "eval/RegressionMetrics.h"

#include <QTest>

#include <cmath>

using namespace ltv::eval;

class TestRegressionMetrics : public QObject
{
    Q_OBJECT
private slots:
    void errorsMatchHandComputation()
    {
        const std::vector<double> actual{1, 2, 3};
        const std::vector<double> predicted{2, 2, 5};
        // errors 1, 0, 2: MSE 5/3, MAE 1; SS_tot = 2 so R^2 = 1 - 5/2.
        QCOMPARE(meanSquaredError(actual, predicted), 5.0 / 3.0);
        QCOMPARE(meanAbsoluteError(actual, predicted), 1.0);
        QCOMPARE(rSquared(actual, predicted), -1.5);
        QCOMPARE(totalRatio(actual, predicted), 1.5);
        const RegressionMetrics m = evaluateRegression(actual, predicted);
        QCOMPARE(m.rmse, std::sqrt(5.0 / 3.0));
        QCOMPARE(m.count, 3);
    }

    void giniOfPerfectAndReversedRanking()
    {
        const std::vector<double> actual{3, 0, 7, 1, 12, 5};
        QCOMPARE(normalizedGini(actual, actual), 1.0);
        std::vector<double> reversed(actual.size());
        for (std::size_t i = 0; i < actual.size(); ++i)
            reversed[i] = -actual[i];
        QVERIFY(std::abs(normalizedGini(actual, reversed) + 1.0) < 1e-12);
        // A constant prediction carries no ranking information.
        QVERIFY(std::abs(normalizedGini(actual, std::vector<double>(actual.size(), 2.0))) < 1e-12);
    }

    void giniHandComputed()
    {
        // Ordered by prediction: actual 4, 2, 3, 1 -> cumulative shares .4 .6 .9 1.0, sum 2.9;
        // raw Gini (2.9 - 2.5) / 4 = 0.1; perfect (3.0 - 2.5) / 4 = 0.125.
        const std::vector<double> actual{1, 2, 3, 4};
        const std::vector<double> predicted{0.1, 0.4, 0.35, 0.8};
        QCOMPARE(giniRaw(actual, predicted), 0.1);
        QCOMPARE(giniRaw(actual, actual), 0.125);
        QCOMPARE(normalizedGini(actual, predicted), 0.8);
    }

    void giniTiesAreTheMeanOverTieBreaks()
    {
        // Enumerating the four tie-breaks gives cumulative sums 50, 45, 40, 35: mean 42.5,
        // raw Gini (42.5/15 - 2.5)/4 = 1/12; perfect 7/24; normalized 2/7.
        const std::vector<double> actual{0, 10, 0, 5};
        const std::vector<double> predicted{1, 1, 0, 0};
        QVERIFY(std::abs(giniRaw(actual, predicted) - 1.0 / 12.0) < 1e-12);
        QVERIFY(std::abs(normalizedGini(actual, predicted) - 2.0 / 7.0) < 1e-12);
        // Independent of the input order.
        QVERIFY(std::abs(normalizedGini({5, 0, 10, 0}, {0, 0, 1, 1}) - 2.0 / 7.0) < 1e-12);
    }

    void giniUndefinedWithoutValue()
    {
        QVERIFY(std::isnan(normalizedGini({0, 0, 0}, {1, 2, 3})));
        QVERIFY(std::isnan(normalizedGini({1, 2}, {1, 2, 3})));
    }

    void spearmanWithTies()
    {
        // ranks of b: 1 2 3.5 5 3.5 -> rho = 8 / sqrt(10 * 9.5)
        QVERIFY(std::abs(spearman({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7}) - 8.0 / std::sqrt(95.0)) < 1e-12);
        QCOMPARE(spearman({1, 2, 3}, {30, 20, 10}), -1.0);
        QVERIFY(std::isnan(spearman({1, 2, 3}, {4, 4, 4})));
    }

    void topCaptureCountsStraddlingTiesProRata()
    {
        const std::vector<double> actual{10, 0, 5, 1, 4};
        QCOMPARE(topShareCapture(actual, {5, 4, 3, 2, 1}, 0.2), 0.5);
        // The top 20% (1 customer) falls inside a tie group of two holding 10: half of it.
        QCOMPARE(topShareCapture(actual, {5, 5, 3, 2, 1}, 0.2), 0.25);
        QCOMPARE(topShareCapture(actual, {5, 4, 3, 2, 1}, 1.0), 1.0);
    }

    void decilesWithTies()
    {
        // Five bins over ten customers; a tie group goes to the bin of its mean position:
        // 5,5,5 -> pos 2 -> bin 1; 4 -> pos 4 -> bin 2; 3,3 -> 5.5 -> bin 3; 2 -> 7 and 1,1 -> 8.5 -> bin 4; 0 ->
        // bin 5.
        const std::vector<double> predicted{5, 5, 5, 4, 3, 3, 2, 1, 1, 0};
        const std::vector<double> actual{10, 0, 5, 3, 2, 4, 1, 0, 2, 0};
        const DecileTable t = decileTable(actual, predicted, 5);
        QCOMPARE(t.rows.size(), std::size_t{5});
        const int counts[] = {3, 1, 2, 3, 1};
        const double meanPredicted[] = {5, 4, 3, 4.0 / 3.0, 0};
        const double meanActual[] = {5, 3, 3, 1, 0};
        for (int b = 0; b < 5; ++b) {
            QCOMPARE(t.rows[static_cast<std::size_t>(b)].decile, b + 1);
            QCOMPARE(t.rows[static_cast<std::size_t>(b)].count, counts[b]);
            QVERIFY(std::abs(t.rows[static_cast<std::size_t>(b)].meanPredicted - meanPredicted[b]) < 1e-12);
            QVERIFY(std::abs(t.rows[static_cast<std::size_t>(b)].meanActual - meanActual[b]) < 1e-12);
        }
        // MAPE over bins with a non-zero actual mean: (0 + 1/3 + 0 + 1/3) / 4.
        QVERIFY(std::abs(t.mape - 1.0 / 6.0) < 1e-12);

        // The same table whatever the input order.
        const std::vector<double> p2{0, 1, 1, 2, 3, 3, 4, 5, 5, 5};
        const std::vector<double> a2{0, 2, 0, 1, 4, 2, 3, 5, 0, 10};
        const DecileTable t2 = decileTable(a2, p2, 5);
        for (int b = 0; b < 5; ++b) {
            QCOMPARE(t2.rows[static_cast<std::size_t>(b)].count, counts[b]);
            QVERIFY(std::abs(t2.rows[static_cast<std::size_t>(b)].meanActual - meanActual[b]) < 1e-12);
        }
    }

    void allTiedPredictionsLeaveEmptyDeciles()
    {
        const DecileTable t = decileTable({1, 2, 3, 4}, {0, 0, 0, 0}, 4);
        // Mean position 2.5 -> bin floor(1.5 * 4 / 4) = 1 (the second).
        QCOMPARE(t.rows[1].count, 4);
        QCOMPARE(t.rows[0].count, 0);
        QVERIFY(std::isnan(t.rows[0].meanActual));
    }

    void nonFinitePredictionGivesNaNMetrics()
    {
        const RegressionMetrics m = evaluateRegression({1, 2}, {1, std::nan("")});
        QVERIFY(std::isnan(m.mae));
        QVERIFY(std::isnan(m.normalizedGini));
    }
};

QTEST_GUILESS_MAIN(TestRegressionMetrics)
#include "tst_regressionmetrics.moc"
