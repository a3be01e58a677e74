#include "models/TransactionTableModels.h"

#include "LanguageManager.h"
#include "Settings.h"
#include "features/Types.h"

#include <QDate>

namespace ltv::ui {

QString formatDay(qlonglong day)
{
    if (Settings::instance().dateFormat() == u"locale")
        return LanguageManager::instance().locale().toString(QDate(1970, 1, 1).addDays(day), QLocale::ShortFormat);
    return isoFromDay(static_cast<Day>(day));
}

QString formatMoney(double value)
{
    return LanguageManager::instance().locale().toString(value, 'f', Settings::instance().displayDecimals());
}

namespace {

std::string joinPlaceholders(int count)
{
    std::string out;
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            out += ',';
        out += '?';
        out += std::to_string(i);
    }
    return out;
}

// Appends "AND <clause>" parts for the filter; amounts are compared in minor units.
void addFilter(const TableFilter &filter, const char *customerColumn, const char *dayColumn, const char *amountColumn,
               std::string *where, QList<QVariant> *parameters)
{
    if (!filter.customerContains.isEmpty()) {
        *where +=
            std::string(" AND instr(") + customerColumn + ", ?" + std::to_string(parameters->size() + 1) + ") > 0";
        *parameters << filter.customerContains;
    }
    if (dayColumn && filter.fromDay) {
        *where += std::string(" AND ") + dayColumn + " >= ?" + std::to_string(parameters->size() + 1);
        *parameters << QVariant::fromValue<qlonglong>(*filter.fromDay);
    }
    if (dayColumn && filter.toDay) {
        *where += std::string(" AND ") + dayColumn + " <= ?" + std::to_string(parameters->size() + 1);
        *parameters << QVariant::fromValue<qlonglong>(*filter.toDay);
    }
    if (amountColumn && filter.minAmount) {
        *where += std::string(" AND ") + amountColumn + " >= ?" + std::to_string(parameters->size() + 1);
        *parameters << QVariant::fromValue<qlonglong>(qRound64(*filter.minAmount * 100.0));
    }
    if (amountColumn && filter.maxAmount) {
        *where += std::string(" AND ") + amountColumn + " <= ?" + std::to_string(parameters->size() + 1);
        *parameters << QVariant::fromValue<qlonglong>(qRound64(*filter.maxAmount * 100.0));
    }
}

const char *direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? " ASC" : " DESC";
}

} // namespace

// ---- transactions ----

void TransactionsTableModel::setFilter(const TableFilter &filter)
{
    filter_ = filter;
    refresh();
}

PagedSqlTableModel::Query TransactionsTableModel::idQuery(int sortColumn, Qt::SortOrder order) const
{
    Query query;
    std::string where = " WHERE 1";
    addFilter(filter_, "c.external_id", "t.day", "t.amount_minor", &where, &query.parameters);
    std::string orderBy;
    switch (sortColumn) {
    case Customer:
        orderBy = std::string("c.external_id") + direction(order) + ", t.day";
        break;
    case Date:
        orderBy = std::string("t.day") + direction(order);
        break;
    case Amount:
        orderBy = std::string("t.amount_minor") + direction(order);
        break;
    case Quantity:
        orderBy = std::string("t.quantity") + direction(order);
        break;
    case Invoice:
        orderBy = std::string("t.invoice") + direction(order);
        break;
    case Product:
        orderBy = std::string("p.code") + direction(order);
        break;
    case Return:
        orderBy = std::string("t.is_return") + direction(order);
        break;
    default:
        orderBy = "t.customer_id, t.day";
    }
    query.sql = "SELECT t.id FROM transactions t JOIN customers c ON c.id = t.customer_id "
                "LEFT JOIN products p ON p.id = t.product_id" +
                where + " ORDER BY " + orderBy + ", t.id";
    return query;
}

std::string TransactionsTableModel::rowsQuery(int idCount) const
{
    return "SELECT t.id, c.external_id, t.day, t.amount_minor, t.quantity, t.invoice, p.code, t.is_return "
           "FROM transactions t JOIN customers c ON c.id = t.customer_id "
           "LEFT JOIN products p ON p.id = t.product_id WHERE t.id IN (" +
           joinPlaceholders(idCount) + ")";
}

QStringList TransactionsTableModel::columnTitles() const
{
    return {tr("Customer"), tr("Date"), tr("Amount"), tr("Quantity"), tr("Invoice"), tr("Product"), tr("Return")};
}

QVariant TransactionsTableModel::display(int column, const QVariant &raw) const
{
    switch (column) {
    case Date:
        return formatDay(raw.toLongLong());
    case Amount:
        return formatMoney(raw.toDouble() / 100.0);
    case Quantity:
        return LanguageManager::instance().locale().toString(raw.toDouble(), 'g', 10);
    case Return:
        return raw.toLongLong() != 0 ? tr("yes") : QString();
    default:
        return raw;
    }
}

Qt::Alignment TransactionsTableModel::alignment(int column) const
{
    return column == Amount || column == Quantity ? Qt::AlignRight : Qt::AlignLeft;
}

// ---- customers ----

void CustomersTableModel::setFilter(const TableFilter &filter)
{
    filter_ = filter;
    refresh();
}

PagedSqlTableModel::Query CustomersTableModel::idQuery(int sortColumn, Qt::SortOrder order) const
{
    Query query;
    std::string where = " WHERE 1";
    addFilter(filter_, "c.external_id", nullptr, nullptr, &where, &query.parameters);
    std::string having;
    if (filter_.fromDay || filter_.toDay || filter_.minAmount || filter_.maxAmount) {
        // Date and amount filters apply to the first purchase and the revenue.
        having = " HAVING 1";
        if (filter_.fromDay) {
            having += " AND min(t.day) >= ?" + std::to_string(query.parameters.size() + 1);
            query.parameters << QVariant::fromValue<qlonglong>(*filter_.fromDay);
        }
        if (filter_.toDay) {
            having += " AND min(t.day) <= ?" + std::to_string(query.parameters.size() + 1);
            query.parameters << QVariant::fromValue<qlonglong>(*filter_.toDay);
        }
        if (filter_.minAmount) {
            having += " AND total(t.amount_minor) >= ?" + std::to_string(query.parameters.size() + 1);
            query.parameters << QVariant::fromValue<qlonglong>(qRound64(*filter_.minAmount * 100.0));
        }
        if (filter_.maxAmount) {
            having += " AND total(t.amount_minor) <= ?" + std::to_string(query.parameters.size() + 1);
            query.parameters << QVariant::fromValue<qlonglong>(qRound64(*filter_.maxAmount * 100.0));
        }
    }
    static const char *const keys[] = {"c.external_id", "count(t.id)",           "min(t.day)",
                                       "max(t.day)",    "total(t.amount_minor)", "total(t.is_return)"};
    const std::string orderBy = sortColumn >= 0 && sortColumn < ColumnCount
                                    ? std::string(keys[sortColumn]) + direction(order)
                                    : std::string("c.id");
    query.sql = "SELECT c.id FROM customers c LEFT JOIN transactions t ON t.customer_id = c.id" + where +
                " GROUP BY c.id" + having + " ORDER BY " + orderBy + ", c.id";
    return query;
}

std::string CustomersTableModel::rowsQuery(int idCount) const
{
    return "SELECT c.id, c.external_id, count(t.id), min(t.day), max(t.day), total(t.amount_minor), "
           "total(t.is_return) FROM customers c LEFT JOIN transactions t ON t.customer_id = c.id WHERE c.id IN (" +
           joinPlaceholders(idCount) + ") GROUP BY c.id";
}

QStringList CustomersTableModel::columnTitles() const
{
    return {tr("Customer"),      tr("Transactions"), tr("First purchase"),
            tr("Last purchase"), tr("Net revenue"),  tr("Returns")};
}

QVariant CustomersTableModel::display(int column, const QVariant &raw) const
{
    switch (column) {
    case FirstPurchase:
    case LastPurchase:
        return raw.isNull() ? QString() : formatDay(raw.toLongLong());
    case Revenue:
        return formatMoney(raw.toDouble() / 100.0);
    case Returns:
    case Transactions:
        return raw.toLongLong();
    default:
        return raw;
    }
}

Qt::Alignment CustomersTableModel::alignment(int column) const
{
    return column == Customer ? Qt::AlignLeft : Qt::AlignRight;
}

} // namespace ltv::ui
