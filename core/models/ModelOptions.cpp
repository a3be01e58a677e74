#include "models/ModelOptions.h"

namespace ltv::models {

QVariantMap optionsWithDefaults(const QList<ParamSpec> &declared, const QVariantMap &options)
{
    QVariantMap resolved;
    for (const ParamSpec &spec : declared)
        resolved.insert(spec.name, options.value(spec.name, spec.defaultValue));
    return resolved;
}

} // namespace ltv::models
