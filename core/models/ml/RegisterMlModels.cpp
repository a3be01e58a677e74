#include "models/ModelRegistry.h"
#include "models/ml/LinearModel.h"

namespace ltv::models {

void registerMlModels(ModelRegistry &registry)
{
    registry.add(QStringLiteral("linear"), ModelFamily::MachineLearning,
                 [] { return std::make_unique<ml::LinearModel>(); });
}

} // namespace ltv::models
