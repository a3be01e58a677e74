#pragma once
// The bars of one customer's feature contributions: the largest ones by
// size, each named by its feature and the customer's value of it, and the
// rest summed in one "other features" bar, so that the base value plus the
// bars is exactly the model's prediction.

#include "charts/ContributionChart.h"
#include "pipeline/ForwardExplanation.h"

namespace ltv::ui {

struct ContributionBars
{
    charts::ContributionData chart;
    QStringList columns; // feature column of each bar; empty for the "other features" bar
    double base = 0.0;
    double prediction = 0.0;
};

// row: the customer's row in the explanation. top: bars shown on their own.
ContributionBars contributionBars(const pipeline::ForwardExplanation &explanation, std::size_t row, int top = 10);

} // namespace ltv::ui
