#pragma once
// The project's transactions and customers as paged, sortable, filterable tables.

#include "models/PagedSqlTableModel.h"

#include <optional>

namespace ltv::ui {

// Filters shared by both tables; unset parts do not filter.
struct TableFilter
{
    QString customerContains;        // substring of the customer id
    std::optional<int> fromDay;      // days since 1970-01-01, inclusive
    std::optional<int> toDay;        // inclusive
    std::optional<double> minAmount; // currency units, inclusive
    std::optional<double> maxAmount;
};

class TransactionsTableModel : public PagedSqlTableModel
{
    Q_OBJECT
public:
    enum Column { Customer, Date, Amount, Quantity, Invoice, Product, Return, ColumnCount };
    using PagedSqlTableModel::PagedSqlTableModel;
    void setFilter(const TableFilter &filter);

protected:
    Query idQuery(int sortColumn, Qt::SortOrder order) const override;
    std::string rowsQuery(int idCount) const override;
    QStringList columnTitles() const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;

private:
    TableFilter filter_;
};

class CustomersTableModel : public PagedSqlTableModel
{
    Q_OBJECT
public:
    enum Column { Customer, Transactions, FirstPurchase, LastPurchase, Revenue, Returns, ColumnCount };
    using PagedSqlTableModel::PagedSqlTableModel;
    void setFilter(const TableFilter &filter);

protected:
    Query idQuery(int sortColumn, Qt::SortOrder order) const override;
    std::string rowsQuery(int idCount) const override;
    QStringList columnTitles() const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;

private:
    TableFilter filter_;
};

// Display helpers shared by the tables: dates and money in the chosen format.
QString formatDay(qlonglong day);
QString formatMoney(double value);

} // namespace ltv::ui
