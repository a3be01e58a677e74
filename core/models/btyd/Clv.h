#pragma once
// Discounted customer lifetime value from a transaction model and a spend
// estimate. See docs/models-btyd.md for how the seed formula
// LTV = sum_t (1+r)^-t E[revenue in period t] maps to the reference packages'
// monthly discounting.

#include "features/Types.h"

#include <vector>

namespace ltv::models::btyd {

class TransactionModel;

// Per-period rate equivalent to an annual rate for periods of periodDays
// days: (1 + annual)^(periodDays / 365.25) - 1. A month (30.4375 days) gives
// (1 + annual)^(1/12) - 1.
double perPeriodRate(double annualRate, double periodDays);

// Length of one calendar month (30.4375 days) in `unit`.
double monthLength(TimeUnit unit);

// The seed formula: sum_{t=1..n} (1+r)^-t revenue[t-1].
double discountedValue(const std::vector<double> &revenuePerPeriod, double perPeriodRate);

// Discount-weighted expected purchases in (T, T+horizon]: sum over periods k of
// [E(end_k) - E(end_{k-1})] (1+r)^-(end_k / periodLength), end_k = min(k
// periodLength, horizon). Multiplied by the expected spend per purchase this
// is the discounted CLV; with horizon a whole number of months, periodLength
// one month and r monthly it is exactly lifetimes' customer_lifetime_value.
double discountedPurchases(const TransactionModel &model, double x, double tx, double T, double horizon,
                           double periodLength, double perPeriodRate);

// The same for a customer known to be alive at T; discountedPurchases is
// P(alive) times this. Also returns the undiscounted E[X(T, T+horizon] | alive]
// in *expectedInHorizon when non-null.
double discountedPurchasesGivenAlive(const TransactionModel &model, double x, double T, double horizon,
                                     double periodLength, double perPeriodRate, double *expectedInHorizon = nullptr);

} // namespace ltv::models::btyd
