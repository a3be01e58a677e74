#pragma once
// The leaderboard as a table: one row per model with its fit time and its
// discounted value per customer, then one column per metric, the best value of
// each metric on a green background. The column titles are short (each has a
// tool tip with its full meaning) and the numbers show the decimals that carry
// information, so the whole table fits a 1000-pixel window.

#include "eval/Leaderboard.h"

#include <QAbstractTableModel>

namespace ltv::ui {

class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setLeaderboard(eval::Leaderboard leaderboard);
    const eval::Leaderboard &leaderboard() const { return board_; }
    // Column of a metric key ("gini", "churn_auc", ...), -1 if absent.
    int columnOf(const QString &key) const;
    bool isBest(int row, int column) const;
    // Column of each model's discounted value per evaluated customer (CLV).
    static int valueColumn() { return 2; }
    double annualDiscountRate() const; // of the discounted value column
    // Tells the views that the texts changed with the interface's language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Orders the rows by a column (missing values last in either order); a
    // negative column restores the order the models were trained in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString valueDescription() const;
    static QString nameOf(const eval::LeaderboardRow &row);
    // The number a row shows in a column other than the name (NaN when it has none).
    static double numberIn(const eval::LeaderboardRow &row, int column);
    void findBest();
    void orderRows(); // by sortColumn_ and sortOrder_

    eval::Leaderboard board_;
    std::vector<eval::LeaderboardRow> trainedOrder_;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    std::vector<std::vector<std::size_t>> best_; // per metric column
};

} // namespace ltv::ui
