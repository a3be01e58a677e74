#include "models/ModelRegistry.h"
#include "models/btyd/BtydModel.h"

namespace ltv::models {

// "bgnbd", "mbgnbd" and "pnbd" include the Gamma-Gamma spend model when the
// summary has monetary values; "gg" is the spend model alone.
void registerBtydModels(ModelRegistry &registry)
{
    for (const QString &id :
         {QStringLiteral("bgnbd"), QStringLiteral("pnbd"), QStringLiteral("mbgnbd"), QStringLiteral("gg")})
        registry.add(id, ModelFamily::Btyd, [id] { return std::make_unique<btyd::BtydModel>(id); });
}

} // namespace ltv::models
