#pragma once
// A dense numeric feature matrix with named columns, for the ML models.
// Stored column-major in a plain vector so headers stay light; map it with
// Eigen::Map<const Eigen::MatrixXd>(values.data(), rows, cols) in .cpp files.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ltv::features {

struct FeatureMatrix
{
    QStringList columns;                // feature names, e.g. "frequency", "country=DE"
    std::vector<std::int32_t> customer; // row i describes this customer index
    std::vector<double> values;         // column-major, rows() x cols()
    // Every option that produced these values (as-of date, unit, split
    // protocol, data-quality options, ...), one English line each.
    QStringList provenance;

    std::int64_t rows() const { return static_cast<std::int64_t>(customer.size()); }
    std::int64_t cols() const { return columns.size(); }
    double at(std::int64_t row, std::int64_t col) const { return values[static_cast<std::size_t>(col * rows() + row)]; }
    double &at(std::int64_t row, std::int64_t col) { return values[static_cast<std::size_t>(col * rows() + row)]; }
    const double *column(std::int64_t col) const { return values.data() + col * rows(); }
    int indexOf(const QString &name) const { return static_cast<int>(columns.indexOf(name)); }
};

// Labels of the holdout (or of the next horizon in the shifted window), aligned
// with the rows of a FeatureMatrix / CustomerSummary.
struct Labels
{
    std::vector<std::int32_t> customer;
    std::vector<double> purchases;      // repeat purchase days in the horizon
    std::vector<double> revenue;        // net revenue in the horizon
    std::vector<std::uint8_t> active;   // at least one purchase in the horizon
    std::vector<std::uint8_t> topValue; // in the top q% of horizon revenue
    std::size_t size() const { return customer.size(); }
};

// Activity sequences for the CNN/GRU: a tensor customers x length x channels,
// row-major in that order, left-padded; mask is 1 for real periods.
struct Sequences
{
    QStringList channels; // e.g. orders, revenue, items, returns
    int length = 0;       // periods per customer
    std::vector<std::int32_t> customer;
    std::vector<float> values;      // size = customers * length * channels
    std::vector<std::uint8_t> mask; // size = customers * length

    std::int64_t count() const { return static_cast<std::int64_t>(customer.size()); }
    float at(std::int64_t c, int t, int ch) const
    {
        return values[static_cast<std::size_t>((c * length + t) * channels.size() + ch)];
    }
};

} // namespace ltv::features
