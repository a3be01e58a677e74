// Value x risk grid, LTV deciles and per-segment value summaries.

#include "segments/ValueRisk.h"

#include "PredictionFixtures.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace ltv;
using namespace ltv::segments;

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Ten per purchase, one purchase each.
models::Predictions predictionsWith(const std::vector<double> &ltv, const std::vector<double> &churn)
{
    return test::syntheticPredictions(ltv, churn, 10.0);
}
} // namespace

class TestValueRisk : public QObject
{
    Q_OBJECT

private slots:
    void tiersAndBands()
    {
        // LTV 100, 90, ..., 10; churn chosen to hit each band edge.
        const std::vector<double> churn{0.10, 0.70, 0.33, 0.66, 0.67, 0.329, 0.5, 0.9, 0.0, 1.0};
        std::vector<double> ltv;
        for (int i = 0; i < 10; ++i)
            ltv.push_back(100.0 - 10.0 * i);
        const ValueRiskResult result = valueRiskGrid(predictionsWith(ltv, churn));
        const std::vector<ValueTier> tiers{ValueTier::High,   ValueTier::High,   ValueTier::Medium, ValueTier::Medium,
                                           ValueTier::Medium, ValueTier::Medium, ValueTier::Medium, ValueTier::Low,
                                           ValueTier::Low,    ValueTier::Low};
        const std::vector<RiskBand> bands{RiskBand::Low,  RiskBand::High, RiskBand::Medium, RiskBand::Medium,
                                          RiskBand::High, RiskBand::Low,  RiskBand::Medium, RiskBand::High,
                                          RiskBand::Low,  RiskBand::High};
        QCOMPARE(result.tier, tiers);
        QCOMPARE(result.band, bands);
        QCOMPARE(result.segmentation.names[result.segmentation.segmentOf[1]],
                 QStringLiteral("High value, high risk: win back now"));
        QCOMPARE(result.segmentation.names[result.segmentation.segmentOf[9]],
                 QStringLiteral("Low value, high risk: suppress"));
        QCOMPARE(result.segmentation.names.size(), 9);
        const std::vector<std::size_t> counts = result.segmentation.counts();
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), std::size_t{0}), std::size_t{10});
        QCOMPARE(result.unknownRisk, std::size_t{0});
    }

    void tiedValuesShareATier()
    {
        // five customers tie at the top: none of them is pushed to Medium
        const std::vector<double> ltv{7, 7, 7, 7, 7, 3, 2, 1, 1, 0};
        const ValueRiskResult result = valueRiskGrid(predictionsWith(ltv, std::vector<double>(10, 0.5)));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(result.tier[static_cast<std::size_t>(i)], ValueTier::High);
        // 3 has 5 higher (a = 0.5 < 0.7): Medium; 2 has 6 higher: Medium; the tied 1s have 7 higher: Low
        QCOMPARE(result.tier[5], ValueTier::Medium);
        QCOMPARE(result.tier[6], ValueTier::Medium);
        QCOMPARE(result.tier[7], ValueTier::Low);
        QCOMPARE(result.tier[8], ValueTier::Low);
    }

    void riskFallbacksAndMetric()
    {
        models::Predictions p = predictionsWith({5, 4, 3}, {kNaN, kNaN, 0.9});
        p.pAlive = {0.9, kNaN, 0.9}; // customer 0: churn from P(alive); customer 1: unknown
        const ValueRiskResult churnBased = valueRiskGrid(p);
        QCOMPARE(churnBased.band[0], RiskBand::Low);
        QCOMPARE(churnBased.band[1], RiskBand::Medium);
        QCOMPARE(churnBased.unknownRisk, std::size_t{1});
        QCOMPARE(churnBased.band[2], RiskBand::High);
        ValueRiskConfig config;
        config.metric = RiskMetric::NotAlive;
        const ValueRiskResult aliveBased = valueRiskGrid(p, config);
        QCOMPARE(aliveBased.band[2], RiskBand::Low); // P(alive) 0.9 wins over churn 0.9
        QVERIFY(std::abs(aliveBased.risk[2] - 0.1) < 1e-12);
    }

    void editedConfigRoundTrips()
    {
        ValueRiskConfig config;
        config.topShare = 0.5;
        config.middleShare = 0.3;
        config.lowRiskBelow = 0.2;
        config.highRiskAbove = 0.8;
        config.metric = RiskMetric::NotAlive;
        config.cellNames[2] = QStringLiteral("Whales slipping away");
        ValueRiskConfig parsed;
        QString error;
        QVERIFY2(ValueRiskConfig::fromJson(config.toJson(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.topShare, 0.5);
        QCOMPARE(parsed.highRiskAbove, 0.8);
        QCOMPARE(parsed.metric, RiskMetric::NotAlive);
        QCOMPARE(parsed.cellNames[2], QStringLiteral("Whales slipping away"));
        const ValueRiskResult result =
            valueRiskGrid(predictionsWith({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, std::vector<double>(10, 0.85)), parsed);
        QCOMPARE(result.segmentation.counts()[2], std::size_t{5}); // top half, risk 0.85 > 0.8
        QCOMPARE(result.segmentation.names[2], QStringLiteral("Whales slipping away"));
        config.topShare = 0.8; // 0.8 + 0.3 > 1
        QVERIFY(!ValueRiskConfig::fromJson(config.toJson(), &parsed, &error));
        QVERIFY(!error.isEmpty());
    }

    void decilesAreBalancedAndOrdered()
    {
        std::vector<double> ltv;
        for (int i = 0; i < 25; ++i)
            ltv.push_back(std::fmod(i * 7.0, 25.0)); // a permutation of 0..24
        const Segmentation deciles = ltvDeciles(predictionsWith(ltv, std::vector<double>(25, 0.5)));
        const std::vector<std::size_t> counts = deciles.counts();
        QCOMPARE(counts.size(), std::size_t{10});
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), std::size_t{0}), std::size_t{25});
        for (const std::size_t c : counts)
            QVERIFY(c == 2 || c == 3);
        for (std::size_t i = 0; i < 25; ++i)
            for (std::size_t j = 0; j < 25; ++j)
                if (ltv[i] > ltv[j])
                    QVERIFY(deciles.segmentOf[i] <= deciles.segmentOf[j]);
        // the top value (24) is in decile 1, the lowest (0) in decile 10
        const auto top = static_cast<std::size_t>(std::max_element(ltv.begin(), ltv.end()) - ltv.begin());
        const auto bottom = static_cast<std::size_t>(std::min_element(ltv.begin(), ltv.end()) - ltv.begin());
        QCOMPARE(deciles.segmentOf[top], 0);
        QCOMPARE(deciles.segmentOf[bottom], 9);
    }

    void segmentValuesAddUp()
    {
        const models::Predictions p = predictionsWith({100, 50, 20, 10}, {0.1, 0.5, 0.9, kNaN});
        Segmentation s;
        s.names = {QStringLiteral("A"), QStringLiteral("B")};
        s.customer = {0, 1, 2, 3};
        s.segmentOf = {0, 1, 1, 0};
        const Table table = segmentValueTable(s, p);
        QCOMPARE(table.rows.size(), std::size_t{2});
        QCOMPARE(table.rows[0][1], QStringLiteral("2"));
        QCOMPARE(table.rows[0][3], QStringLiteral("110.00"));
        QCOMPARE(table.rows[0][6], QStringLiteral("10.00")); // 100 x 0.1; unknown risk adds nothing
        QCOMPARE(table.rows[1][6], QStringLiteral("43.00")); // 50 x 0.5 + 20 x 0.9
        QCOMPARE(table.rows[1][7], QStringLiteral("0.700"));
        QCOMPARE(table.rows[0][5], QStringLiteral("61.1")); // 110 / 180
    }
};

QTEST_GUILESS_MAIN(TestValueRisk)
#include "tst_valuerisk.moc"
