#pragma once
// The playbook: for each segment a recommended action with its rationale,
// channel, the most that may be spent on one customer (a share of predicted
// LTV) and the assumed response uplift the budget allocation uses. Editable
// and stored in the project as JSON.

#include "models/Model.h"
#include "segments/Segmentation.h"
#include "segments/ValueRisk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ltv::segments {

enum class ActionKind {
    VipCare,
    LoyaltyProgramme,
    WinBack,
    OnboardingNurture,
    CrossSell,
    Suppression,
    InverseDiscount
};

QString actionKey(ActionKind action); // stable key: "vip_care", "win_back", ...
bool parseActionKey(const QString &key, ActionKind *action);
QString actionDisplayName(ActionKind action); // translated

// What the uplift multiplies: predicted LTV, or the value at risk
// (LTV x churn probability) for actions that try to keep a customer.
enum class UpliftBasis { PredictedValue, ValueAtRisk };

struct PlaybookEntry
{
    QString segment;
    ActionKind action = ActionKind::CrossSell;
    QString rationale;
    QString channel;
    double maxSpendShareOfLtv = 1.0 / 3.0; // max spend per customer = share x predicted LTV
    double uplift = 0.0;                   // expected incremental value = uplift x basis (x gross margin)
    UpliftBasis basis = UpliftBasis::PredictedValue;

    bool operator==(const PlaybookEntry &) const = default;
};

struct Playbook
{
    QList<PlaybookEntry> entries;

    // The entry for a segment, or nullptr.
    const PlaybookEntry *find(const QString &segment) const;

    // {"version":1,"entries":[{"segment","action","rationale","channel","maxSpendShareOfLtv","uplift","basis"}]}
    // Parsing checks every row and leaves *playbook untouched on error.
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // the same, as indented text
    static bool fromJsonObject(const QJsonObject &root, Playbook *playbook, QString *error);
    static bool fromJson(const QByteArray &json, Playbook *playbook, QString *error);

    bool operator==(const Playbook &) const = default;
};

// Default uplift per action (documented in docs/segments.md).
double defaultUplift(ActionKind action);
UpliftBasis defaultBasis(ActionKind action);

Playbook defaultRfmPlaybook();                                         // the 11 RFM segments + Others
Playbook defaultValueRiskPlaybook(const ValueRiskConfig &config = {}); // the 9 grid cells

// Per playbook row, over the customers of a segmentation: segment, action,
// channel, customers, total predicted value, value at risk, mean and total
// max spend, rationale. Segments without an entry are listed with no action.
Table playbookTable(const Playbook &playbook, const Segmentation &segmentation, const models::Predictions &predictions);

} // namespace ltv::segments
