#include "pipeline/DiscountedValue.h"

#include "models/ModelRegistry.h"

#include <cmath>
#include <limits>
#include <unordered_map>

namespace ltv::pipeline {
namespace {

bool familyDiscounts(models::ModelFamily family)
{
    return family == models::ModelFamily::Btyd || family == models::ModelFamily::NeuralNet;
}

double meanOverEvaluated(const models::Predictions &predictions, const features::Labels &evaluated, double factor)
{
    std::unordered_map<std::int32_t, std::size_t> row;
    row.reserve(predictions.size());
    for (std::size_t i = 0; i < predictions.size(); ++i)
        row.emplace(predictions.customer[i], i);
    double sum = 0.0;
    std::size_t count = 0;
    for (std::int32_t customer : evaluated.customer) {
        const auto found = row.find(customer);
        if (found == row.end() || found->second >= predictions.ltv.size())
            continue;
        const double value = predictions.ltv[found->second];
        if (!std::isfinite(value))
            continue;
        sum += value * factor;
        ++count;
    }
    return count > 0 ? sum / static_cast<double>(count) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

double meanDiscountFactor(double days, double annualRate)
{
    if (!(annualRate > 0.0) || !(days > 0.0))
        return 1.0;
    const double years = days / 365.25;
    const double logRate = std::log1p(annualRate);
    return (1.0 - std::exp(-logRate * years)) / (years * logRate);
}

bool discountsItself(const models::Model &model, const models::Predictions &predictions)
{
    if (familyDiscounts(model.family()))
        return true;
    const QString chosen = predictions.options.value(QStringLiteral("chosenModel")).toString();
    if (chosen.isEmpty())
        return false;
    const std::unique_ptr<models::Model> probe = models::ModelRegistry::builtin().create(chosen);
    return probe && familyDiscounts(probe->family());
}

double discountedValuePerCustomer(const models::Model &model, const models::PredictionInput &input,
                                  const models::Predictions &undiscounted, const features::Labels &evaluated)
{
    if (!(input.annualDiscountRate > 0.0))
        return meanOverEvaluated(undiscounted, evaluated, 1.0);
    if (!discountsItself(model, undiscounted))
        return meanOverEvaluated(undiscounted, evaluated,
                                 meanDiscountFactor(input.horizon * daysPerUnit(input.unit), input.annualDiscountRate));
    return meanOverEvaluated(model.predict(input), evaluated, 1.0);
}

} // namespace ltv::pipeline
