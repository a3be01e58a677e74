#include "models/LeaderboardModel.h"

#include <QCoreApplication>

#include "LanguageManager.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>

namespace ltv::ui {

namespace {
// Columns: model, fit time, discounted value per customer, then every leaderboard metric.
constexpr int kFixedColumns = 3;
constexpr int kValueColumn = 2;

// The columns' short titles (they wrap onto two lines at a space) and what
// they mean, by metric key; core's own labels stay as the CLI prints them.
struct MetricText
{
    const char *key;
    const char *title;
    const char *meaning;
};
const MetricText kMetricTexts[] = {
    {"rmse", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "RMSE"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Root mean squared error of the predicted value over the horizon (lower is better)")},
    {"mae", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "MAE"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Mean absolute error of the predicted value over the horizon (lower is better)")},
    {"r2", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "R²"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Coefficient of determination of the predicted value (higher is better; below 0 is worse "
                       "than predicting the mean)")},
    {"gini", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Gini"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Normalized Gini: how well the predicted value ranks the customers by their actual value "
                       "(higher is better)")},
    {"spearman", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Spear\u00adman"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Spearman rank correlation between the predicted and the actual value (higher is better)")},
    {"top20", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Top 20%"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Share of the actual value that the 20 % of customers with the highest predicted value "
                       "brought in (higher is better)")},
    {"total_ratio", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Pred/Act"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Total predicted value divided by the total actual value (closest to 1 is best)")},
    {"decile_mape", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Decile MAPE"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Mean absolute percentage error of the mean predicted value per decile of the prediction "
                       "(lower is better)")},
    {"purchases_mae", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Purch. MAE"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Mean absolute error of the expected number of purchases (lower is better; only models "
                       "that forecast purchases)")},
    {"churn_auc", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Churn AUC"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Area under the ROC curve of the churn probability, churn being no purchase over the "
                       "horizon (higher is better)")},
    {"churn_logloss", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Log loss"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Log loss of the churn probability (lower is better)")},
    {"churn_f1", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Churn F1"),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "F1 score of the churn prediction at the chosen threshold, by default the one that "
                       "maximizes F1 (higher is better)")},
    {"churn_accuracy", QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel", "Churn acc."),
     QT_TRANSLATE_NOOP("ltv::ui::LeaderboardModel",
                       "Accuracy of the churn prediction at the same threshold (higher is better)")},
};

const MetricText *metricText(const QString &key)
{
    for (const MetricText &text : kMetricTexts)
        if (key == QLatin1String(text.key))
            return &text;
    return nullptr;
}

// As many decimals as carry information: money and errors of 10 or more to a
// tenth, large values to the unit, ratios and scores to a thousandth.
int decimalsFor(double value)
{
    const double magnitude = std::abs(value);
    return magnitude >= 1000.0 ? 0 : magnitude >= 10.0 ? 1 : 3;
}
} // namespace

void LeaderboardModel::setLeaderboard(eval::Leaderboard leaderboard)
{
    beginResetModel();
    board_ = std::move(leaderboard);
    trainedOrder_ = board_.rows;
    orderRows(); // a new leaderboard keeps the order the user chose
    findBest();
    endResetModel();
}

QString LeaderboardModel::nameOf(const eval::LeaderboardRow &row)
{
    return row.displayName.isEmpty() ? row.model : row.displayName;
}

double LeaderboardModel::numberIn(const eval::LeaderboardRow &row, int column)
{
    if (column == 1)
        return row.fitSeconds;
    if (column == kValueColumn)
        return row.discountedValuePerCustomer;
    return row.metric(eval::leaderboardMetrics().at(column - kFixedColumns).key);
}

void LeaderboardModel::findBest()
{
    best_.clear();
    for (const eval::MetricSpec &spec : eval::leaderboardMetrics())
        best_.push_back(board_.best(spec.key));
}

void LeaderboardModel::orderRows()
{
    board_.rows = trainedOrder_;
    const int column = sortColumn_;
    if (column < 0)
        return;
    const bool descending = sortOrder_ == Qt::DescendingOrder;
    std::stable_sort(board_.rows.begin(), board_.rows.end(),
                     [&](const eval::LeaderboardRow &a, const eval::LeaderboardRow &b) {
                         if (column == 0) {
                             const int c = QString::localeAwareCompare(nameOf(a), nameOf(b));
                             return descending ? c > 0 : c < 0;
                         }
                         const double x = numberIn(a, column), y = numberIn(b, column);
                         if (std::isnan(x) || std::isnan(y))
                             return !std::isnan(x) && std::isnan(y); // missing values last
                         return descending ? x > y : x < y;
                     });
}

void LeaderboardModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QString> movedModels;
    for (const QModelIndex &index : before)
        movedModels.push_back(board_.rows[static_cast<std::size_t>(index.row())].model);
    sortColumn_ = column >= 0 && column < columnCount() ? column : -1;
    sortOrder_ = order;
    orderRows();
    findBest();
    QModelIndexList after;
    for (std::size_t i = 0; i < movedModels.size(); ++i) {
        int row = 0;
        while (row < rowCount() && board_.rows[static_cast<std::size_t>(row)].model != movedModels[i])
            ++row;
        after << index(row, before.at(static_cast<qsizetype>(i)).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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

void LeaderboardModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
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
            return nameOf(row);
        if (role == Qt::ToolTipRole)
            return row.note.isEmpty() ? row.model : row.model + QStringLiteral(": ") + row.note;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == 1) {
        if (role == Qt::DisplayRole)
            return locale.toString(row.fitSeconds, 'f', row.fitSeconds >= 100.0 ? 0 : row.fitSeconds >= 10.0 ? 1 : 2);
        if (role == Qt::UserRole || role == Qt::EditRole)
            return row.fitSeconds;
        return {};
    }
    if (column == kValueColumn) {
        const double value = row.discountedValuePerCustomer;
        if (role == Qt::DisplayRole)
            return std::isfinite(value) ? locale.toString(value, 'f', 2) : QStringLiteral("–");
        if (role == Qt::UserRole || role == Qt::EditRole)
            return value;
        if (role == Qt::ToolTipRole)
            return valueDescription();
        return {};
    }
    const double value = numberIn(row, column);
    const bool best = isBest(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        return std::isfinite(value) ? locale.toString(value, 'f', decimalsFor(value)) : QStringLiteral("–");
    case Qt::UserRole:
    case Qt::EditRole: // full precision for export
        return value;
    // The best value is marked by colour only: bold digits would widen every
    // column, and all of them must fit a 1000-pixel window.
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
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    if (section == 0)
        return tip ? tr("The model, in the order trained; hover over a name for its id and notes") : tr("Model");
    if (section == 1)
        return tip ? tr("Seconds the model took to fit") : tr("Fit (s)");
    if (section == kValueColumn)
        return tip ? valueDescription() : tr("CLV");
    const int metric = section - kFixedColumns;
    if (metric < 0 || metric >= eval::leaderboardMetrics().size())
        return {};
    const eval::MetricSpec &spec = eval::leaderboardMetrics().at(metric);
    if (const MetricText *text = metricText(spec.key))
        return tip ? tr(text->meaning) : tr(text->title);
    // A metric without a text of its own: core's label, marked for the "Leaderboard" context.
    return tip ? QVariant() : QCoreApplication::translate("Leaderboard", spec.label.toUtf8().constData());
}

} // namespace ltv::ui
