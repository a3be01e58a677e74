#pragma once
// Column standardisation learned on training rows: (x - mean) / sd, with
// missing values (NaN) imputed by the training mean and constant columns
// mapped to 0 so they carry no weight. Values outside a column's training
// range are clamped to it first: a linear model must not extrapolate, e.g.
// from customers a few weeks old at the training cut to customers a year old
// at the prediction cut, where it would predict several times the revenue.

#include "features/FeatureMatrix.h"

#include <QDataStream>

#include <vector>

namespace ltv::models::ml {

struct Standardizer
{
    std::vector<double> mean;
    std::vector<double> scale;     // 0 marks a constant column
    std::vector<double> low, high; // each column's training range; empty: no clamping (older saved models)

    void fit(const features::FeatureMatrix &x);
    // The standardised value of input column `columnMap[j]` as training column j.
    double transform(double value, std::size_t j) const;
};

// Mean and scale only, the layout of saved models' first format.
QDataStream &operator<<(QDataStream &out, const Standardizer &s);
QDataStream &operator>>(QDataStream &in, Standardizer &s);
// The training ranges, saved after the rest since the second format.
void writeRanges(QDataStream &out, const Standardizer &s);
void readRanges(QDataStream &in, Standardizer &s);

} // namespace ltv::models::ml
