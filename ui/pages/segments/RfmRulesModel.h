#pragma once
// The editable RFM rule table: one row per rule (name and the R, F, M score
// ranges, 1..5), in matching order, plus the customers each rule currently
// names and a note when earlier rules shadow it. Every edit emits the new
// table so the page can re-segment at once. Rule names are stored as keys
// (the built-in ones in English) and shown through segmentDisplayName, so the
// default rules read in the interface language and typed names stay as typed.

#include "segments/RfmRules.h"

#include <QAbstractTableModel>

#include <vector>

namespace ltv::ui {

class RfmRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        RecencyLow,
        RecencyHigh,
        FrequencyLow,
        FrequencyHigh,
        MonetaryLow,
        MonetaryHigh,
        Customers,
        ColumnCount
    };

    explicit RfmRulesModel(QObject *parent = nullptr);

    const segments::RfmRuleTable &rules() const { return rules_; }
    void setRules(const segments::RfmRuleTable &rules);
    // Customers per rule (same order as the rules); empty hides the counts.
    void setCounts(std::vector<std::size_t> counts);

    bool insertRule(int row, const segments::RfmRule &rule);
    bool removeRule(int row);
    bool moveRule(int row, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

signals:
    void rulesEdited(const ltv::segments::RfmRuleTable &rules);

private:
    segments::ScoreRange *range(segments::RfmRule &rule, int column) const;
    void refreshShadowed();

    segments::RfmRuleTable rules_;
    std::vector<std::size_t> counts_;
    QList<int> shadowed_;
};

} // namespace ltv::ui
