#pragma once
// Customer clusters: k-means on standardised features with k chosen by the
// silhouette, and a profile per cluster.
//
// Features are optionally log-scaled (sign(x) log(1 + |x|), for heavy-tailed
// money and counts) and then standardised to mean 0 and standard deviation 1
// (a constant column becomes 0). For each k in [kMin, kMax] the best of
// several seeded k-means++ runs is scored by the mean silhouette; the largest
// wins, the smaller k on a tie. With more rows than silhouetteSample the
// silhouette is computed on one seeded uniform sample of that many rows (the
// same sample for every k), which costs O(sample^2) instead of O(n^2).

#include "models/Model.h"
#include "segments/KMeans.h"
#include "segments/Rfm.h"
#include "segments/Segmentation.h"

#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace ltv::segments {

struct ClusterFeatures
{
    QStringList names;
    std::vector<std::int32_t> customer;
    std::vector<std::vector<double>> columns; // columns[feature][row]
    std::vector<bool> logScale;               // per feature
};

// recency, frequency, monetary (log-scaled) from RFM inputs, plus predicted
// LTV (log-scaled) and P(alive) when predictions are given (0 when a customer
// has none).
ClusterFeatures clusterFeatures(const RfmInputs &rfm, const models::Predictions *predictions = nullptr);

struct ClusterOptions
{
    int kMin = 2;
    int kMax = 8;
    std::uint64_t seed = 20240601;
    int restarts = 4;
    int maxIterations = 100;
    std::size_t silhouetteSample = 2000;
};

struct ClusterProfile
{
    std::size_t size = 0;
    std::vector<double> meanFeatures; // on the original scale
    double totalLtv = 0.0;
    double meanLtv = 0.0;
};

struct ClusterResult
{
    Segmentation segmentation; // "Cluster 1".. ordered by total predicted value (or size)
    int k = 0;
    std::vector<std::pair<int, double>> silhouetteByK;
    bool sampledSilhouette = false;
    std::size_t silhouetteRows = 0;
    QStringList featureNames;
    std::vector<ClusterProfile> profiles; // same order as segmentation.names
    double inertia = 0.0;                 // on standardised features
};

// The standardised matrix used for clustering (exposed for tests).
PointMatrix standardise(const ClusterFeatures &features);

ClusterResult clusterCustomers(const ClusterFeatures &features, const models::Predictions *predictions = nullptr,
                               const ClusterOptions &options = {},
                               const pipeline::JobContext &job = pipeline::JobContext());

// cluster, customers, share %, total LTV, mean LTV, mean of each feature.
Table clusterProfileTable(const ClusterResult &result);

} // namespace ltv::segments
