#include "models/ModelRegistry.h"
#include "models/ml/AutoModel.h"
#include "models/ml/LinearModel.h"
#include "models/ml/XGBoostModel.h"

namespace ltv::models {

void registerMlModels(ModelRegistry &registry)
{
    registry.add(QStringLiteral("linear"), ModelFamily::MachineLearning,
                 [] { return std::make_unique<ml::LinearModel>(); });
    registry.add(QStringLiteral("xgboost"), ModelFamily::MachineLearning,
                 [] { return std::make_unique<ml::XGBoostModel>(); });
    registry.add(QStringLiteral("auto"), ModelFamily::MachineLearning,
                 [] { return std::make_unique<ml::AutoModel>(); });
}

} // namespace ltv::models
