#include "pages/segments/ValueTableModel.h"

#include "LanguageManager.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ltv::ui {

ValueTableModel::ValueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ValueTableModel::setTable(const QStringList &header, const QList<int> &decimals, std::vector<QVariantList> rows)
{
    beginResetModel();
    header_ = header;
    decimals_ = decimals;
    rows_ = std::move(rows);
    endResetModel();
}

void ValueTableModel::setTable(const QStringList &header, const QList<int> &decimals, const segments::Table &table)
{
    std::vector<QVariantList> rows;
    rows.reserve(table.rows.size());
    for (const QStringList &cells : table.rows) {
        QVariantList row;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c < decimals.size() && decimals.at(c) >= 0) {
                bool ok = false;
                const double v = cells.at(c).toDouble(&ok);
                row << QVariant(ok ? v : std::numeric_limits<double>::quiet_NaN());
            } else {
                row << QVariant(cells.at(c));
            }
        }
        rows.push_back(row);
    }
    setTable(header, decimals, std::move(rows));
}

void ValueTableModel::setHeader(const QStringList &header)
{
    if (header.size() != header_.size())
        return;
    header_ = header;
    if (!header_.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(header_.size()) - 1);
}

void ValueTableModel::setHeaderToolTips(const QStringList &toolTips)
{
    headerToolTips_ = toolTips;
    if (!header_.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(header_.size()) - 1);
}

void ValueTableModel::clear()
{
    setTable(header_, decimals_, std::vector<QVariantList>{});
}

int ValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(header_.size());
}

QVariant ValueTableModel::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= rows_[static_cast<std::size_t>(row)].size())
        return {};
    return rows_[static_cast<std::size_t>(row)].at(column);
}

QVariant ValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant v = value(index.row(), index.column());
    const int decimals = index.column() < decimals_.size() ? decimals_.at(index.column()) : -1;
    const bool numeric = v.typeId() == QMetaType::Double;
    switch (role) {
    case Qt::DisplayRole: {
        if (!numeric)
            return v.toString();
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return QStringLiteral("–");
        return LanguageManager::instance().locale().toString(d, 'f', std::max(0, decimals));
    }
    case Qt::EditRole:
        return v;
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < header_.size())
        return headerToolTips_.value(section, header_.at(section));
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < header_.size() ? header_.at(section) : QVariant();
}

void ValueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> rowIds(rows_.size());
    for (std::size_t i = 0; i < rowIds.size(); ++i)
        rowIds[i] = static_cast<int>(i);
    const auto less = [this, column](int a, int b) {
        const QVariant &x = rows_[static_cast<std::size_t>(a)].at(column);
        const QVariant &y = rows_[static_cast<std::size_t>(b)].at(column);
        if (x.typeId() == QMetaType::Double && y.typeId() == QMetaType::Double) {
            const double dx = x.toDouble(), dy = y.toDouble();
            if (std::isnan(dx) || std::isnan(dy))
                return !std::isnan(dx) && std::isnan(dy);
            return dx < dy;
        }
        return QString::localeAwareCompare(x.toString(), y.toString()) < 0;
    };
    std::stable_sort(rowIds.begin(), rowIds.end(),
                     [&](int a, int b) { return order == Qt::AscendingOrder ? less(a, b) : less(b, a); });
    std::vector<QVariantList> sorted;
    sorted.reserve(rows_.size());
    std::vector<int> newRowOf(rows_.size());
    for (std::size_t i = 0; i < rowIds.size(); ++i) {
        sorted.push_back(std::move(rows_[static_cast<std::size_t>(rowIds[i])]));
        newRowOf[static_cast<std::size_t>(rowIds[i])] = static_cast<int>(i);
    }
    rows_ = std::move(sorted);
    QModelIndexList after;
    for (const QModelIndex &index : before)
        after << this->index(newRowOf[static_cast<std::size_t>(index.row())], index.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ltv::ui
