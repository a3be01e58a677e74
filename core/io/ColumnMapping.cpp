#include "io/ColumnMapping.h"

#include "io/CsvSniffer.h"
#include "io/DateParser.h"
#include "io/NumberParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ltv::io {

QString ColumnMapping::missingRoles() const
{
    QStringList missing;
    if (customer < 0)
        missing << QCoreApplication::translate("ColumnMapping", "customer id");
    if (date < 0)
        missing << QCoreApplication::translate("ColumnMapping", "date");
    if (amount < 0 && (quantity < 0 || unitPrice < 0))
        missing << QCoreApplication::translate("ColumnMapping", "amount (or quantity and unit price)");
    return missing.join(QStringLiteral(", "));
}

int ColumnMapping::maxColumn() const
{
    int m = std::max({customer, date, amount, quantity, unitPrice, invoice, product});
    for (int a : attributes)
        m = std::max(m, a);
    return m;
}

namespace {
QString nameOf(const QStringList &columns, int index)
{
    return index >= 0 && index < columns.size() ? columns[index] : QString();
}
} // namespace

QString ColumnMapping::toJson(const QStringList &columns) const
{
    QJsonObject o;
    const auto put = [&](const char *role, int index) {
        if (index >= 0)
            o.insert(QLatin1String(role), nameOf(columns, index));
    };
    put("customer", customer);
    put("date", date);
    put("amount", amount);
    put("quantity", quantity);
    put("price", unitPrice);
    put("invoice", invoice);
    put("product", product);
    QStringList attributeNames;
    for (int a : attributes)
        attributeNames << nameOf(columns, a);
    if (!attributeNames.isEmpty())
        o.insert(QStringLiteral("attributes"), QJsonValue::fromVariant(attributeNames));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ColumnMapping::describe(const QStringList &columns) const
{
    QStringList lines;
    const auto put = [&](const QString &role, int index) {
        if (index >= 0)
            lines << QStringLiteral("  %1 <- %2").arg(role, nameOf(columns, index));
    };
    put(QStringLiteral("customer"), customer);
    put(QStringLiteral("date"), date);
    put(QStringLiteral("amount"), amount);
    put(QStringLiteral("quantity"), quantity);
    put(QStringLiteral("price"), unitPrice);
    put(QStringLiteral("invoice"), invoice);
    put(QStringLiteral("product"), product);
    for (int a : attributes)
        put(QStringLiteral("attribute"), a);
    return lines.join(QLatin1Char('\n'));
}

QStringList mappingRoleNames()
{
    return {QStringLiteral("customer"), QStringLiteral("date"),     QStringLiteral("amount"),
            QStringLiteral("quantity"), QStringLiteral("price"),    QStringLiteral("invoice"),
            QStringLiteral("product"),  QStringLiteral("attribute")};
}

bool applyMappingSpecs(const QStringList &specs, const QStringList &columns, ColumnMapping *mapping, QString *error)
{
    for (const QString &spec : specs) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QCoreApplication::translate("ColumnMapping", "mapping '%1' is not role=COLUMN").arg(spec);
            return false;
        }
        const QString role = spec.left(eq).trimmed().toLower();
        const QString column = spec.mid(eq + 1).trimmed();
        int index = -1;
        for (int i = 0; i < columns.size(); ++i)
            if (columns[i].trimmed().compare(column, Qt::CaseInsensitive) == 0)
                index = i;
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1)
            index = number - 1; // beyond the sample's width is checked row by row
        if (index < 0) {
            *error = QCoreApplication::translate("ColumnMapping", "no column '%1' (columns: %2)")
                         .arg(column, columns.join(QStringLiteral(", ")));
            return false;
        }
        if (role == u"customer")
            mapping->customer = index;
        else if (role == u"date")
            mapping->date = index;
        else if (role == u"amount")
            mapping->amount = index;
        else if (role == u"quantity")
            mapping->quantity = index;
        else if (role == u"price" || role == u"unitprice" || role == u"unit_price")
            mapping->unitPrice = index;
        else if (role == u"invoice" || role == u"order")
            mapping->invoice = index;
        else if (role == u"product")
            mapping->product = index;
        else if (role == u"attribute")
            mapping->attributes.push_back(index);
        else {
            *error = QCoreApplication::translate("ColumnMapping", "unknown role '%1' (roles: %2)")
                         .arg(role, mappingRoleNames().join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

namespace {

QString normalised(const QString &name)
{
    QString n;
    for (QChar c : name.toLower())
        if (c.isLetterOrNumber())
            n += c;
    return n;
}

int findByName(const QStringList &columns, const std::vector<int> &taken, std::initializer_list<const char16_t *> exact,
               std::initializer_list<const char16_t *> contains)
{
    const auto free = [&](int i) { return std::find(taken.begin(), taken.end(), i) == taken.end(); };
    for (const char16_t *e : exact)
        for (int i = 0; i < columns.size(); ++i)
            if (free(i) && normalised(columns[i]) == QStringView(e))
                return i;
    for (const char16_t *c : contains)
        for (int i = 0; i < columns.size(); ++i)
            if (free(i) && normalised(columns[i]).contains(QStringView(c)))
                return i;
    return -1;
}

struct ColumnProfile
{
    int values = 0;
    int dates = 0;
    int numbers = 0;
    int decimals = 0; // numbers with a fractional part
};

ColumnProfile profile(const std::vector<std::vector<std::string>> &rows, int column)
{
    ColumnProfile p;
    for (const auto &row : rows) {
        if (column >= static_cast<int>(row.size()) || row[static_cast<std::size_t>(column)].empty())
            continue;
        const std::string &v = row[static_cast<std::size_t>(column)];
        ++p.values;
        DateOrderVotes votes;
        votes.add(v);
        p.dates += (votes.ymd + votes.dmy + votes.mdy) > 0 ? 1 : 0;
        double number = 0.0;
        if (parseNumber(v, DecimalSeparator::Auto, &number)) {
            ++p.numbers;
            p.decimals += v.find_first_of(".,") != std::string::npos ? 1 : 0;
        }
    }
    return p;
}

} // namespace

void suggestMapping(const QStringList &columns, bool hasHeader, const std::vector<std::vector<std::string>> &rows,
                    ColumnMapping *m)
{
    std::vector<int> taken;
    const auto keep = [&](int &slot, int found) {
        if (slot < 0)
            slot = found;
        if (slot >= 0)
            taken.push_back(slot);
    };
    for (int v : {m->customer, m->date, m->amount, m->quantity, m->unitPrice, m->invoice, m->product})
        if (v >= 0)
            taken.push_back(v);
    for (int a : m->attributes)
        taken.push_back(a);
    if (hasHeader) {
        keep(m->customer, findByName(columns, taken, {u"customerid", u"customer", u"clientid", u"userid", u"memberid"},
                                     {u"customer", u"client", u"cust", u"member", u"user", u"buyer"}));
        keep(m->date, findByName(columns, taken, {u"date", u"invoicedate", u"orderdate", u"datetime", u"timestamp"},
                                 {u"date", u"time", u"day"}));
        keep(m->invoice, findByName(columns, taken, {u"invoice", u"invoiceno", u"orderid", u"order", u"invoiceid"},
                                    {u"invoice", u"order", u"receipt", u"transactionid"}));
        keep(m->unitPrice, findByName(columns, taken, {u"unitprice", u"price", u"priceeach", u"itemprice"},
                                      {u"unitprice", u"price"}));
        keep(m->quantity, findByName(columns, taken, {u"quantity", u"qty", u"units", u"count"},
                                     {u"quantity", u"qty", u"numberof", u"units"}));
        keep(m->amount, findByName(columns, taken, {u"amount", u"revenue", u"sales", u"total", u"value"},
                                   {u"amount", u"revenue", u"sales", u"total", u"dollar", u"value", u"spend"}));
        keep(m->product, findByName(columns, taken, {u"product", u"stockcode", u"sku", u"productid", u"itemid"},
                                    {u"product", u"stockcode", u"sku", u"item", u"article"}));
        if (m->attributes.empty()) {
            for (int i = 0; i < columns.size(); ++i) {
                const QString n = normalised(columns[i]);
                const bool free = std::find(taken.begin(), taken.end(), i) == taken.end();
                if (free && (n.contains(u"country") || n.contains(u"channel") || n.contains(u"region") ||
                             n.contains(u"segment") || n.contains(u"source") || n.contains(u"city"))) {
                    m->attributes.push_back(i);
                    taken.push_back(i);
                }
            }
        }
    }
    // By content, for files without (useful) names: the first all-date column is
    // the date, the first non-date column the customer, and the last decimal
    // column the amount.
    const int width = static_cast<int>(columns.size());
    std::vector<ColumnProfile> profiles;
    for (int i = 0; i < width; ++i)
        profiles.push_back(profile(rows, i));
    const auto free = [&](int i) { return std::find(taken.begin(), taken.end(), i) == taken.end(); };
    if (m->date < 0)
        for (int i = 0; i < width; ++i)
            if (free(i) && profiles[static_cast<std::size_t>(i)].values > 0 &&
                profiles[static_cast<std::size_t>(i)].dates == profiles[static_cast<std::size_t>(i)].values) {
                keep(m->date, i);
                break;
            }
    if (m->amount < 0 && (m->quantity < 0 || m->unitPrice < 0))
        for (int i = width - 1; i >= 0; --i) {
            const ColumnProfile &p = profiles[static_cast<std::size_t>(i)];
            if (free(i) && p.values > 0 && p.numbers == p.values && p.decimals > 0) {
                keep(m->amount, i);
                break;
            }
        }
    if (m->customer < 0)
        for (int i = 0; i < width; ++i)
            if (free(i) && profiles[static_cast<std::size_t>(i)].values > 0) {
                keep(m->customer, i);
                break;
            }
}

} // namespace ltv::io
