#include "segments/PredictionLookup.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ltv::segments {

namespace {
double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

double at(const std::vector<double> &column, std::int64_t row)
{
    return row >= 0 && static_cast<std::size_t>(row) < column.size() ? column[static_cast<std::size_t>(row)]
                                                                     : std::numeric_limits<double>::quiet_NaN();
}
} // namespace

PredictionLookup::PredictionLookup(const models::Predictions &predictions)
    : predictions_(&predictions)
{
    std::int32_t maxCustomer = -1;
    for (const std::int32_t c : predictions.customer)
        maxCustomer = std::max(maxCustomer, c);
    rowOf_.assign(static_cast<std::size_t>(maxCustomer + 1), -1);
    for (std::size_t i = 0; i < predictions.customer.size(); ++i)
        if (predictions.customer[i] >= 0)
            rowOf_[static_cast<std::size_t>(predictions.customer[i])] = static_cast<std::int64_t>(i);
}

std::int64_t PredictionLookup::row(std::int32_t customer) const
{
    if (customer < 0 || static_cast<std::size_t>(customer) >= rowOf_.size())
        return -1;
    return rowOf_[static_cast<std::size_t>(customer)];
}

double PredictionLookup::ltv(std::int32_t customer) const
{
    return finiteOrZero(at(predictions_->ltv, row(customer)));
}

double PredictionLookup::expectedPurchases(std::int32_t customer) const
{
    return finiteOrZero(at(predictions_->expectedPurchases, row(customer)));
}

double PredictionLookup::churnProbability(std::int32_t customer) const
{
    const std::int64_t r = row(customer);
    const double churn = at(predictions_->churnProbability, r);
    if (std::isfinite(churn))
        return churn;
    const double alive = at(predictions_->pAlive, r);
    return std::isfinite(alive) ? 1.0 - alive : std::numeric_limits<double>::quiet_NaN();
}

double PredictionLookup::pAlive(std::int32_t customer) const
{
    const std::int64_t r = row(customer);
    const double alive = at(predictions_->pAlive, r);
    if (std::isfinite(alive))
        return alive;
    const double churn = at(predictions_->churnProbability, r);
    return std::isfinite(churn) ? 1.0 - churn : std::numeric_limits<double>::quiet_NaN();
}

double PredictionLookup::valueAtRisk(std::int32_t customer) const
{
    const double churn = churnProbability(customer);
    return std::isfinite(churn) ? ltv(customer) * churn : 0.0;
}

} // namespace ltv::segments
