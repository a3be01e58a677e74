#include "models/ml/Standardizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ltv::models::ml {

void Standardizer::fit(const features::FeatureMatrix &x)
{
    const auto cols = static_cast<std::size_t>(x.cols());
    mean.assign(cols, 0.0);
    scale.assign(cols, 0.0);
    low.assign(cols, 0.0);
    high.assign(cols, 0.0);
    for (std::size_t j = 0; j < cols; ++j) {
        const double *column = x.column(static_cast<std::int64_t>(j));
        double sum = 0.0;
        std::int64_t count = 0;
        for (std::int64_t i = 0; i < x.rows(); ++i)
            if (std::isfinite(column[i])) {
                sum += column[i];
                ++count;
            }
        if (count == 0)
            continue;
        low[j] = std::numeric_limits<double>::infinity();
        high[j] = -low[j];
        for (std::int64_t i = 0; i < x.rows(); ++i)
            if (std::isfinite(column[i])) {
                low[j] = std::min(low[j], column[i]);
                high[j] = std::max(high[j], column[i]);
            }
        mean[j] = sum / static_cast<double>(count);
        double squares = 0.0;
        for (std::int64_t i = 0; i < x.rows(); ++i)
            if (std::isfinite(column[i]))
                squares += (column[i] - mean[j]) * (column[i] - mean[j]);
        const double sd = std::sqrt(squares / static_cast<double>(count));
        // Relative tolerance: a column that only varies by rounding is constant.
        scale[j] = sd > 1e-12 * std::max(1.0, std::abs(mean[j])) ? sd : 0.0;
    }
}

double Standardizer::transform(double value, std::size_t j) const
{
    if (scale[j] == 0.0 || !std::isfinite(value))
        return 0.0;
    if (j < low.size())
        value = std::clamp(value, low[j], high[j]);
    return (value - mean[j]) / scale[j];
}

QDataStream &operator<<(QDataStream &out, const Standardizer &s)
{
    out << QList<double>(s.mean.begin(), s.mean.end()) << QList<double>(s.scale.begin(), s.scale.end());
    return out;
}

QDataStream &operator>>(QDataStream &in, Standardizer &s)
{
    QList<double> mean, scale;
    in >> mean >> scale;
    s.mean.assign(mean.begin(), mean.end());
    s.scale.assign(scale.begin(), scale.end());
    return in;
}

void writeRanges(QDataStream &out, const Standardizer &s)
{
    out << QList<double>(s.low.begin(), s.low.end()) << QList<double>(s.high.begin(), s.high.end());
}

void readRanges(QDataStream &in, Standardizer &s)
{
    QList<double> low, high;
    in >> low >> high;
    s.low.assign(low.begin(), low.end());
    s.high.assign(high.begin(), high.end());
}

} // namespace ltv::models::ml
