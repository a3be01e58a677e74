#include "pages/recommendations/PlaybookModel.h"

#include "LanguageManager.h"
#include "segments/SegmentNames.h"

#include <QComboBox>

namespace ltv::ui {

namespace {
constexpr int kActionCount = 7; // ActionKind values, VipCare .. InverseDiscount
} // namespace

PlaybookModel::PlaybookModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlaybookModel::setPlaybook(const segments::Playbook &playbook)
{
    beginResetModel();
    playbook_ = playbook;
    customers_.clear();
    value_.clear();
    endResetModel();
}

void PlaybookModel::setSegmentStats(std::vector<std::size_t> customers, std::vector<double> value)
{
    customers_ = std::move(customers);
    value_ = std::move(value);
    if (rowCount() > 0)
        emit dataChanged(index(0, Customers), index(rowCount() - 1, Value));
}

int PlaybookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(playbook_.entries.size());
}

int PlaybookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const segments::PlaybookEntry &e = playbook_.entries.at(index.row());
    const auto row = static_cast<std::size_t>(index.row());
    const QLocale locale = LanguageManager::instance().locale();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case Segment:
            return edit ? e.segment : segments::segmentDisplayName(e.segment);
        case Action:
            return edit ? QVariant(static_cast<int>(e.action)) : QVariant(segments::actionDisplayName(e.action));
        case Channel:
            return e.channel;
        case MaxSpendShare:
            return edit ? QVariant(100.0 * e.maxSpendShareOfLtv)
                        : QVariant(locale.toString(100.0 * e.maxSpendShareOfLtv, 'f', 1));
        case Uplift:
            return edit ? QVariant(100.0 * e.uplift) : QVariant(locale.toString(100.0 * e.uplift, 'f', 1));
        case Customers:
            if (row >= customers_.size())
                return {};
            return edit ? QVariant(static_cast<qulonglong>(customers_[row]))
                        : QVariant(locale.toString(static_cast<qulonglong>(customers_[row])));
        case Value:
            if (row >= value_.size())
                return {};
            return edit ? QVariant(value_[row]) : QVariant(locale.toString(value_[row], 'f', 2));
        case Rationale:
            return e.rationale;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MaxSpendShare && index.column() <= Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Rationale)
        return e.rationale;
    return {};
}

bool PlaybookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    segments::PlaybookEntry &e = playbook_.entries[index.row()];
    bool ok = false;
    switch (index.column()) {
    case Action: {
        const int action = value.toInt(&ok);
        if (!ok || action < 0 || action >= kActionCount)
            return false;
        e.action = static_cast<segments::ActionKind>(action);
        // A new action brings its own assumptions about response and what it acts on.
        e.uplift = segments::defaultUplift(e.action);
        e.basis = segments::defaultBasis(e.action);
        break;
    }
    case Channel:
        e.channel = value.toString().trimmed();
        break;
    case MaxSpendShare: {
        const double percent = value.toDouble(&ok);
        if (!ok || percent < 0.0 || percent > 100.0)
            return false;
        e.maxSpendShareOfLtv = percent / 100.0;
        break;
    }
    case Uplift: {
        const double percent = value.toDouble(&ok);
        if (!ok || percent < 0.0 || percent > 100.0)
            return false;
        e.uplift = percent / 100.0;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit playbookEdited(playbook_);
    return true;
}

Qt::ItemFlags PlaybookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Action || index.column() == Channel || index.column() == MaxSpendShare ||
        index.column() == Uplift)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PlaybookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Segment:
        return tr("Segment");
    case Action:
        return tr("Action");
    case Channel:
        return tr("Channel");
    case MaxSpendShare:
        return tr("Max spend (% of LTV)");
    case Uplift:
        return tr("Assumed uplift (%)");
    case Customers:
        return tr("Customers");
    case Value:
        return tr("Predicted value");
    case Rationale:
        return tr("Rationale");
    default:
        return {};
    }
}

void PlaybookModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QWidget *ActionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (int a = 0; a < kActionCount; ++a)
        box->addItem(segments::actionDisplayName(static_cast<segments::ActionKind>(a)), a);
    return box;
}

void ActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
}

void ActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    model->setData(index, box->currentData(), Qt::EditRole);
}

} // namespace ltv::ui
