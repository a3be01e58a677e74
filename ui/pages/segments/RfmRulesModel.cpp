#include "pages/segments/RfmRulesModel.h"

#include "LanguageManager.h"
#include "segments/SegmentNames.h"

#include <QBrush>
#include <QColor>

namespace ltv::ui {

RfmRulesModel::RfmRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , rules_(segments::defaultRfmRules())
{
    refreshShadowed();
}

void RfmRulesModel::setRules(const segments::RfmRuleTable &rules)
{
    beginResetModel();
    rules_ = rules;
    counts_.clear();
    refreshShadowed();
    endResetModel();
}

void RfmRulesModel::setCounts(std::vector<std::size_t> counts)
{
    counts_ = std::move(counts);
    if (rowCount() > 0)
        emit dataChanged(index(0, Customers), index(rowCount() - 1, Customers));
}

void RfmRulesModel::refreshShadowed()
{
    shadowed_ = rules_.shadowedRules();
}

bool RfmRulesModel::insertRule(int row, const segments::RfmRule &rule)
{
    if (row < 0 || row > rowCount())
        return false;
    beginInsertRows({}, row, row);
    rules_.rules.insert(row, rule);
    counts_.clear();
    refreshShadowed();
    endInsertRows();
    emit rulesEdited(rules_);
    return true;
}

bool RfmRulesModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    rules_.rules.removeAt(row);
    counts_.clear();
    refreshShadowed();
    endRemoveRows();
    emit rulesEdited(rules_);
    return true;
}

bool RfmRulesModel::moveRule(int row, int to)
{
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || row == to)
        return false;
    // beginMoveRows wants the destination as "insert before" in the old numbering.
    if (!beginMoveRows({}, row, row, {}, to > row ? to + 1 : to))
        return false;
    rules_.rules.move(row, to);
    counts_.clear();
    refreshShadowed();
    endMoveRows();
    emit rulesEdited(rules_);
    return true;
}

int RfmRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rules_.rules.size());
}

int RfmRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

segments::ScoreRange *RfmRulesModel::range(segments::RfmRule &rule, int column) const
{
    switch (column) {
    case RecencyLow:
    case RecencyHigh:
        return &rule.recency;
    case FrequencyLow:
    case FrequencyHigh:
        return &rule.frequency;
    case MonetaryLow:
    case MonetaryHigh:
        return &rule.monetary;
    default:
        return nullptr;
    }
}

QVariant RfmRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    segments::RfmRule rule = rules_.rules.at(index.row());
    const bool isShadowed = shadowed_.contains(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (column == Name) // built-in names in the interface language; names a user typed as typed
            return segments::segmentDisplayName(rule.name);
        if (column == Customers) {
            if (static_cast<std::size_t>(index.row()) >= counts_.size())
                return {};
            const auto n = static_cast<qlonglong>(counts_[static_cast<std::size_t>(index.row())]);
            return role == Qt::EditRole ? QVariant(n) : QVariant(LanguageManager::instance().locale().toString(n));
        }
        const segments::ScoreRange *r = range(rule, column);
        const bool low = column == RecencyLow || column == FrequencyLow || column == MonetaryLow;
        return low ? r->low : r->high;
    }
    if (role == Qt::TextAlignmentRole && column != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && isShadowed)
        return tr("Earlier rules already cover every score this rule matches, so it never names anyone.");
    if (role == Qt::ForegroundRole && isShadowed)
        return QBrush(QColor(0xb0, 0x3a, 0x2e));
    return {};
}

bool RfmRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    segments::RfmRule &rule = rules_.rules[index.row()];
    const int column = index.column();
    if (column == Name) {
        const QString name = value.toString().trimmed();
        // The editor starts from the shown (translated) name: leaving it as it was keeps the built-in key.
        if (name.isEmpty() || name == rule.name || name == segments::segmentDisplayName(rule.name))
            return false;
        rule.name = name;
    } else {
        segments::ScoreRange *r = range(rule, column);
        bool ok = false;
        const int score = value.toInt(&ok);
        if (!r || !ok || score < 1 || score > 5)
            return false;
        const bool low = column == RecencyLow || column == FrequencyLow || column == MonetaryLow;
        if ((low && score > r->high) || (!low && score < r->low))
            return false; // a range must keep low <= high
        if ((low ? r->low : r->high) == score)
            return false;
        (low ? r->low : r->high) = score;
    }
    refreshShadowed();
    emit dataChanged(index, index);
    emit rulesEdited(rules_);
    return true;
}

Qt::ItemFlags RfmRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != Customers)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RfmRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Segment");
    case RecencyLow:
        return tr("R from");
    case RecencyHigh:
        return tr("R to");
    case FrequencyLow:
        return tr("F from");
    case FrequencyHigh:
        return tr("F to");
    case MonetaryLow:
        return tr("M from");
    case MonetaryHigh:
        return tr("M to");
    case Customers:
        return tr("Customers");
    default:
        return {};
    }
}

void RfmRulesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) // built-in rule names are shown in the interface language
        emit dataChanged(index(0, Name), index(rowCount() - 1, Customers));
}

} // namespace ltv::ui
