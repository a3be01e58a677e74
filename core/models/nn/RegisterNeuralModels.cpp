#include "models/ModelRegistry.h"

namespace ltv::models {

// The nn family's models are added here as they land.
void registerNeuralModels(ModelRegistry & /*registry*/)
{}

} // namespace ltv::models
