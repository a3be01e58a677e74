#include "models/ModelRegistry.h"

namespace ltv::models {

// The btyd family's models are added here as they land.
void registerBtydModels(ModelRegistry & /*registry*/) {}

} // namespace ltv::models
