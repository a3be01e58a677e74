// Chart data: matrices agree with the model cell by cell; on customers
// simulated from BG/NBD, calibration-vs-holdout and tracking series put the
// model's predictions next to what the simulated customers actually did.

#include "models/btyd/BetaGeometricNbd.h"
#include "models/btyd/ChartData.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace ltv;
using namespace ltv::models::btyd;

namespace {

const std::vector<double> kParams = {0.243, 4.414, 0.793, 2.426};

struct Simulated
{
    features::CustomerSummary calibration;
    std::vector<double> holdoutPurchases;
    std::vector<Day> firstPurchase;
    std::vector<Day> repeatDays; // over calibration and holdout
};

// BG/NBD customers acquired in days 0..83, purchases at day resolution, observed
// to day 273 (calibration, 39 weeks) and then 273 more days (holdout).
Simulated simulate(std::size_t n)
{
    std::mt19937_64 rng(99);
    std::gamma_distribution<double> lambdaDist(kParams[0], 1.0 / kParams[1]);
    std::gamma_distribution<double> ga(kParams[2], 1.0), gb(kParams[3], 1.0);
    std::uniform_int_distribution<int> birth(0, 83);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int calibrationEnd = 273, holdoutEnd = 546;
    Simulated s;
    s.calibration.unit = TimeUnit::Week;
    s.calibration.asOf = calibrationEnd;
    for (std::size_t i = 0; i < n; ++i) {
        const double lambda = lambdaDist(rng) / 7.0; // per day
        const double u = ga(rng), v = gb(rng), p = u / (u + v);
        const int first = birth(rng);
        std::exponential_distribution<double> gap(lambda);
        double t = first;
        int lastCal = first, x = 0, holdout = 0, lastDay = first;
        while (true) {
            if (t > first && unit(rng) < p)
                break;
            t += gap(rng);
            if (t >= holdoutEnd + 1.0)
                break;
            const int day = static_cast<int>(t);
            if (day == lastDay)
                continue;
            lastDay = day;
            s.repeatDays.push_back(day);
            if (day <= calibrationEnd) {
                ++x;
                lastCal = day;
            } else {
                ++holdout;
            }
        }
        s.calibration.customer.push_back(std::int32_t(i));
        s.calibration.frequency.push_back(x);
        s.calibration.recency.push_back((lastCal - first) / 7.0);
        s.calibration.age.push_back((calibrationEnd - first) / 7.0);
        s.holdoutPurchases.push_back(holdout);
        s.firstPurchase.push_back(first);
    }
    return s;
}

} // namespace

class TestBtydChartData : public QObject
{
    Q_OBJECT
private slots:
    void matricesMatchTheModel()
    {
        BetaGeometricNbd model(false);
        model.setParameters(kParams);
        const FrequencyRecencyMatrix e = expectedPurchasesMatrix(model, 38.86, 39.0, 20, 10);
        const FrequencyRecencyMatrix a = probabilityAliveMatrix(model, 38.86, 20, 10);
        QCOMPARE(e.frequency.size(), std::size_t(21));
        QCOMPARE(e.recency.size(), std::size_t(11));
        QCOMPARE(e.values.size(), std::size_t(231));
        QCOMPARE(e.recency.back(), 38.86);
        QCOMPARE(e.at(7, 3), model.conditionalExpectedPurchases(39.0, 3.0, e.recency[7], 38.86));
        QCOMPARE(a.at(10, 2), model.probabilityAlive(2.0, 38.86, 38.86));
        QCOMPARE(a.at(4, 0), 1.0); // no repeat purchase: BG/NBD customers are alive
        // More recent buyers are more likely alive; more purchases with old recency less.
        QVERIFY(a.at(10, 10) > a.at(2, 10));
        QVERIFY(a.at(2, 15) < a.at(2, 1));
        QVERIFY(e.at(10, 20) > e.at(10, 1));
    }

    void calibrationVsHoldoutAgreesOnSimulatedCustomers()
    {
        const Simulated s = simulate(30000);
        BetaGeometricNbd model(false);
        model.setParameters(kParams);
        const std::vector<CalibrationHoldoutRow> rows =
            calibrationVsHoldout(model, s.calibration, s.holdoutPurchases, 39.0, 6);
        QCOMPARE(rows.front().frequency, 0);
        std::size_t customers = 0;
        for (const CalibrationHoldoutRow &r : rows) {
            customers += r.customers;
            // Means of >= 500 customers: sampling error well below 20 %.
            if (r.customers >= 500)
                QVERIFY2(std::abs(r.actual - r.predicted) < 0.2 * r.predicted + 0.02,
                         qPrintable(QStringLiteral("frequency %1: actual %2, predicted %3")
                                        .arg(r.frequency)
                                        .arg(r.actual)
                                        .arg(r.predicted)));
        }
        QCOMPARE(customers, std::size_t(30000));
        // The independent computation of one bucket.
        double actual = 0.0, predicted = 0.0;
        int count = 0;
        for (std::size_t i = 0; i < s.calibration.size(); ++i)
            if (s.calibration.frequency[i] == 2.0) {
                ++count;
                actual += s.holdoutPurchases[i];
                predicted +=
                    model.conditionalExpectedPurchases(39.0, 2.0, s.calibration.recency[i], s.calibration.age[i]);
            }
        QCOMPARE(rows[2].customers, std::size_t(count));
        QVERIFY(std::abs(rows[2].actual - actual / count) < 1e-12);
        QVERIFY(std::abs(rows[2].predicted - predicted / count) < 1e-12);
    }

    void trackingFollowsSimulatedCustomers()
    {
        const Simulated s = simulate(30000);
        BetaGeometricNbd model(false);
        model.setParameters(kParams);
        const TrackingSeries t = trackingSeries(model, TimeUnit::Week, s.firstPurchase, s.repeatDays, 6, 545, 7);
        QCOMPARE(t.day.size(), std::size_t(78));
        double incremental = 0.0;
        for (std::size_t k = 0; k < t.day.size(); ++k)
            incremental += t.expectedIncremental[k];
        QVERIFY(std::abs(incremental - t.expectedCumulative.back()) < 1e-6 * incremental);
        // Total repeat purchases over 78 weeks within 5 % of the expectation.
        const double actual = t.actualCumulative.back(), expected = t.expectedCumulative.back();
        QVERIFY2(std::abs(actual / expected - 1.0) < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(actual).arg(expected)));
        // Mid-way too (end of calibration).
        QVERIFY(std::abs(t.actualCumulative[38] / t.expectedCumulative[38] - 1.0) < 0.05);
        // Independent check of one point: sum of E[X] over customers acquired before it.
        double direct = 0.0;
        for (Day f : s.firstPurchase)
            if (f < t.day[10])
                direct += model.expectedPurchases((t.day[10] - f) / 7.0);
        QVERIFY(std::abs(direct - t.expectedCumulative[10]) < 1e-9 * direct);
    }

    void aliveHistoryUsesPurchasesSeenSoFar()
    {
        BetaGeometricNbd model(false);
        model.setParameters(kParams);
        const AliveHistory h = probabilityAliveHistory(model, {0.0, 3.0, 10.5}, 30.0, 5.0);
        // Grid 0, 5, ..., 30 plus the purchases at 3 and 10.5.
        QCOMPARE(h.time.size(), std::size_t(9));
        QCOMPARE(h.pAlive.front(), 1.0);
        for (std::size_t k = 0; k < h.time.size(); ++k) {
            const double t = h.time[k];
            const double x = (t >= 3.0) + (t >= 10.5);
            const double tx = t >= 10.5 ? 10.5 : (t >= 3.0 ? 3.0 : 0.0);
            if (t > 0.0)
                QCOMPARE(h.pAlive[k], model.probabilityAlive(x, tx, t));
        }
        // Decays after the last purchase.
        QVERIFY(h.pAlive.back() < h.pAlive[4]);
    }
};

QTEST_GUILESS_MAIN(TestBtydChartData)
#include "tst_btyd_chartdata.moc"
