#include "models/ModelRegistry.h"
#include "models/nn/NeuralModel.h"

namespace ltv::models {

void registerNeuralModels(ModelRegistry &registry)
{
    registry.add(QStringLiteral("mlp-ziln"), ModelFamily::NeuralNet,
                 [] { return std::make_unique<NeuralModel>(nn::Architecture::Mlp); });
    registry.add(QStringLiteral("cnn"), ModelFamily::NeuralNet,
                 [] { return std::make_unique<NeuralModel>(nn::Architecture::Cnn); });
    registry.add(QStringLiteral("gru"), ModelFamily::NeuralNet,
                 [] { return std::make_unique<NeuralModel>(nn::Architecture::Gru); });
}

} // namespace ltv::models
