#include "segments/KMeans.h"

#include "segments/Random.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace ltv::segments {

namespace {

double squaredDistance(const double *a, const double *b, std::size_t d)
{
    double sum = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
        const double diff = a[j] - b[j];
        sum += diff * diff;
    }
    return sum;
}

// k-means++: the first centre uniformly, each next one with probability
// proportional to the squared distance to the nearest chosen centre.
std::vector<double> seedCentroids(const PointMatrix &points, int k, SeededRandom &random)
{
    const std::size_t n = points.rows, d = points.cols;
    std::vector<double> centroids(static_cast<std::size_t>(k) * d);
    const std::size_t first = static_cast<std::size_t>(random.below(n));
    std::copy(points.row(first), points.row(first) + d, centroids.begin());
    std::vector<double> nearest(n);
    for (std::size_t i = 0; i < n; ++i)
        nearest[i] = squaredDistance(points.row(i), centroids.data(), d);
    for (int c = 1; c < k; ++c) {
        const double total = std::accumulate(nearest.begin(), nearest.end(), 0.0);
        std::size_t chosen = 0;
        if (total > 0.0) {
            double target = random.uniform() * total;
            chosen = n - 1;
            for (std::size_t i = 0; i < n; ++i) {
                target -= nearest[i];
                if (target < 0.0) {
                    chosen = i;
                    break;
                }
            }
        } else {
            chosen = static_cast<std::size_t>(random.below(n)); // all points coincide with centres
        }
        double *centre = centroids.data() + static_cast<std::size_t>(c) * d;
        std::copy(points.row(chosen), points.row(chosen) + d, centre);
        for (std::size_t i = 0; i < n; ++i)
            nearest[i] = std::min(nearest[i], squaredDistance(points.row(i), centre, d));
    }
    return centroids;
}

KMeansFit lloyd(const PointMatrix &points, int k, std::vector<double> centroids, int maxIterations,
                const pipeline::JobContext &job)
{
    const std::size_t n = points.rows, d = points.cols;
    const auto kk = static_cast<std::size_t>(k);
    KMeansFit fit;
    fit.k = k;
    fit.labels.assign(n, -1);
    std::vector<double> distance(n, 0.0);
    for (int iteration = 1; iteration <= maxIterations; ++iteration) {
        job.throwIfCancelled();
        bool changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            double best = std::numeric_limits<double>::infinity();
            std::int32_t bestCluster = 0;
            for (std::size_t c = 0; c < kk; ++c) {
                const double dist = squaredDistance(points.row(i), centroids.data() + c * d, d);
                if (dist < best) {
                    best = dist;
                    bestCluster = static_cast<std::int32_t>(c);
                }
            }
            distance[i] = best;
            if (fit.labels[i] != bestCluster) {
                fit.labels[i] = bestCluster;
                changed = true;
            }
        }
        fit.iterations = iteration;
        // Recompute centres; an empty cluster takes the worst-served point.
        std::vector<double> sums(kk * d, 0.0);
        std::vector<std::size_t> sizes(kk, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const auto c = static_cast<std::size_t>(fit.labels[i]);
            ++sizes[c];
            for (std::size_t j = 0; j < d; ++j)
                sums[c * d + j] += points.row(i)[j];
        }
        for (std::size_t c = 0; c < kk; ++c) {
            if (sizes[c] == 0) {
                // the worst-served point of a cluster that keeps at least one member
                std::size_t farthest = 0;
                double worst = -1.0;
                for (std::size_t i = 0; i < n; ++i)
                    if (sizes[static_cast<std::size_t>(fit.labels[i])] > 1 && distance[i] > worst) {
                        worst = distance[i];
                        farthest = i;
                    }
                const auto from = static_cast<std::size_t>(fit.labels[farthest]);
                --sizes[from];
                for (std::size_t j = 0; j < d; ++j) {
                    sums[from * d + j] -= points.row(farthest)[j];
                    sums[c * d + j] = points.row(farthest)[j];
                }
                sizes[c] = 1;
                fit.labels[farthest] = static_cast<std::int32_t>(c);
                distance[farthest] = 0.0;
                changed = true;
            }
        }
        for (std::size_t c = 0; c < kk; ++c)
            for (std::size_t j = 0; j < d; ++j)
                centroids[c * d + j] = sums[c * d + j] / static_cast<double>(sizes[c]);
        if (!changed)
            break;
    }
    fit.centroids = std::move(centroids);
    fit.inertia = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        fit.inertia +=
            squaredDistance(points.row(i), fit.centroids.data() + static_cast<std::size_t>(fit.labels[i]) * d, d);
    return fit;
}

} // namespace

KMeansFit kMeans(const PointMatrix &points, int k, std::uint64_t seed, int restarts, int maxIterations,
                 const pipeline::JobContext &job)
{
    if (k < 1 || static_cast<std::size_t>(k) > points.rows)
        throw std::invalid_argument(
            QCoreApplication::translate("KMeans", "k-means needs 1 <= k <= number of customers.").toStdString());
    SeededRandom random(seed);
    KMeansFit best;
    best.inertia = std::numeric_limits<double>::infinity();
    for (int run = 0; run < std::max(restarts, 1); ++run) {
        KMeansFit fit = lloyd(points, k, seedCentroids(points, k, random), maxIterations, job);
        if (fit.inertia < best.inertia)
            best = std::move(fit);
    }
    return best;
}

double silhouette(const PointMatrix &points, const std::vector<std::int32_t> &labels, int k,
                  const std::vector<std::size_t> &sample)
{
    if (sample.empty() || k < 2)
        return 0.0;
    const auto kk = static_cast<std::size_t>(k);
    std::vector<std::size_t> sampledSize(kk, 0);
    for (const std::size_t i : sample)
        ++sampledSize[static_cast<std::size_t>(labels[i])];
    double total = 0.0;
    std::vector<double> sumDistance(kk);
    for (const std::size_t i : sample) {
        std::fill(sumDistance.begin(), sumDistance.end(), 0.0);
        for (const std::size_t j : sample)
            if (j != i)
                sumDistance[static_cast<std::size_t>(labels[j])] +=
                    std::sqrt(squaredDistance(points.row(i), points.row(j), points.cols));
        const auto own = static_cast<std::size_t>(labels[i]);
        if (sampledSize[own] <= 1)
            continue; // s(i) = 0 for a point alone in its cluster
        const double a = sumDistance[own] / static_cast<double>(sampledSize[own] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < kk; ++c)
            if (c != own && sampledSize[c] > 0)
                b = std::min(b, sumDistance[c] / static_cast<double>(sampledSize[c]));
        if (!std::isfinite(b))
            continue; // only one cluster present in the sample
        const double denominator = std::max(a, b);
        total += denominator > 0.0 ? (b - a) / denominator : 0.0;
    }
    return total / static_cast<double>(sample.size());
}

std::vector<std::size_t> sampleRows(std::size_t rows, std::size_t size, std::uint64_t seed)
{
    std::vector<std::size_t> all(rows);
    std::iota(all.begin(), all.end(), std::size_t{0});
    if (size >= rows)
        return all;
    SeededRandom random(seed);
    // partial Fisher-Yates: the first `size` slots become the sample
    for (std::size_t i = 0; i < size; ++i) {
        const std::size_t j = i + static_cast<std::size_t>(random.below(rows - i));
        std::swap(all[i], all[j]);
    }
    all.resize(size);
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace ltv::segments
