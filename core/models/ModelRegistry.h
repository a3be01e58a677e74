#pragma once
// Creates models by id. Each model family registers its models from one
// function, called explicitly so that static linking keeps them.

#include "models/Model.h"

#include <functional>
#include <memory>

namespace ltv::models {

class ModelRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Model>()>;

    // The registry with every built-in model.
    static const ModelRegistry &builtin();

    void add(const QString &id, ModelFamily family, Factory factory);
    std::unique_ptr<Model> create(const QString &id) const; // nullptr for an unknown id
    QStringList ids() const;
    QStringList ids(ModelFamily family) const;
    bool contains(const QString &id) const;

private:
    struct Entry
    {
        QString id;
        ModelFamily family;
        Factory factory;
    };
    std::vector<Entry> entries_;
};

// Defined by each family (models/btyd, models/ml, models/nn).
void registerBtydModels(ModelRegistry &registry);
void registerMlModels(ModelRegistry &registry);
void registerNeuralModels(ModelRegistry &registry);

} // namespace ltv::models
