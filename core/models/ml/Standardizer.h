#pragma once
// Column standardisation learned on training rows: (x - mean) / sd, with
// missing values (NaN) imputed by the training mean and constant columns
// mapped to 0 so they carry no weight.

#include "features/FeatureMatrix.h"

#include <QDataStream>

#include <vector>

namespace ltv::models::ml {

struct Standardizer
{
    std::vector<double> mean;
    std::vector<double> scale; // 0 marks a constant column

    void fit(const features::FeatureMatrix &x);
    // The standardised value of input column `columnMap[j]` as training column j.
    double transform(double value, std::size_t j) const;
};

QDataStream &operator<<(QDataStream &out, const Standardizer &s);
QDataStream &operator>>(QDataStream &in, Standardizer &s);

} // namespace ltv::models::ml
