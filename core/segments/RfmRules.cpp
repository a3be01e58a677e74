#include "segments/RfmRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ltv::segments {

int RfmRuleTable::match(int r, int f, int m) const
{
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (rules[i].matches(r, f, m))
            return static_cast<int>(i);
    return -1;
}

QList<int> RfmRuleTable::shadowedRules() const
{
    QList<bool> fires(rules.size(), false);
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m) {
                const int winner = match(r, f, m);
                if (winner >= 0)
                    fires[winner] = true;
            }
    QList<int> shadowed;
    for (qsizetype i = 0; i < fires.size(); ++i)
        if (!fires[i])
            shadowed << static_cast<int>(i);
    return shadowed;
}

namespace {
QJsonArray rangeToJson(const ScoreRange &range)
{
    return QJsonArray{range.low, range.high};
}

bool rangeFromJson(const QJsonValue &value, ScoreRange *range)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 2 || !array[0].isDouble() || !array[1].isDouble())
        return false;
    range->low = array[0].toInt();
    range->high = array[1].toInt();
    return range->low >= 1 && range->high <= 5 && range->low <= range->high;
}

RfmRule rule(const char *name, ScoreRange r, ScoreRange f, ScoreRange m)
{
    return RfmRule{QString::fromLatin1(name), r, f, m};
}
} // namespace

QJsonObject RfmRuleTable::toJsonObject() const
{
    QJsonArray array;
    for (const RfmRule &rule : rules)
        array.append(QJsonObject{{QStringLiteral("name"), rule.name},
                                 {QStringLiteral("r"), rangeToJson(rule.recency)},
                                 {QStringLiteral("f"), rangeToJson(rule.frequency)},
                                 {QStringLiteral("m"), rangeToJson(rule.monetary)}});
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("rules"), array}};
}

QByteArray RfmRuleTable::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

bool RfmRuleTable::fromJson(const QByteArray &json, RfmRuleTable *table, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("RfmRules", "RFM rule table is not a JSON object: %1")
                         .arg(parseError.errorString());
        return false;
    }
    return fromJsonObject(document.object(), table, error);
}

bool RfmRuleTable::fromJsonObject(const QJsonObject &root, RfmRuleTable *table, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QCoreApplication::translate("RfmRules", "Unsupported RFM rule table version."));
    RfmRuleTable parsed;
    const QJsonArray array = root.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        RfmRule rule;
        rule.name = object.value(QStringLiteral("name")).toString().trimmed();
        if (rule.name.isEmpty())
            return fail(QCoreApplication::translate("RfmRules", "RFM rule %1 has no name.").arg(i + 1));
        if (!rangeFromJson(object.value(QStringLiteral("r")), &rule.recency) ||
            !rangeFromJson(object.value(QStringLiteral("f")), &rule.frequency) ||
            !rangeFromJson(object.value(QStringLiteral("m")), &rule.monetary))
            return fail(
                QCoreApplication::translate("RfmRules", "RFM rule \"%1\" needs r, f and m as [low, high] within 1..5.")
                    .arg(rule.name));
        parsed.rules << rule;
    }
    *table = parsed;
    return true;
}

QString othersSegmentName()
{
    return QStringLiteral("Others");
}

RfmRuleTable defaultRfmRules()
{
    // The common 11 segments with their usual score ranges. Narrow rules come
    // before the broad ones that contain them (New Customers and Promising
    // before Potential Loyalist, Can't Lose Them before At Risk, Lost before
    // Hibernating) and Lost is the 1-1-1 corner, so that no rule is shadowed.
    RfmRuleTable table;
    table.rules = {
        rule("Champions", {4, 5}, {4, 5}, {4, 5}),
        rule("Loyal Customers", {2, 5}, {3, 5}, {3, 5}),
        rule("New Customers", {4, 5}, {1, 1}, {1, 1}),
        rule("Promising", {3, 4}, {1, 1}, {1, 1}),
        rule("Potential Loyalist", {3, 5}, {1, 3}, {1, 3}),
        rule("Need Attention", {2, 3}, {2, 3}, {2, 3}),
        rule("About To Sleep", {2, 3}, {1, 2}, {1, 2}),
        rule("Can't Lose Them", {1, 1}, {4, 5}, {4, 5}),
        rule("At Risk", {1, 2}, {2, 5}, {2, 5}),
        rule("Lost", {1, 1}, {1, 1}, {1, 1}),
        rule("Hibernating", {1, 2}, {1, 2}, {1, 2}),
    };
    return table;
}

} // namespace ltv::segments
