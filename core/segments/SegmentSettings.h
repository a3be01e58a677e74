#pragma once
// The user's segment settings stored in the project: the RFM rule table, the
// value x risk grid (tiers, risk thresholds, metric, cell names) and the two
// playbooks (RFM segments and grid cells). Each is one JSON value in the
// project's settings table; what the project has not saved is the default.

#include "segments/Playbook.h"
#include "segments/RfmRules.h"
#include "segments/ValueRisk.h"

#include <QString>
#include <QStringList>

namespace ltv::store {
class Database;
}

namespace ltv::segments {

// The settings keys, one per part.
QString rfmRulesSettingsKey();          // "segments.rfm_rules"
QString valueRiskGridSettingsKey();     // "segments.value_risk_grid"
QString rfmPlaybookSettingsKey();       // "segments.playbook.rfm"
QString valueRiskPlaybookSettingsKey(); // "segments.playbook.value_risk"

struct SegmentSettings
{
    RfmRuleTable rfmRules = defaultRfmRules();
    ValueRiskConfig grid;
    Playbook rfmPlaybook = defaultRfmPlaybook();
    Playbook valueRiskPlaybook = defaultValueRiskPlaybook();

    // Which parts came from the project (the others are defaults).
    bool savedRfmRules = false;
    bool savedGrid = false;
    bool savedRfmPlaybook = false;
    bool savedValueRiskPlaybook = false;

    bool operator==(const SegmentSettings &) const = default;
};

// Reads the project's settings. A missing part is its default (the grid
// playbook's default follows the saved grid's cell names). A saved part that
// does not parse is also replaced by its default, and a translated line per
// such part goes to *problems.
SegmentSettings loadSegmentSettings(store::Database &db, QStringList *problems = nullptr);

// Write one part (insert or replace).
void saveRfmRules(store::Database &db, const RfmRuleTable &rules);
void saveValueRiskGrid(store::Database &db, const ValueRiskConfig &grid);
void saveRfmPlaybook(store::Database &db, const Playbook &playbook);
void saveValueRiskPlaybook(store::Database &db, const Playbook &playbook);
// Writes all four parts in one transaction.
void saveSegmentSettings(store::Database &db, const SegmentSettings &settings);
// Forgets every saved part, so the project uses the defaults again.
void clearSegmentSettings(store::Database &db);

} // namespace ltv::segments
