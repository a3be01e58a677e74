#include "segments/Clusters.h"

#include "segments/PredictionLookup.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <stdexcept>

namespace ltv::segments {

ClusterFeatures clusterFeatures(const RfmInputs &rfm, const models::Predictions *predictions)
{
    ClusterFeatures features;
    features.customer = rfm.customer;
    features.names = {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary")};
    features.columns = {rfm.recency, rfm.frequency, rfm.monetary};
    features.logScale = {false, true, true};
    if (predictions) {
        const PredictionLookup lookup(*predictions);
        std::vector<double> ltv(rfm.size()), alive(rfm.size());
        for (std::size_t i = 0; i < rfm.size(); ++i) {
            ltv[i] = lookup.ltv(rfm.customer[i]);
            const double p = lookup.pAlive(rfm.customer[i]);
            alive[i] = std::isfinite(p) ? p : 0.0;
        }
        features.names << QStringLiteral("predicted_ltv") << QStringLiteral("p_alive");
        features.columns.push_back(std::move(ltv));
        features.columns.push_back(std::move(alive));
        features.logScale.push_back(true);
        features.logScale.push_back(false);
    }
    return features;
}

PointMatrix standardise(const ClusterFeatures &features)
{
    PointMatrix points;
    points.rows = features.customer.size();
    points.cols = features.columns.size();
    points.values.assign(points.rows * points.cols, 0.0);
    for (std::size_t j = 0; j < points.cols; ++j) {
        std::vector<double> column = features.columns[j];
        if (column.size() != points.rows)
            throw std::invalid_argument("cluster feature column has the wrong length");
        if (j < features.logScale.size() && features.logScale[j])
            for (double &x : column)
                x = std::copysign(std::log1p(std::abs(x)), x);
        for (double &x : column)
            if (!std::isfinite(x))
                x = 0.0;
        const double n = static_cast<double>(std::max<std::size_t>(points.rows, 1));
        const double mean = std::accumulate(column.begin(), column.end(), 0.0) / n;
        double variance = 0.0;
        for (const double x : column)
            variance += (x - mean) * (x - mean);
        const double sd = std::sqrt(variance / n);
        for (std::size_t i = 0; i < points.rows; ++i)
            points.values[i * points.cols + j] = sd > 0.0 ? (column[i] - mean) / sd : 0.0;
    }
    return points;
}

ClusterResult clusterCustomers(const ClusterFeatures &features, const models::Predictions *predictions,
                               const ClusterOptions &options, const pipeline::JobContext &job)
{
    const PointMatrix points = standardise(features);
    const int kMin = std::max(options.kMin, 2);
    const int kMax = std::min<int>(options.kMax, static_cast<int>(points.rows) - 1);
    if (kMax < kMin)
        throw std::invalid_argument(
            QCoreApplication::translate("Clusters", "Too few customers for clustering.").toStdString());

    ClusterResult result;
    result.featureNames = features.names;
    const std::vector<std::size_t> sample = sampleRows(points.rows, options.silhouetteSample, options.seed);
    result.sampledSilhouette = sample.size() < points.rows;
    result.silhouetteRows = sample.size();
    KMeansFit best;
    double bestScore = -2.0;
    for (int k = kMin; k <= kMax; ++k) {
        const double begin = static_cast<double>(k - kMin) / (kMax - kMin + 1);
        const double end = static_cast<double>(k - kMin + 1) / (kMax - kMin + 1);
        job.setProgress(begin, QCoreApplication::translate("Clusters", "Clustering with k = %1").arg(k));
        KMeansFit fit = kMeans(points, k, options.seed + static_cast<std::uint64_t>(k), options.restarts,
                               options.maxIterations, job.subTask(begin, end));
        const double score = silhouette(points, fit.labels, k, sample);
        result.silhouetteByK.emplace_back(k, score);
        if (score > bestScore) {
            bestScore = score;
            best = std::move(fit);
        }
    }
    job.setProgress(1.0);
    result.k = best.k;
    result.inertia = best.inertia;

    // Profiles, then order clusters by total predicted value (or size).
    const auto k = static_cast<std::size_t>(best.k);
    std::vector<ClusterProfile> profiles(k);
    for (ClusterProfile &profile : profiles)
        profile.meanFeatures.assign(features.columns.size(), 0.0);
    std::unique_ptr<PredictionLookup> lookup;
    if (predictions)
        lookup = std::make_unique<PredictionLookup>(*predictions);
    for (std::size_t i = 0; i < points.rows; ++i) {
        ClusterProfile &profile = profiles[static_cast<std::size_t>(best.labels[i])];
        ++profile.size;
        for (std::size_t j = 0; j < features.columns.size(); ++j)
            profile.meanFeatures[j] += features.columns[j][i];
        if (lookup)
            profile.totalLtv += lookup->ltv(features.customer[i]);
    }
    for (ClusterProfile &profile : profiles) {
        for (double &mean : profile.meanFeatures)
            mean /= static_cast<double>(std::max<std::size_t>(profile.size, 1));
        profile.meanLtv = profile.totalLtv / static_cast<double>(std::max<std::size_t>(profile.size, 1));
    }
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&profiles](std::size_t a, std::size_t b) {
        if (profiles[a].totalLtv != profiles[b].totalLtv)
            return profiles[a].totalLtv > profiles[b].totalLtv;
        return profiles[a].size > profiles[b].size;
    });
    std::vector<std::int32_t> newIndex(k);
    for (std::size_t rank = 0; rank < k; ++rank) {
        newIndex[order[rank]] = static_cast<std::int32_t>(rank);
        result.profiles.push_back(profiles[order[rank]]);
        result.segmentation.names << QCoreApplication::translate("Clusters", "Cluster %1").arg(rank + 1);
    }
    result.segmentation.kind = QStringLiteral("cluster");
    result.segmentation.customer = features.customer;
    result.segmentation.segmentOf.resize(points.rows);
    for (std::size_t i = 0; i < points.rows; ++i)
        result.segmentation.segmentOf[i] = newIndex[static_cast<std::size_t>(best.labels[i])];
    return result;
}

Table clusterProfileTable(const ClusterResult &result)
{
    Table table;
    table.header = {
        QCoreApplication::translate("Clusters", "cluster"), QCoreApplication::translate("Clusters", "customers"),
        QCoreApplication::translate("Clusters", "share %"), QCoreApplication::translate("Clusters", "total LTV"),
        QCoreApplication::translate("Clusters", "mean LTV")};
    for (const QString &name : result.featureNames)
        table.header << QCoreApplication::translate("Clusters", "mean %1").arg(name);
    const double n = static_cast<double>(std::max<std::size_t>(result.segmentation.size(), 1));
    for (std::size_t c = 0; c < result.profiles.size(); ++c) {
        const ClusterProfile &profile = result.profiles[c];
        QStringList row{result.segmentation.names[static_cast<qsizetype>(c)], QString::number(profile.size),
                        formatNumber(100.0 * static_cast<double>(profile.size) / n, 1),
                        formatNumber(profile.totalLtv, 2), formatNumber(profile.meanLtv, 2)};
        for (const double mean : profile.meanFeatures)
            row << formatNumber(mean, 2);
        table.rows.push_back(row);
    }
    return table;
}

} // namespace ltv::segments
