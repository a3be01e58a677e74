// Cumulative gain curve: hand-computed vertices, tie handling, the identity
// area - 1/2 = giniRaw, resampling onto the exact curve, degenerate input.

#include "eval/GainCurve.h"
#include "eval/Ranking.h"

#include <QTest>

#include <cmath>
#include <random>

using ltv::eval::GainCurve;
using ltv::eval::GainPoint;

namespace {

double trapezoidArea(const std::vector<GainPoint> &curve)
{
    double area = 0.0;
    for (std::size_t i = 1; i < curve.size(); ++i)
        area += (curve[i].population - curve[i - 1].population) * (curve[i].gain + curve[i - 1].gain) / 2.0;
    return area;
}

} // namespace

class TestGainCurve : public QObject
{
    Q_OBJECT
private slots:
    void handComputedVertices()
    {
        // Ranked by prediction: 10, 0, 5, 5 of a total of 20.
        const GainCurve curve = ltv::eval::gainCurve({10, 0, 5, 5}, {4, 3, 2, 1}, 0);
        const std::vector<GainPoint> expected = {{0, 0}, {0.25, 0.5}, {0.5, 0.5}, {0.75, 0.75}, {1, 1}};
        QCOMPARE(curve.model.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(curve.model[i].population, expected[i].population);
            QVERIFY(std::abs(curve.model[i].gain - expected[i].gain) < 1e-12);
        }
        // Perfect ranking: 10, 5, 5, 0, with the two 5s one tie group.
        const std::vector<GainPoint> perfect = {{0, 0}, {0.25, 0.5}, {0.75, 1.0}, {1, 1}};
        QCOMPARE(curve.perfect.size(), perfect.size());
        for (std::size_t i = 0; i < perfect.size(); ++i) {
            QCOMPARE(curve.perfect[i].population, perfect[i].population);
            QVERIFY(std::abs(curve.perfect[i].gain - perfect[i].gain) < 1e-12);
        }
        QCOMPARE(curve.model[1].lift(), 2.0);
        QVERIFY(std::isnan(curve.model[0].lift()));
    }

    void tiesRunStraight()
    {
        // One tie group: the expected curve is the diagonal whatever the order.
        const GainCurve curve = ltv::eval::gainCurve({1, 7, 0, 2}, {3, 3, 3, 3}, 0);
        QCOMPARE(curve.model.size(), std::size_t{2});
        QCOMPARE(curve.model[1].population, 1.0);
        QCOMPARE(curve.model[1].gain, 1.0);
        QVERIFY(std::abs(curve.gini) < 1e-12);
    }

    void areaAboveDiagonalIsGiniRaw()
    {
        std::mt19937 rng(7);
        std::gamma_distribution<double> spend(0.8, 40.0);
        std::uniform_int_distribution<int> coarse(0, 20); // many ties in the prediction
        std::vector<double> actual(3000);
        std::vector<double> predicted(3000);
        for (std::size_t i = 0; i < actual.size(); ++i) {
            actual[i] = spend(rng);
            predicted[i] = 0.02 * actual[i] + coarse(rng);
        }
        const GainCurve curve = ltv::eval::gainCurve(actual, predicted, 0);
        const double raw = ltv::eval::giniRaw(actual, predicted);
        QVERIFY2(std::abs((trapezoidArea(curve.model) - 0.5) - raw) < 1e-9, "area - 1/2 must equal giniRaw");
        const double perfectRaw = ltv::eval::giniRaw(actual, actual);
        QVERIFY(std::abs((trapezoidArea(curve.perfect) - 0.5) - perfectRaw) < 1e-9);
        QVERIFY(std::abs(curve.gini - ltv::eval::normalizedGini(actual, predicted)) < 1e-15);
        // The perfect curve is never below the model's (positive values).
        for (const GainPoint &p : curve.model)
            QVERIFY(ltv::eval::gainAt(curve.perfect, p.population) >= p.gain - 1e-12);
    }

    void resampledPointsLieOnTheExactCurve()
    {
        std::mt19937 rng(11);
        std::exponential_distribution<double> spend(0.05);
        std::vector<double> actual(1000);
        std::vector<double> predicted(1000);
        for (std::size_t i = 0; i < actual.size(); ++i) {
            actual[i] = spend(rng);
            predicted[i] = actual[i] * std::exp(std::normal_distribution<double>(0, 0.8)(rng));
        }
        const GainCurve exact = ltv::eval::gainCurve(actual, predicted, 0);
        const GainCurve sampled = ltv::eval::gainCurve(actual, predicted, 101);
        QCOMPARE(exact.model.size(), std::size_t{1001});
        QCOMPARE(sampled.model.size(), std::size_t{101});
        QCOMPARE(sampled.model.front().population, 0.0);
        QCOMPARE(sampled.model.front().gain, 0.0);
        QCOMPARE(sampled.model.back().population, 1.0);
        QCOMPARE(sampled.model.back().gain, 1.0);
        for (std::size_t k = 0; k < sampled.model.size(); ++k) {
            QVERIFY(std::abs(sampled.model[k].population - k / 100.0) < 1e-12);
            // On a vertex of the exact curve (every 10th customer) the value is exact.
            const std::size_t vertex = k * 10;
            QVERIFY(std::abs(sampled.model[k].gain - exact.model[vertex].gain) < 1e-12);
        }
    }

    void degenerateInput()
    {
        QVERIFY(ltv::eval::gainCurve({}, {}).model.empty());
        QVERIFY(std::isnan(ltv::eval::gainCurve({1, 2}, {1}).gini));
        QVERIFY(ltv::eval::gainCurve({0, 0}, {1, 2}).model.empty());
        QVERIFY(ltv::eval::gainCurve({1, NAN}, {1, 2}).model.empty());
    }
};

QTEST_GUILESS_MAIN(TestGainCurve)
#include "tst_gaincurve.moc"
