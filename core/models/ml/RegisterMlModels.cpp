#include "models/ModelRegistry.h"

namespace ltv::models {

// The ml family's models are added here as they land.
void registerMlModels(ModelRegistry & /*registry*/) {}

} // namespace ltv::models
