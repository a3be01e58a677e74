#include "segments/Playbook.h"
#include "features/Translation.h"

#include "segments/PredictionLookup.h"
#include "segments/RfmRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <utility>

namespace ltv::segments {

namespace {
struct ActionInfo
{
    ActionKind action;
    const char *key;
    double uplift;
    UpliftBasis basis;
};

// Uplifts are deliberately modest planning assumptions, meant to be replaced
// by the user's own campaign results.
constexpr std::array<ActionInfo, 7> actionTable{{
    {ActionKind::VipCare, "vip_care", 0.03, UpliftBasis::PredictedValue},
    {ActionKind::LoyaltyProgramme, "loyalty_programme", 0.05, UpliftBasis::PredictedValue},
    {ActionKind::WinBack, "win_back", 0.15, UpliftBasis::ValueAtRisk},
    {ActionKind::OnboardingNurture, "onboarding_nurture", 0.08, UpliftBasis::PredictedValue},
    {ActionKind::CrossSell, "cross_sell", 0.05, UpliftBasis::PredictedValue},
    {ActionKind::Suppression, "suppression", 0.0, UpliftBasis::PredictedValue},
    {ActionKind::InverseDiscount, "inverse_discount", 0.02, UpliftBasis::PredictedValue},
}};

const ActionInfo &info(ActionKind action)
{
    for (const ActionInfo &entry : actionTable)
        if (entry.action == action)
            return entry;
    return actionTable[4];
}

PlaybookEntry entry(QString segment, ActionKind action, const char *channel, double maxShare, QString rationale)
{
    PlaybookEntry e;
    e.segment = std::move(segment);
    e.action = action;
    e.channel = QString::fromLatin1(channel);
    e.maxSpendShareOfLtv = maxShare;
    e.rationale = std::move(rationale);
    e.uplift = defaultUplift(action);
    e.basis = defaultBasis(action);
    return e;
}

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::segments", "ltv::segments::Playbook"}, text);
}
} // namespace

QString actionKey(ActionKind action)
{
    return QString::fromLatin1(info(action).key);
}

bool parseActionKey(const QString &key, ActionKind *action)
{
    for (const ActionInfo &entry : actionTable)
        if (key == QLatin1String(entry.key)) {
            *action = entry.action;
            return true;
        }
    return false;
}

QString actionDisplayName(ActionKind action)
{
    switch (action) {
    case ActionKind::VipCare:
        return tr("VIP care");
    case ActionKind::LoyaltyProgramme:
        return tr("Loyalty programme");
    case ActionKind::WinBack:
        return tr("Win-back");
    case ActionKind::OnboardingNurture:
        return tr("Onboarding nurture");
    case ActionKind::CrossSell:
        return tr("Cross-sell");
    case ActionKind::Suppression:
        return tr("Suppression");
    case ActionKind::InverseDiscount:
        return tr("Inverse discount");
    }
    return {};
}

double defaultUplift(ActionKind action)
{
    return info(action).uplift;
}

UpliftBasis defaultBasis(ActionKind action)
{
    return info(action).basis;
}

const PlaybookEntry *Playbook::find(const QString &segment) const
{
    for (const PlaybookEntry &e : entries)
        if (e.segment == segment)
            return &e;
    return nullptr;
}

QJsonObject Playbook::toJsonObject() const
{
    QJsonArray array;
    for (const PlaybookEntry &e : entries)
        array.append(QJsonObject{{QStringLiteral("segment"), e.segment},
                                 {QStringLiteral("action"), actionKey(e.action)},
                                 {QStringLiteral("rationale"), e.rationale},
                                 {QStringLiteral("channel"), e.channel},
                                 {QStringLiteral("maxSpendShareOfLtv"), e.maxSpendShareOfLtv},
                                 {QStringLiteral("uplift"), e.uplift},
                                 {QStringLiteral("basis"), e.basis == UpliftBasis::ValueAtRisk
                                                               ? QStringLiteral("value_at_risk")
                                                               : QStringLiteral("predicted_value")}});
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), array}};
}

QByteArray Playbook::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

bool Playbook::fromJson(const QByteArray &json, Playbook *playbook, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        if (error)
            *error = tr("Not a playbook (version 1).");
        return false;
    }
    return fromJsonObject(document.object(), playbook, error);
}

bool Playbook::fromJsonObject(const QJsonObject &root, Playbook *playbook, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("Not a playbook (version 1)."));
    Playbook parsed;
    const QJsonArray array = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        PlaybookEntry e;
        e.segment = o.value(QStringLiteral("segment")).toString().trimmed();
        if (e.segment.isEmpty())
            return fail(tr("Playbook row %1 has no segment.").arg(i + 1));
        if (parsed.find(e.segment))
            return fail(tr("Segment \"%1\" appears twice in the playbook.").arg(e.segment));
        const QString action = o.value(QStringLiteral("action")).toString();
        if (!parseActionKey(action, &e.action))
            return fail(tr("Unknown action \"%1\" for segment \"%2\".").arg(action, e.segment));
        e.rationale = o.value(QStringLiteral("rationale")).toString();
        e.channel = o.value(QStringLiteral("channel")).toString();
        e.maxSpendShareOfLtv = o.value(QStringLiteral("maxSpendShareOfLtv")).toDouble(-1.0);
        e.uplift = o.value(QStringLiteral("uplift")).toDouble(-1.0);
        const QString basis = o.value(QStringLiteral("basis")).toString();
        if (e.maxSpendShareOfLtv < 0.0 || e.maxSpendShareOfLtv > 1.0)
            return fail(tr("Max spend share for \"%1\" must be within 0..1.").arg(e.segment));
        if (e.uplift < 0.0 || e.uplift > 1.0)
            return fail(tr("Uplift for \"%1\" must be within 0..1.").arg(e.segment));
        if (basis == QLatin1String("value_at_risk"))
            e.basis = UpliftBasis::ValueAtRisk;
        else if (basis == QLatin1String("predicted_value"))
            e.basis = UpliftBasis::PredictedValue;
        else
            return fail(tr("Unknown uplift basis \"%1\" for \"%2\".").arg(basis, e.segment));
        parsed.entries << e;
    }
    *playbook = parsed;
    return true;
}

Playbook defaultRfmPlaybook()
{
    using A = ActionKind;
    Playbook p;
    p.entries = {
        entry(QStringLiteral("Champions"), A::VipCare, "personal email", 1.0 / 3.0,
              tr("Recent, frequent, high spenders: reward with early access and service, not discounts.")),
        entry(QStringLiteral("Loyal Customers"), A::InverseDiscount, "email", 0.10,
              tr("They buy regularly anyway: small non-price incentives suffice; large discounts waste margin.")),
        entry(QStringLiteral("New Customers"), A::OnboardingNurture, "email series", 1.0 / 3.0,
              tr("First purchase was recent: a welcome series builds the second purchase habit.")),
        entry(QStringLiteral("Promising"), A::OnboardingNurture, "email series", 0.25,
              tr("Recent but single low-value purchase: nurture towards a second order.")),
        entry(QStringLiteral("Potential Loyalist"), A::LoyaltyProgramme, "email + app", 1.0 / 3.0,
              tr("Recent with average frequency: a membership offer turns them into loyal customers.")),
        entry(QStringLiteral("Need Attention"), A::CrossSell, "email", 0.25,
              tr("Middling on every axis: relevant recommendations and limited-time offers re-engage them.")),
        entry(QStringLiteral("About To Sleep"), A::WinBack, "email", 0.20,
              tr("Slipping away with low spend: a light reminder before they lapse.")),
        entry(QStringLiteral("Can't Lose Them"), A::WinBack, "phone / direct mail", 1.0 / 3.0,
              tr("Used to buy often and much but not lately: personal win-back before the value is lost.")),
        entry(QStringLiteral("At Risk"), A::WinBack, "personalised email", 1.0 / 3.0,
              tr("Good customers who have not bought for long: win them back with a personal offer.")),
        entry(QStringLiteral("Lost"), A::Suppression, "none", 0.0,
              tr("Lowest recency, frequency and spend: further contacts are wasted spend.")),
        entry(QStringLiteral("Hibernating"), A::Suppression, "none", 0.0,
              tr("Long inactive, low value: exclude from paid campaigns; keep in free newsletters only.")),
        entry(othersSegmentName(), A::CrossSell, "email", 0.25, tr("No clear pattern: standard recommendations.")),
    };
    return p;
}

Playbook defaultValueRiskPlaybook(const ValueRiskConfig &config)
{
    using A = ActionKind;
    const auto &n = config.cellNames;
    Playbook p;
    p.entries = {
        entry(n[0], A::VipCare, "personal email", 1.0 / 3.0,
              tr("Most valuable and safe: protect the relationship with service, not discounts.")),
        entry(n[1], A::LoyaltyProgramme, "email + app", 1.0 / 3.0,
              tr("Valuable with some risk: loyalty benefits raise the cost of leaving.")),
        entry(n[2], A::WinBack, "phone / direct mail", 1.0 / 3.0,
              tr("Valuable and likely to churn: the largest value at risk, act now.")),
        entry(n[3], A::CrossSell, "email", 0.25,
              tr("Likely to stay: grow the basket with recommendations and small incentives.")),
        entry(n[4], A::LoyaltyProgramme, "email", 0.25, tr("Average value and risk: steady loyalty nurture.")),
        entry(n[5], A::WinBack, "personalised email", 0.25,
              tr("Worth a targeted win-back offer while the value is still there.")),
        entry(n[6], A::InverseDiscount, "email", 0.10,
              tr("Low value but likely to buy anyway: only small incentives are worth it.")),
        entry(n[7], A::OnboardingNurture, "email", 0.10, tr("Low value: low-cost automated nurture only.")),
        entry(n[8], A::Suppression, "none", 0.0, tr("Low value and likely gone: spend is wasted here.")),
    };
    return p;
}

Table playbookTable(const Playbook &playbook, const Segmentation &segmentation, const models::Predictions &predictions)
{
    const PredictionLookup lookup(predictions);
    const auto segments = static_cast<std::size_t>(segmentation.names.size());
    std::vector<double> value(segments, 0.0), atRisk(segments, 0.0), maxSpend(segments, 0.0);
    const std::vector<std::size_t> counts = segmentation.counts();
    std::vector<const PlaybookEntry *> entries(segments);
    for (std::size_t s = 0; s < segments; ++s)
        entries[s] = playbook.find(segmentation.names[static_cast<qsizetype>(s)]);
    for (std::size_t i = 0; i < segmentation.size(); ++i) {
        const auto s = static_cast<std::size_t>(segmentation.segmentOf[i]);
        const double ltv = lookup.ltv(segmentation.customer[i]);
        value[s] += ltv;
        atRisk[s] += lookup.valueAtRisk(segmentation.customer[i]);
        if (entries[s])
            maxSpend[s] += std::max(0.0, ltv) * entries[s]->maxSpendShareOfLtv;
    }
    Table table;
    table.header = {tr("segment"),
                    tr("action"),
                    tr("channel"),
                    tr("customers"),
                    tr("total LTV"),
                    tr("value at risk"),
                    tr("max spend per customer"),
                    tr("max spend"),
                    tr("rationale")};
    for (std::size_t s = 0; s < segments; ++s) {
        const PlaybookEntry *e = entries[s];
        const double count = static_cast<double>(counts[s]);
        table.rows.push_back({segmentation.names[static_cast<qsizetype>(s)],
                              e ? actionDisplayName(e->action) : tr("(no action)"), e ? e->channel : QString(),
                              QString::number(counts[s]), formatNumber(value[s], 2), formatNumber(atRisk[s], 2),
                              formatNumber(count > 0 ? maxSpend[s] / count : 0.0, 2), formatNumber(maxSpend[s], 2),
                              e ? e->rationale : QString()});
    }
    return table;
}

} // namespace ltv::segments
