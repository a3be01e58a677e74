// Segments and recommendations end to end on the bundled CDNOW sample with
// BG/NBD + Gamma-Gamma predictions.

#include "pipeline/DemoData.h"
#include "segments/Budget.h"
#include "segments/Clusters.h"
#include "segments/ModelRun.h"
#include "segments/Playbook.h"
#include "segments/Retention.h"
#include "segments/Rfm.h"
#include "segments/ValueRisk.h"

#include <QtTest>

#include <cmath>
#include <numeric>

using namespace ltv;
using namespace ltv::segments;

namespace {
std::size_t total(const Segmentation &s)
{
    const std::vector<std::size_t> counts = s.counts();
    return std::accumulate(counts.begin(), counts.end(), std::size_t{0});
}

double meanLtv(const Segmentation &s, const models::Predictions &p, const QString &segment)
{
    const auto index = s.names.indexOf(segment);
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.segmentOf[i] == index) {
            sum += p.ltv[i];
            ++n;
        }
    return n ? sum / static_cast<double>(n) : std::nan("");
}
} // namespace

class TestMarketing : public QObject
{
    Q_OBJECT

    features::TransactionSet set_;
    ModelRun run_;

private slots:
    void initTestCase()
    {
        set_ = pipeline::loadDemoTransactions();
        run_ = fitAndPredict(set_, set_.dayRange().second, ModelRunOptions{});
        QVERIFY2(run_.ok(), qPrintable(run_.error));
        QCOMPARE(static_cast<std::int32_t>(run_.predictions.size()), set_.customerCount());
        QCOMPARE(run_.predictions.customer, run_.summary.customer);
    }

    void rejectsNonTransactionModels()
    {
        ModelRunOptions options;
        options.modelId = QStringLiteral("gg");
        QVERIFY(!fitAndPredict(set_, set_.dayRange().second, options).ok());
        options.modelId = QStringLiteral("nope");
        QVERIFY(fitAndPredict(set_, set_.dayRange().second, options).error.contains(QStringLiteral("nope")));
    }

    void zeroSpendRepeatBuyerFallsBackToSplitSpendModel()
    {
        // One extra customer whose repeat purchase is free: Gamma-Gamma cannot
        // take it, so the spend model is fitted on the other repeat buyers.
        features::TransactionSet set = set_;
        const std::int32_t extra = set.customerCount();
        set.customerIds << QStringLiteral("free-repeat");
        const Day first = set.dayRange().first;
        set.append(extra, first + 10, 12.0);
        set.append(extra, first + 40, 0.0);
        set.sortByCustomerAndDay();
        const ModelRun run = fitAndPredict(set, set.dayRange().second, ModelRunOptions{});
        QVERIFY2(run.ok(), qPrintable(run.error));
        QCOMPARE(run.notes.size(), 1);
        QVERIFY(run.notes[0].contains(QStringLiteral("1 with zero or negative spend")));
        for (std::size_t i = 0; i < run.predictions.size(); ++i) {
            QVERIFY(std::isfinite(run.predictions.ltv[i]));
            QCOMPARE(run.predictions.ltv[i], run.predictions.expectedSpend[i] * run.predictions.expectedPurchases[i]);
        }
        ModelRunOptions discounted;
        discounted.annualDiscountRate = 0.1; // the split is only exact without discounting
        QVERIFY(!fitAndPredict(set, set.dayRange().second, discounted).ok());
    }

    void rfmSegmentsOrderValue()
    {
        const RfmResult rfm = scoreRfm(rfmInputsFromSummary(run_.summary));
        QCOMPARE(total(rfm.segmentation), run_.predictions.size());
        // summary rows and prediction rows align, so row means are comparable
        const double champions = meanLtv(rfm.segmentation, run_.predictions, QStringLiteral("Champions"));
        const double lost = meanLtv(rfm.segmentation, run_.predictions, QStringLiteral("Lost"));
        const double all = std::accumulate(run_.predictions.ltv.begin(), run_.predictions.ltv.end(), 0.0) /
                           static_cast<double>(run_.predictions.size());
        QVERIFY2(champions > 3 * all, qPrintable(QStringLiteral("%1 vs %2").arg(champions).arg(all)));
        QVERIFY(lost < all);
    }

    void gridAndDecilesCoverEveryone()
    {
        const ValueRiskResult grid = valueRiskGrid(run_.predictions);
        QCOMPARE(total(grid.segmentation), run_.predictions.size());
        QCOMPARE(grid.unknownRisk, std::size_t{0});
        const auto high = static_cast<double>(std::count(grid.tier.begin(), grid.tier.end(), ValueTier::High));
        const double n = static_cast<double>(run_.predictions.size());
        QVERIFY(high / n >= 0.2 - 1e-9 && high / n < 0.25); // ties may add a little
        const Segmentation deciles = ltvDeciles(run_.predictions);
        QCOMPARE(total(deciles), run_.predictions.size());
        double top = 0.0, sum = 0.0;
        for (std::size_t i = 0; i < deciles.size(); ++i) {
            sum += run_.predictions.ltv[i];
            if (deciles.segmentOf[i] == 0)
                top += run_.predictions.ltv[i];
        }
        QVERIFY(top / sum > 0.3); // value is concentrated in the top decile
    }

    void budgetOnTheGrid()
    {
        const ValueRiskResult grid = valueRiskGrid(run_.predictions);
        const Playbook playbook = defaultValueRiskPlaybook();
        const BudgetAllocation a =
            allocateBudget(grid.segmentation, playbook, run_.predictions, BudgetOptions{200.0, 0.5, 1.0});
        QVERIFY(a.spend <= 200.0);
        QVERIFY(a.netReturn > 0.0);
        QCOMPARE(a.segments[8].contacted, std::size_t{0}); // low value, high risk: suppressed
        std::size_t customers = 0;
        for (const SegmentBudget &s : a.segments)
            customers += s.customers;
        QCOMPARE(customers, run_.predictions.size());
        const std::vector<RetentionEntry> retention = retentionList(run_.predictions, lastPurchaseDays(set_), 20);
        QCOMPARE(retention.size(), std::size_t{20});
        for (std::size_t i = 1; i < retention.size(); ++i)
            QVERIFY(retention[i - 1].valueAtRisk >= retention[i].valueAtRisk);
    }

    void clustersWithPredictions()
    {
        const RfmInputs rfm = rfmInputsFromSummary(run_.summary);
        ClusterOptions options;
        options.kMax = 5;
        options.silhouetteSample = 600;
        const ClusterResult clusters =
            clusterCustomers(clusterFeatures(rfm, &run_.predictions), &run_.predictions, options);
        QCOMPARE(total(clusters.segmentation), run_.predictions.size());
        for (std::size_t c = 1; c < clusters.profiles.size(); ++c)
            QVERIFY(clusters.profiles[c - 1].totalLtv >= clusters.profiles[c].totalLtv);
    }
};

QTEST_GUILESS_MAIN(TestMarketing)
#include "tst_marketing.moc"
