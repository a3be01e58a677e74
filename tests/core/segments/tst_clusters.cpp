// k-means++ clustering, silhouette-based choice of k and cluster profiles.

#include "pipeline/DemoData.h"
#include "segments/Clusters.h"
#include "segments/Random.h"

#include <QtTest>

#include <cmath>
#include <numeric>
#include <set>

using namespace ltv;
using namespace ltv::segments;

namespace {
// Three well separated 2-D blobs of `perBlob` points each; row i is blob i / perBlob.
ClusterFeatures blobs(std::size_t perBlob, std::uint64_t seed)
{
    SeededRandom random(seed);
    const double centres[3][2] = {{0, 0}, {20, 0}, {0, 20}};
    ClusterFeatures f;
    f.names = {QStringLiteral("x"), QStringLiteral("y")};
    f.columns.resize(2);
    f.logScale = {false, false};
    for (std::size_t b = 0; b < 3; ++b)
        for (std::size_t i = 0; i < perBlob; ++i) {
            f.customer.push_back(static_cast<std::int32_t>(f.customer.size()));
            f.columns[0].push_back(centres[b][0] + 2.0 * (random.uniform() - 0.5));
            f.columns[1].push_back(centres[b][1] + 2.0 * (random.uniform() - 0.5));
        }
    return f;
}
} // namespace

class TestClusters : public QObject
{
    Q_OBJECT

private slots:
    void silhouetteMatchesHandComputation()
    {
        // 1-D points 0, 1, 10, 11 in clusters {0,1}, {10,11}:
        // s = (10.5 - 1) / 10.5 for the outer points and (9.5 - 1) / 9.5 for the inner ones.
        PointMatrix points{4, 1, {0.0, 1.0, 10.0, 11.0}};
        const double expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
        QVERIFY(std::abs(silhouette(points, {0, 0, 1, 1}, 2, {0, 1, 2, 3}) - expected) < 1e-12);
        // a singleton scores 0: {0}, {1, 10, 11}
        const double a1 = (9.0 + 10.0) / 2, b1 = 1.0;   // point 1: own {10, 11}, other {0}
        const double a10 = (9.0 + 1.0) / 2, b10 = 10.0; // point 10
        const double a11 = (10.0 + 1.0) / 2, b11 = 11.0;
        const double singleton =
            ((b1 - a1) / std::max(a1, b1) + (b10 - a10) / std::max(a10, b10) + (b11 - a11) / std::max(a11, b11)) / 4;
        QVERIFY(std::abs(silhouette(points, {0, 1, 1, 1}, 2, {0, 1, 2, 3}) - singleton) < 1e-12);
    }

    void findsThreeBlobs()
    {
        const ClusterFeatures features = blobs(100, 7);
        ClusterOptions options;
        options.kMin = 2;
        options.kMax = 6;
        const ClusterResult result = clusterCustomers(features, nullptr, options);
        QCOMPARE(result.k, 3);
        QCOMPARE(result.silhouetteByK.size(), std::size_t{5});
        QVERIFY(!result.sampledSilhouette);
        for (const auto &[k, score] : result.silhouetteByK)
            if (k != 3)
                QVERIFY(score < result.silhouetteByK[1].second);
        QVERIFY(result.silhouetteByK[1].second > 0.8);
        // each blob is exactly one cluster
        std::set<std::int32_t> used;
        for (std::size_t b = 0; b < 3; ++b) {
            const std::int32_t label = result.segmentation.segmentOf[b * 100];
            for (std::size_t i = 0; i < 100; ++i)
                QCOMPARE(result.segmentation.segmentOf[b * 100 + i], label);
            used.insert(label);
        }
        QCOMPARE(used.size(), std::size_t{3});
        // profiles: sizes add up, means on the original scale are near the blob centres
        std::size_t total = 0;
        for (const ClusterProfile &profile : result.profiles) {
            total += profile.size;
            QVERIFY(std::abs(profile.meanFeatures[0]) < 1.0 || std::abs(profile.meanFeatures[0] - 20.0) < 1.0);
        }
        QCOMPARE(total, std::size_t{300});
        QCOMPARE(clusterProfileTable(result).rows.size(), std::size_t{3});
    }

    void deterministicForASeed()
    {
        const ClusterFeatures features = blobs(60, 3);
        ClusterOptions options;
        options.kMin = 4; // more clusters than blobs: the split depends on the seeding
        options.kMax = 4;
        const ClusterResult a = clusterCustomers(features, nullptr, options);
        const ClusterResult b = clusterCustomers(features, nullptr, options);
        QCOMPARE(a.segmentation.segmentOf, b.segmentation.segmentOf);
        QCOMPARE(a.inertia, b.inertia);
    }

    void sampledSilhouetteIsCloseToExact()
    {
        const ClusterFeatures features = blobs(500, 11);
        const PointMatrix points = standardise(features);
        const KMeansFit fit = kMeans(points, 3, 5);
        std::vector<std::size_t> all(points.rows);
        std::iota(all.begin(), all.end(), std::size_t{0});
        const double exact = silhouette(points, fit.labels, 3, all);
        const std::vector<std::size_t> sample = sampleRows(points.rows, 300, 9);
        QCOMPARE(sample.size(), std::size_t{300});
        QCOMPARE(std::set<std::size_t>(sample.begin(), sample.end()).size(), std::size_t{300});
        QVERIFY(std::abs(silhouette(points, fit.labels, 3, sample) - exact) < 0.02);
    }

    void standardisationAndLogScale()
    {
        ClusterFeatures f;
        f.names = {QStringLiteral("a"), QStringLiteral("const"), QStringLiteral("money")};
        f.customer = {0, 1, 2, 3};
        f.columns = {{1, 2, 3, 4}, {5, 5, 5, 5}, {0, std::exp(1.0) - 1, std::exp(2.0) - 1, std::exp(3.0) - 1}};
        f.logScale = {false, false, true};
        const PointMatrix m = standardise(f);
        // column a and the logged money column (0, 1, 2, 3) both become (x - 1.5) / sd with sd = sqrt(1.25)
        for (std::size_t i = 0; i < 4; ++i) {
            const double z = (static_cast<double>(i) - 1.5) / std::sqrt(1.25);
            QVERIFY(std::abs(m.values[i * 3 + 0] - z) < 1e-12);
            QCOMPARE(m.values[i * 3 + 1], 0.0);
            QVERIFY(std::abs(m.values[i * 3 + 2] - z) < 1e-12);
        }
    }

    void demoClustersCoverEveryCustomer()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        const RfmInputs rfm = rfmInputsFromTransactions(set, set.dayRange().second);
        ClusterOptions options;
        options.kMax = 5;
        options.silhouetteSample = 800;
        const ClusterResult result = clusterCustomers(clusterFeatures(rfm), nullptr, options);
        QVERIFY(result.sampledSilhouette);
        QCOMPARE(result.silhouetteRows, std::size_t{800});
        QVERIFY(result.k >= 2 && result.k <= 5);
        const std::vector<std::size_t> counts = result.segmentation.counts();
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), std::size_t{0}), rfm.size());
        for (std::size_t c = 0; c < counts.size(); ++c)
            QCOMPARE(result.profiles[c].size, counts[c]);
    }

    void cancellationStops()
    {
        const pipeline::JobContext job;
        job.cancel();
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, clusterCustomers(blobs(20, 1), nullptr, {}, job));
    }
};

QTEST_GUILESS_MAIN(TestClusters)
#include "tst_clusters.moc"
