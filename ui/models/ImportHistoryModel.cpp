#include "models/ImportHistoryModel.h"

#include "LanguageManager.h"

#include <QFileInfo>

#include <algorithm>

namespace ltv::ui {

void ImportHistoryModel::setRecords(QList<store::ImportRecord> records)
{
    beginResetModel();
    records_ = std::move(records);
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(records_.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= records_.size())
        return {};
    const store::ImportRecord &r = records_.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() >= Read ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Source)
        return r.sourceFile;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale = LanguageManager::instance().locale();
    switch (index.column()) {
    case Time:
        return r.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind:
        return r.kind == u"customers" ? tr("customer table") : tr("transactions");
    case Source:
        return QFileInfo(r.sourceFile).fileName();
    case Read:
        return locale.toString(static_cast<qlonglong>(r.rowsRead));
    case Imported:
        return locale.toString(static_cast<qlonglong>(r.rowsImported));
    case Rejected:
        return locale.toString(static_cast<qlonglong>(r.rowsRejected));
    case Duplicate:
        return locale.toString(static_cast<qlonglong>(r.rowsDuplicate));
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Imported at");
    case Kind:
        return tr("Kind");
    case Source:
        return tr("Source file");
    case Read:
        return tr("Rows read");
    case Imported:
        return tr("Imported");
    case Rejected:
        return tr("Rejected");
    case Duplicate:
        return tr("Duplicates");
    default:
        return {};
    }
}

void ImportHistoryModel::sort(int column, Qt::SortOrder order)
{
    const auto key = [column](const store::ImportRecord &r) -> QVariant {
        switch (column) {
        case Kind:
            return r.kind;
        case Source:
            return r.sourceFile;
        case Read:
            return QVariant::fromValue<qlonglong>(r.rowsRead);
        case Imported:
            return QVariant::fromValue<qlonglong>(r.rowsImported);
        case Rejected:
            return QVariant::fromValue<qlonglong>(r.rowsRejected);
        case Duplicate:
            return QVariant::fromValue<qlonglong>(r.rowsDuplicate);
        default:
            return r.importedAt;
        }
    };
    beginResetModel();
    std::stable_sort(records_.begin(), records_.end(), [&](const auto &a, const auto &b) {
        const auto c = QVariant::compare(key(a), key(b));
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    endResetModel();
}

} // namespace ltv::ui
