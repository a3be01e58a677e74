#pragma once
// The options a model fits with: the caller's value for each declared
// parameter, its declared default otherwise. Undeclared keys are dropped, so
// a fitted model records exactly the options it understood.

#include "models/Model.h"

namespace ltv::models {

QVariantMap optionsWithDefaults(const QList<ParamSpec> &declared, const QVariantMap &options);

} // namespace ltv::models
