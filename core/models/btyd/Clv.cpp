#include "models/btyd/Clv.h"

#include "models/btyd/TransactionModel.h"

#include <cmath>

namespace ltv::models::btyd {

double perPeriodRate(double annualRate, double periodDays)
{
    return std::pow(1.0 + annualRate, periodDays / 365.25) - 1.0;
}

double monthLength(TimeUnit unit)
{
    return daysPerUnit(TimeUnit::Month) / daysPerUnit(unit);
}

double discountedValue(const std::vector<double> &revenuePerPeriod, double rate)
{
    double total = 0.0;
    for (std::size_t t = 0; t < revenuePerPeriod.size(); ++t)
        total += revenuePerPeriod[t] * std::pow(1.0 + rate, -double(t + 1));
    return total;
}

double discountedPurchases(const TransactionModel &model, double x, double tx, double T, double horizon,
                           double periodLength, double rate)
{
    return model.probabilityAlive(x, tx, T) * discountedPurchasesGivenAlive(model, x, T, horizon, periodLength, rate);
}

double discountedPurchasesGivenAlive(const TransactionModel &model, double x, double T, double horizon,
                                     double periodLength, double rate, double *expectedInHorizon)
{
    if (expectedInHorizon)
        *expectedInHorizon = horizon > 0.0 ? model.expectedGivenAlive(horizon, x, T) : 0.0;
    if (!(horizon > 0.0) || !(periodLength > 0.0))
        return 0.0;
    const int periods = static_cast<int>(std::ceil(horizon / periodLength - 1e-9));
    double previous = 0.0;
    double total = 0.0;
    for (int k = 1; k <= periods; ++k) {
        const double end = std::min(k * periodLength, horizon);
        const double cumulative = model.expectedGivenAlive(end, x, T);
        total += (cumulative - previous) * std::pow(1.0 + rate, -end / periodLength);
        previous = cumulative;
    }
    return total;
}

} // namespace ltv::models::btyd
