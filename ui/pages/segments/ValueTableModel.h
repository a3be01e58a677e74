#pragma once
// A read-only, sortable table of values: text or numbers (numbers sort as
// numbers and display in the user's locale with a per-column count of
// decimals). The common model behind the segment, playbook, budget,
// retention, cross-sell and inventory tables.

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

#include "segments/Segmentation.h"

#include <vector>

namespace ltv::ui {

class ValueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ValueTableModel(QObject *parent = nullptr);

    // decimals[c] < 0: text column. Rows hold QString or double per column.
    void setTable(const QStringList &header, const QList<int> &decimals, std::vector<QVariantList> rows);
    // A core table: columns with decimals >= 0 are parsed as numbers (text
    // such as "-" or "nan" becomes NaN), the others kept as text.
    void setTable(const QStringList &header, const QList<int> &decimals, const segments::Table &table);
    void setHeader(const QStringList &header);
    // Shown over the column headers (the header text itself when empty).
    void setHeaderToolTips(const QStringList &toolTips);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The raw value (QString or double) of a cell.
    QVariant value(int row, int column) const;

private:
    QStringList header_;
    QStringList headerToolTips_;
    QList<int> decimals_;
    std::vector<QVariantList> rows_;
};

} // namespace ltv::ui
