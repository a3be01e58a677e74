#pragma once
// The Models page's training choices that belong to the project rather than to
// the user: the annual discount rate and each model's options. They live in the
// project file's settings table under "models.training", so a project reopens
// with the discount rate and model options it was trained with.

#include <QMap>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ltv::store {
class Database;
}

namespace ltv::ui {

struct TrainingSettings
{
    double annualDiscountRate = 0.0;
    QMap<QString, QVariantMap> modelOptions; // per model id, only options that differ from the defaults

    static QString settingsKey(); // "models.training"
    // nullopt when the project has none saved (or they are not readable).
    static std::optional<TrainingSettings> load(store::Database &db);
    // Returns false (and leaves the file as it was) when the write fails, e.g.
    // while another writer holds the lock for longer than the GUI may wait.
    bool save(store::Database &db) const;
};

} // namespace ltv::ui
