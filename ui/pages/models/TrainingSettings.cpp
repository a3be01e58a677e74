#include "pages/models/TrainingSettings.h"

#include "store/ProjectSettings.h"
#include "store/Sqlite.h"

#include <QJsonObject>

#include <algorithm>

namespace ltv::ui {

namespace {
constexpr int kGuiBusyTimeoutMs = 100;      // the longest the GUI thread waits for the write lock
constexpr int kDefaultBusyTimeoutMs = 5000; // store::Database's own
} // namespace

QString TrainingSettings::settingsKey()
{
    return QStringLiteral("models.training");
}

std::optional<TrainingSettings> TrainingSettings::load(store::Database &db)
{
    std::optional<QJsonObject> object;
    try {
        object = store::ProjectSettings(db).object(settingsKey());
    } catch (const store::SqlError &) {
        return std::nullopt;
    }
    if (!object)
        return std::nullopt;
    TrainingSettings settings;
    settings.annualDiscountRate = std::clamp(object->value(QStringLiteral("annualDiscountRate")).toDouble(), 0.0, 1.0);
    const QJsonObject options = object->value(QStringLiteral("modelOptions")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        if (it.value().isObject())
            settings.modelOptions.insert(it.key(), it.value().toObject().toVariantMap());
    return settings;
}

bool TrainingSettings::save(store::Database &db) const
{
    QJsonObject options;
    for (auto it = modelOptions.cbegin(); it != modelOptions.cend(); ++it)
        if (!it.value().isEmpty())
            options.insert(it.key(), QJsonObject::fromVariantMap(it.value()));
    const QJsonObject object{{QStringLiteral("annualDiscountRate"), annualDiscountRate},
                             {QStringLiteral("modelOptions"), options}};
    db.setBusyTimeout(kGuiBusyTimeoutMs);
    bool saved = true;
    try {
        store::ProjectSettings(db).setObject(settingsKey(), object);
    } catch (const store::SqlError &) {
        saved = false;
    }
    db.setBusyTimeout(kDefaultBusyTimeoutMs);
    return saved;
}

} // namespace ltv::ui
