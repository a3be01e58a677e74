#include "segments/SegmentSettings.h"

#include "store/ProjectSettings.h"
#include "store/Sqlite.h"

#include <QCoreApplication>

namespace ltv::segments {

QString rfmRulesSettingsKey()
{
    return QStringLiteral("segments.rfm_rules");
}

QString valueRiskGridSettingsKey()
{
    return QStringLiteral("segments.value_risk_grid");
}

QString rfmPlaybookSettingsKey()
{
    return QStringLiteral("segments.playbook.rfm");
}

QString valueRiskPlaybookSettingsKey()
{
    return QStringLiteral("segments.playbook.value_risk");
}

namespace {
// Parses the saved object of one part into *target. Returns whether the
// project had a usable value; a broken one is reported and ignored.
template <typename T>
bool loadPart(const store::ProjectSettings &settings, const QString &key, const char *what, T *target,
              QStringList *problems)
{
    if (!settings.contains(key))
        return false;
    const std::optional<QJsonObject> object = settings.object(key);
    QString error = QCoreApplication::translate("SegmentSettings", "the saved value is not a JSON object.");
    T parsed;
    if (object && T::fromJsonObject(*object, &parsed, &error)) {
        *target = parsed;
        return true;
    }
    if (problems)
        *problems << QCoreApplication::translate("SegmentSettings", "The project's %1 cannot be used, so the default "
                                                                    "is used instead: %2")
                         .arg(QCoreApplication::translate("SegmentSettings", what), error);
    return false;
}
} // namespace

SegmentSettings loadSegmentSettings(store::Database &db, QStringList *problems)
{
    const store::ProjectSettings settings(db);
    SegmentSettings result;
    result.savedRfmRules = loadPart(settings, rfmRulesSettingsKey(), QT_TRANSLATE_NOOP("SegmentSettings", "RFM rules"),
                                    &result.rfmRules, problems);
    result.savedGrid = loadPart(settings, valueRiskGridSettingsKey(),
                                QT_TRANSLATE_NOOP("SegmentSettings", "value x risk grid"), &result.grid, problems);
    result.valueRiskPlaybook = defaultValueRiskPlaybook(result.grid);
    result.savedRfmPlaybook =
        loadPart(settings, rfmPlaybookSettingsKey(), QT_TRANSLATE_NOOP("SegmentSettings", "RFM playbook"),
                 &result.rfmPlaybook, problems);
    result.savedValueRiskPlaybook =
        loadPart(settings, valueRiskPlaybookSettingsKey(),
                 QT_TRANSLATE_NOOP("SegmentSettings", "value x risk playbook"), &result.valueRiskPlaybook, problems);
    return result;
}

void saveRfmRules(store::Database &db, const RfmRuleTable &rules)
{
    store::ProjectSettings(db).setObject(rfmRulesSettingsKey(), rules.toJsonObject());
}

void saveValueRiskGrid(store::Database &db, const ValueRiskConfig &grid)
{
    store::ProjectSettings(db).setObject(valueRiskGridSettingsKey(), grid.toJsonObject());
}

void saveRfmPlaybook(store::Database &db, const Playbook &playbook)
{
    store::ProjectSettings(db).setObject(rfmPlaybookSettingsKey(), playbook.toJsonObject());
}

void saveValueRiskPlaybook(store::Database &db, const Playbook &playbook)
{
    store::ProjectSettings(db).setObject(valueRiskPlaybookSettingsKey(), playbook.toJsonObject());
}

void saveSegmentSettings(store::Database &db, const SegmentSettings &settings)
{
    store::Transaction transaction(db);
    saveRfmRules(db, settings.rfmRules);
    saveValueRiskGrid(db, settings.grid);
    saveRfmPlaybook(db, settings.rfmPlaybook);
    saveValueRiskPlaybook(db, settings.valueRiskPlaybook);
    transaction.commit();
}

void clearSegmentSettings(store::Database &db)
{
    store::Transaction transaction(db);
    store::ProjectSettings settings(db);
    for (const QString &key :
         {rfmRulesSettingsKey(), valueRiskGridSettingsKey(), rfmPlaybookSettingsKey(), valueRiskPlaybookSettingsKey()})
        settings.remove(key);
    transaction.commit();
}

} // namespace ltv::segments
