#pragma once
// The editable playbook: one row per segment with its action, channel,
// spending cap (the most spent on one customer, as a share of their
// predicted LTV) and assumed uplift, plus read-only customers and value of
// the segment.

#include "segments/Playbook.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <vector>

namespace ltv::ui {

class PlaybookModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Segment, Action, Channel, MaxSpendShare, Uplift, Customers, Value, Rationale, ColumnCount };

    explicit PlaybookModel(QObject *parent = nullptr);

    const segments::Playbook &playbook() const { return playbook_; }
    void setPlaybook(const segments::Playbook &playbook);
    // Customers and total predicted value per playbook row (same order); empty hides them.
    void setSegmentStats(std::vector<std::size_t> customers, std::vector<double> value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

signals:
    void playbookEdited(const ltv::segments::Playbook &playbook);

private:
    segments::Playbook playbook_;
    std::vector<std::size_t> customers_;
    std::vector<double> value_;
};

// Edits the Action column with a list of the actions.
class ActionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace ltv::ui
