#include "models/nn/Preprocessing.h"

#include <cmath>

namespace ltv::models::nn {

double signedLog1p(double x)
{
    return x >= 0.0 ? std::log1p(x) : -std::log1p(-x);
}

namespace {

// Mean and standard deviation of the transformed values, accumulated per column.
struct Moments
{
    std::vector<double> sum;
    std::vector<double> sumSq;
    double count = 0.0;

    explicit Moments(std::size_t columns)
        : sum(columns, 0.0)
        , sumSq(columns, 0.0)
    {}

    ColumnScaler finish(double rows) const
    {
        ColumnScaler s;
        for (std::size_t c = 0; c < sum.size(); ++c) {
            const double m = rows > 0.0 ? sum[c] / rows : 0.0;
            const double var = rows > 0.0 ? sumSq[c] / rows - m * m : 0.0;
            s.mean.push_back(m);
            s.scale.push_back(var > 1e-12 ? std::sqrt(var) : 1.0);
        }
        return s;
    }
};

} // namespace

ColumnScaler fitFeatureScaler(const features::FeatureMatrix &features)
{
    const auto cols = static_cast<std::size_t>(features.cols());
    Moments m(cols);
    for (std::size_t c = 0; c < cols; ++c) {
        const double *column = features.column(static_cast<std::int64_t>(c));
        for (std::int64_t r = 0; r < features.rows(); ++r) {
            const double v = signedLog1p(column[r]);
            m.sum[c] += v;
            m.sumSq[c] += v * v;
        }
    }
    return m.finish(static_cast<double>(features.rows()));
}

ColumnScaler fitSequenceScaler(const features::Sequences &sequences)
{
    const auto channels = static_cast<std::size_t>(sequences.channels.size());
    Moments m(channels);
    for (std::size_t i = 0; i < sequences.values.size(); ++i) {
        const double v = signedLog1p(sequences.values[i]);
        m.sum[i % channels] += v;
        m.sumSq[i % channels] += v * v;
    }
    return m.finish(static_cast<double>(sequences.count()) * sequences.length);
}

void loadFeatures(const features::FeatureMatrix &features, const ColumnScaler &scaler, Dataset &dataset)
{
    const std::int64_t rows = features.rows();
    const std::int64_t cols = features.cols();
    dataset.features.resize(cols, rows);
    for (std::int64_t c = 0; c < cols; ++c) {
        const double *column = features.column(c);
        for (std::int64_t r = 0; r < rows; ++r)
            dataset.features(c, r) = scaler.apply(static_cast<std::size_t>(c), column[r]);
    }
}

void loadSequences(const features::Sequences &sequences, const ColumnScaler &scaler, Dataset &dataset)
{
    const std::int64_t n = sequences.count();
    const int steps = sequences.length;
    const auto channels = static_cast<Eigen::Index>(sequences.channels.size());
    dataset.steps = steps;
    dataset.sequence.resize(channels, n * steps);
    dataset.mask.resize(steps, n);
    for (std::int64_t c = 0; c < n; ++c)
        for (int t = 0; t < steps; ++t) {
            const std::size_t cell = static_cast<std::size_t>(c * steps + t);
            for (Eigen::Index ch = 0; ch < channels; ++ch)
                dataset.sequence(ch, c * steps + t) =
                    scaler.apply(static_cast<std::size_t>(ch), sequences.at(c, t, static_cast<int>(ch)));
            dataset.mask(t, c) = sequences.mask.empty() ? 1.0 : static_cast<double>(sequences.mask[cell] != 0);
        }
}

} // namespace ltv::models::nn
