#include "models/LeaderboardModel.h"

#include <QCoreApplication>

#include "LanguageManager.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace ltv::ui {

namespace {
// Columns: model, fit time, discounted value per customer, then every leaderboard metric.
constexpr int kFixedColumns = 3;
constexpr int kValueColumn = 2;
} // namespace

void LeaderboardModel::setLeaderboard(eval::Leaderboard leaderboard)
{
    beginResetModel();
    board_ = std::move(leaderboard);
    best_.clear();
    for (const eval::MetricSpec &spec : eval::leaderboardMetrics())
        best_.push_back(board_.best(spec.key));
    endResetModel();
}

int LeaderboardModel::columnOf(const QString &key) const
{
    const auto &metrics = eval::leaderboardMetrics();
    for (int i = 0; i < metrics.size(); ++i)
        if (metrics.at(i).key == key)
            return kFixedColumns + i;
    return -1;
}

bool LeaderboardModel::isBest(int row, int column) const
{
    const int metric = column - kFixedColumns;
    if (metric < 0 || metric >= static_cast<int>(best_.size()))
        return false;
    const auto &rows = best_[static_cast<std::size_t>(metric)];
    return std::find(rows.begin(), rows.end(), static_cast<std::size_t>(row)) != rows.end();
}

double LeaderboardModel::annualDiscountRate() const
{
    return board_.context.value(QStringLiteral("annualDiscountRate"), 0.0).toDouble();
}

QString LeaderboardModel::valueDescription() const
{
    const QLocale locale = LanguageManager::instance().locale();
    return tr("Mean predicted value per evaluated customer over the horizon, discounted at %1 % a year")
        .arg(locale.toString(100.0 * annualDiscountRate(), 'f', 1));
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(board_.rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + static_cast<int>(eval::leaderboardMetrics().size());
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const eval::LeaderboardRow &row = board_.rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const QLocale locale = LanguageManager::instance().locale();
    if (column == 0) {
        if (role == Qt::DisplayRole)
            return row.displayName.isEmpty() ? row.model : row.displayName;
        if (role == Qt::ToolTipRole)
            return row.note.isEmpty() ? row.model : row.model + QStringLiteral(": ") + row.note;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == 1) {
        if (role == Qt::DisplayRole)
            return locale.toString(row.fitSeconds, 'f', 2);
        if (role == Qt::UserRole)
            return row.fitSeconds;
        return {};
    }
    if (column == kValueColumn) {
        const double value = row.discountedValuePerCustomer;
        if (role == Qt::DisplayRole)
            return std::isfinite(value) ? locale.toString(value, 'f', 2) : QStringLiteral("–");
        if (role == Qt::UserRole)
            return value;
        if (role == Qt::ToolTipRole)
            return valueDescription();
        return {};
    }
    const QString key = eval::leaderboardMetrics().at(column - kFixedColumns).key;
    const double value = row.metric(key);
    const bool best = isBest(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        return std::isfinite(value) ? locale.toString(value, 'f', std::abs(value) >= 100 ? 1 : 3) : QStringLiteral("–");
    case Qt::UserRole:
        return value;
    case Qt::FontRole:
        if (best) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return best ? QBrush(QColor(0xd4, 0xed, 0xda)) : QVariant();
    case Qt::ForegroundRole:
        return best ? QBrush(QColor(0x0b, 0x3d, 0x1b)) : QVariant();
    case Qt::ToolTipRole:
        return best ? tr("Best value of this metric") : QVariant();
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == kValueColumn && role == Qt::ToolTipRole)
        return valueDescription();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Model");
    if (section == 1)
        return tr("Fit (s)");
    if (section == kValueColumn)
        return tr("CLV");
    const int metric = section - kFixedColumns;
    if (metric < 0 || metric >= eval::leaderboardMetrics().size())
        return {};
    // Core keeps the labels in English and marks them for the "Leaderboard" context.
    return QCoreApplication::translate("Leaderboard", eval::leaderboardMetrics().at(metric).label.toUtf8().constData());
}

} // namespace ltv::ui
