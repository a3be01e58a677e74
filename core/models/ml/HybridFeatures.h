#pragma once
// Hybrid features: a BTYD model's outputs (P(alive), expected purchases,
// expected spend per purchase) appended to the ML feature matrix as columns
// "<model>_p_alive", "<model>_expected_purchases", "<model>_expected_spend",
// matched by customer (NaN for a customer the BTYD model did not predict; the
// ML models treat NaN as missing).

#include "models/Model.h"

namespace ltv::models::ml {

// Throws std::invalid_argument when a column name is already taken.
void appendBtydFeatures(features::FeatureMatrix &matrix, const Predictions &btyd);

// The names appendBtydFeatures adds for a model id.
QStringList btydFeatureColumns(const QString &modelId);

} // namespace ltv::models::ml
