#include "io/RowParser.h"

#include "io/TextEncoding.h"

#include <QCoreApplication>

#include <cmath>

namespace ltv::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool validText(std::string_view s)
{
    return isValidUtf8(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
}

} // namespace

std::string_view trimmedField(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

RowParser::RowParser(const ImportLayout &layout, const ColumnMapping &mapping, DateOrder order,
                     DecimalSeparator decimal)
    : layout_(layout)
    , m_(mapping)
    , order_(order)
    , decimal_(decimal)
{}

bool RowParser::parse(const CsvRecord &record, ParsedRow *row, QString *column, QString *reason) const
{
    const auto &f = record.fields;
    if (!record.error.isEmpty()) {
        *reason = record.error;
        return false;
    }
    if (layout_.hasHeader && f.size() > static_cast<std::size_t>(layout_.columns.size())) {
        for (std::size_t i = static_cast<std::size_t>(layout_.columns.size()); i < f.size(); ++i)
            if (!trimmedField(f[i]).empty()) {
                *reason = tr("the row has %1 fields, the header %2").arg(f.size()).arg(layout_.columns.size());
                return false;
            }
    }
    const auto field = [&](int index) -> std::string_view {
        return index >= 0 && static_cast<std::size_t>(index) < f.size()
                   ? trimmedField(f[static_cast<std::size_t>(index)])
                   : std::string_view();
    };
    const auto fail = [&](int index, const QString &why) {
        *column = name(index);
        *reason = why;
        return false;
    };
    const std::string_view customer = field(m_.customer);
    if (customer.empty())
        return fail(m_.customer,
                    static_cast<std::size_t>(m_.customer) < f.size() ? tr("empty customer id") : tr("missing field"));
    if (!validText(customer))
        return fail(m_.customer, tr("not valid text in the file's encoding"));
    row->customer = customer;
    const std::string_view date = field(m_.date);
    if (date.empty())
        return fail(m_.date, tr("empty date"));
    if (!parseDate(date, order_, &row->day))
        return fail(m_.date,
                    tr("'%1' is not a date in the format %2").arg(fromUtf8(date), DateFormat{order_}.pattern()));
    row->quantity = 1.0;
    if (m_.quantity >= 0) {
        const std::string_view q = field(m_.quantity);
        if (!parseNumber(q, decimal_, &row->quantity))
            return fail(m_.quantity, q.empty() ? tr("empty quantity") : tr("'%1' is not a number").arg(fromUtf8(q)));
    }
    if (m_.amount >= 0) {
        const std::string_view a = field(m_.amount);
        if (!parseMinorUnits(a, decimal_, &row->amountMinor))
            return fail(m_.amount, a.empty() ? tr("empty amount") : tr("'%1' is not an amount").arg(fromUtf8(a)));
    } else {
        const std::string_view p = field(m_.unitPrice);
        std::int64_t priceMicro = 0; // unit price in 1e-6 units
        if (!parseScaled(p, decimal_, 6, &priceMicro))
            return fail(m_.unitPrice, p.empty() ? tr("empty price") : tr("'%1' is not a price").arg(fromUtf8(p)));
        const long double cents = static_cast<long double>(row->quantity) * static_cast<long double>(priceMicro) / 1e4L;
        if (!std::isfinite(static_cast<double>(cents)) || std::fabs(static_cast<double>(cents)) > 9e15)
            return fail(m_.unitPrice, tr("amount out of range"));
        row->amountMinor = static_cast<std::int64_t>(std::llround(cents));
    }
    row->invoice = field(m_.invoice);
    row->product = field(m_.product);
    if (!validText(row->invoice))
        return fail(m_.invoice, tr("not valid text in the file's encoding"));
    if (!validText(row->product))
        return fail(m_.product, tr("not valid text in the file's encoding"));
    // Returns: a negative quantity or amount, or a cancellation invoice ("C536379").
    row->isReturn = row->quantity < 0 || row->amountMinor < 0 || (!row->invoice.empty() && row->invoice[0] == 'C');
    if (row->isReturn) { // stored negative so that sums give net revenue
        row->amountMinor = -std::llabs(row->amountMinor);
        row->quantity = -std::fabs(row->quantity);
    }
    return true;
}

QString RowParser::name(int index) const
{
    return index >= 0 && index < layout_.columns.size() ? layout_.columns[index] : tr("column %1").arg(index + 1);
}

} // namespace ltv::io
