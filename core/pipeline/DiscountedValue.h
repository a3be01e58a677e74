#pragma once
// The discounted value column of the model comparison. The scores compare
// each model's undiscounted horizon value with the revenue that really came
// in; alongside, each model's forecast is also stated as a CLV: its predicted
// value per evaluated customer at the analyst's annual discount rate.
//
// BTYD models discount month by month themselves (docs/models-btyd.md) and so
// do the neural networks (mean discount factor, docs/models-nn.md). The linear
// and XGBoost models predict undiscounted horizon revenue; their value gets the
// same mean discount factor as the networks.

#include "features/FeatureMatrix.h"
#include "models/Model.h"

namespace ltv::pipeline {

// Mean discount factor of revenue that arrives at a constant rate over `days`
// at annual rate r: (1 - (1 + r)^-H) / (H ln(1 + r)) with H = days / 365.25
// years; 1 when r <= 0 or days <= 0.
double meanDiscountFactor(double days, double annualRate);

// True when the model's predict() applies PredictionInput::annualDiscountRate
// itself: BTYD and neural models, and auto when it chose one of them.
bool discountsItself(const models::Model &model, const models::Predictions &predictions);

// Mean discounted LTV over the evaluated customers (matched by customer id,
// finite predictions only) at input.annualDiscountRate. `undiscounted` are the
// model's predictions for `input` at rate 0 (reused when the rate is 0 or the
// model does not discount itself). NaN when no evaluated customer has a value.
double discountedValuePerCustomer(const models::Model &model, const models::PredictionInput &input,
                                  const models::Predictions &undiscounted, const features::Labels &evaluated);

} // namespace ltv::pipeline
