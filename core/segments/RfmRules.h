#pragma once
// The editable, ordered table that names RFM segments: the first rule whose
// R, F and M score ranges all contain a customer's scores wins; customers no
// rule matches are "Others". Stored in the project as JSON.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ltv::segments {

// Inclusive score range, 1..5.
struct ScoreRange
{
    int low = 1;
    int high = 5;
    bool contains(int score) const { return score >= low && score <= high; }
    bool operator==(const ScoreRange &) const = default;
};

struct RfmRule
{
    QString name;
    ScoreRange recency;
    ScoreRange frequency;
    ScoreRange monetary;
    bool matches(int r, int f, int m) const
    {
        return recency.contains(r) && frequency.contains(f) && monetary.contains(m);
    }
    bool operator==(const RfmRule &) const = default;
};

struct RfmRuleTable
{
    QList<RfmRule> rules;

    // Index of the first matching rule, or -1 ("Others").
    int match(int r, int f, int m) const;
    // Rules that can never fire because earlier rules cover every score
    // triple they contain (checked over all 125 triples). An editor shows them.
    QList<int> shadowedRules() const;

    // JSON: {"version":1,"rules":[{"name":..,"r":[lo,hi],"f":[lo,hi],"m":[lo,hi]},...]}
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // the same, as indented text
    // Parse those forms; on error return false, leave *table untouched and give a translated message.
    static bool fromJsonObject(const QJsonObject &root, RfmRuleTable *table, QString *error);
    static bool fromJson(const QByteArray &json, RfmRuleTable *table, QString *error);

    bool operator==(const RfmRuleTable &) const = default;
};

// The name of the leftover segment.
QString othersSegmentName();

// The 11 common segments, ordered so that every rule can fire (see docs/segments.md).
RfmRuleTable defaultRfmRules();

} // namespace ltv::segments
