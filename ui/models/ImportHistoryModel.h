#pragma once
// The project's import history: one row per import with its counts.

#include "store/Project.h"

#include <QAbstractTableModel>

namespace ltv::ui {

class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Source, Read, Imported, Rejected, Duplicate, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<store::ImportRecord> records);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<store::ImportRecord> records_;
};

} // namespace ltv::ui
