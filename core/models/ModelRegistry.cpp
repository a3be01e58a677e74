#include "models/ModelRegistry.h"

namespace ltv::models {

const ModelRegistry &ModelRegistry::builtin()
{
    static const ModelRegistry registry = [] {
        ModelRegistry r;
        registerBtydModels(r);
        registerMlModels(r);
        registerNeuralModels(r);
        return r;
    }();
    return registry;
}

void ModelRegistry::add(const QString &id, ModelFamily family, Factory factory)
{
    entries_.push_back({id, family, std::move(factory)});
}

std::unique_ptr<Model> ModelRegistry::create(const QString &id) const
{
    for (const Entry &e : entries_)
        if (e.id == id)
            return e.factory();
    return nullptr;
}

QStringList ModelRegistry::ids() const
{
    QStringList out;
    for (const Entry &e : entries_)
        out << e.id;
    return out;
}

QStringList ModelRegistry::ids(ModelFamily family) const
{
    QStringList out;
    for (const Entry &e : entries_)
        if (e.family == family)
            out << e.id;
    return out;
}

bool ModelRegistry::contains(const QString &id) const
{
    return ids().contains(id);
}

} // namespace ltv::models
