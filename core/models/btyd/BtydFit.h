#pragma once
// Fitting the transaction and spend models from a customer summary: input
// checks, weighted collapsing and the maximum-likelihood run.

#include "features/CustomerSummary.h"
#include "models/btyd/GammaGamma.h"
#include "models/btyd/MaximumLikelihood.h"
#include "models/btyd/TransactionModel.h"

#include <QVariantMap>

namespace ltv::models::btyd {

// Reads "penalizer", "maxIterations" from model options.
MleOptions mleOptionsFrom(const QVariantMap &options);

// Fits on (frequency, recency, age); sets the model's parameters on success.
MleResult fitTransactionModel(TransactionModel &model, const features::CustomerSummary &summary,
                              const MleOptions &options, const pipeline::JobContext &job);

// Fits on repeat buyers' (frequency, monetary). Refuses non-positive spend,
// unless excludeNonPositive: then those repeat buyers are left out of the fit
// and a warning says how many.
MleResult fitSpendModel(GammaGamma &model, const features::CustomerSummary &summary, const MleOptions &options,
                        const pipeline::JobContext &job, bool excludeNonPositive = false);

// True when the summary carries monetary values (some non-zero entry).
bool hasMonetary(const features::CustomerSummary &summary);

} // namespace ltv::models::btyd
