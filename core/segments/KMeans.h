#pragma once
// k-means on a dense row-major matrix: k-means++ seeding, Lloyd iterations,
// several seeded restarts, and the silhouette score used to choose k.

#include "pipeline/JobContext.h"

#include <cstdint>
#include <vector>

namespace ltv::segments {

// Row-major n x d matrix.
struct PointMatrix
{
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<double> values;
    const double *row(std::size_t i) const { return values.data() + i * cols; }
};

struct KMeansFit
{
    int k = 0;
    std::vector<std::int32_t> labels; // 0..k-1 per row
    std::vector<double> centroids;    // k x cols, row-major
    double inertia = 0.0;             // sum of squared distances to the own centroid
    int iterations = 0;               // of the best restart
};

// Best of `restarts` runs (lowest inertia), each seeded with k-means++ from
// `seed`. An emptied cluster takes the point farthest from its centroid.
KMeansFit kMeans(const PointMatrix &points, int k, std::uint64_t seed, int restarts = 4, int maxIterations = 100,
                 const pipeline::JobContext &job = pipeline::JobContext());

// Mean silhouette (Euclidean) of the rows listed in `sample`, computed against
// the sampled rows only. With every row listed it is the exact silhouette of
// Rousseeuw (1987); a point alone in its cluster scores 0.
double silhouette(const PointMatrix &points, const std::vector<std::int32_t> &labels, int k,
                  const std::vector<std::size_t> &sample);

// `size` distinct row indices drawn uniformly without replacement (all rows,
// in order, when size >= rows), deterministic for a seed.
std::vector<std::size_t> sampleRows(std::size_t rows, std::size_t size, std::uint64_t seed);

} // namespace ltv::segments
