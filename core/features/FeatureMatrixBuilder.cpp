#include "features/FeatureMatrixBuilder.h"

#include "features/Summarize.h"
#include "pipeline/JobContext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ltv::features {

QString FeatureOptions::describe() const
{
    QStringList months;
    for (const int m : peakMonths)
        months << QString::number(m);
    return QStringLiteral("features: trend window %1 days, peak months %2, one-hot attributes %3 (max %4 values)")
        .arg(trendWindowDays)
        .arg(months.join(u','), oneHotAttributes ? QStringLiteral("on") : QStringLiteral("off"))
        .arg(maxCategories);
}

namespace {

const QStringList kBehaviourColumns = {QStringLiteral("frequency"),
                                       QStringLiteral("recency"),
                                       QStringLiteral("tenure"),
                                       QStringLiteral("time_since_last"),
                                       QStringLiteral("monetary"),
                                       QStringLiteral("total_revenue"),
                                       QStringLiteral("purchase_days"),
                                       QStringLiteral("first_order_value"),
                                       QStringLiteral("interpurchase_mean"),
                                       QStringLiteral("interpurchase_var"),
                                       QStringLiteral("recent_purchases"),
                                       QStringLiteral("earlier_purchases"),
                                       QStringLiteral("trend"),
                                       QStringLiteral("peak_share"),
                                       QStringLiteral("return_count"),
                                       QStringLiteral("return_rate"),
                                       QStringLiteral("distinct_products"),
                                       QStringLiteral("items_per_purchase")};

// What one pass over a customer's lines (up to asOf) yields beyond the summary.
struct Behaviour
{
    double gapSum = 0.0, gapSquares = 0.0;
    int gaps = 0;
    int recent = 0, earlier = 0, peak = 0, purchaseDays = 0;
    double items = 0.0;
    int distinctProducts = 0;
};

Behaviour scanCustomer(const TransactionSet &set, std::size_t begin, std::size_t end, Day asOf,
                       const FeatureOptions &options, const std::vector<std::uint8_t> &isPeakMonth, Day firstDay,
                       double unitDays, std::vector<std::int32_t> &products)
{
    Behaviour b;
    products.clear();
    Day previous = 0;
    std::size_t i = begin;
    while (i < end && set.day[i] <= asOf) {
        const Day day = set.day[i];
        bool bought = false;
        for (; i < end && set.day[i] == day; ++i) {
            if (isReturnLine(set, i))
                continue;
            bought = true;
            b.items += set.quantity[i];
            if (set.product[i] >= 0)
                products.push_back(set.product[i]);
        }
        if (!bought)
            continue;
        if (b.purchaseDays > 0) {
            const double gap = (day - previous) / unitDays;
            b.gapSum += gap;
            b.gapSquares += gap * gap;
            ++b.gaps;
        }
        previous = day;
        ++b.purchaseDays;
        if (day > asOf - options.trendWindowDays)
            ++b.recent;
        else if (day > asOf - 2 * options.trendWindowDays)
            ++b.earlier;
        b.peak += isPeakMonth[static_cast<std::size_t>(day - firstDay)];
    }
    std::sort(products.begin(), products.end());
    b.distinctProducts = static_cast<int>(std::unique(products.begin(), products.end()) - products.begin());
    return b;
}

// Most frequent values of one attribute among the rows (ties by text), capped.
QStringList topCategories(const QStringList &values, const std::vector<std::int32_t> &customers, int maxCategories,
                          qsizetype *distinct)
{
    QHash<QString, qint64> counts;
    for (const std::int32_t c : customers)
        ++counts[c < values.size() ? values[c] : QString()];
    QList<std::pair<qint64, QString>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ranked.append({it.value(), it.key()});
    *distinct = ranked.size();
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList top;
    for (qsizetype i = 0; i < ranked.size() && i < maxCategories; ++i)
        top << ranked[i].second;
    return top;
}

void appendOneHot(FeatureMatrix &m, const TransactionSet &set, const CustomerSummary &summary,
                  const FeatureOptions &options)
{
    for (qsizetype a = 0; a < set.attributeNames.size() && a < qsizetype(set.attributeValues.size()); ++a) {
        const QStringList &values = set.attributeValues[static_cast<std::size_t>(a)];
        qsizetype distinct = 0;
        const QStringList top = topCategories(values, summary.customer, std::max(1, options.maxCategories), &distinct);
        QHash<QString, int> column;
        for (const QString &value : top)
            column.insert(value, int(column.size()));
        const bool needOther = top.size() < distinct;
        const std::size_t rows = summary.size();
        const std::size_t firstColumn = m.values.size() / std::max<std::size_t>(1, rows);
        const auto width = static_cast<std::size_t>(top.size() + (needOther ? 1 : 0));
        m.values.resize(m.values.size() + width * rows, 0.0);
        for (const QString &value : top)
            m.columns << set.attributeNames[a] + u'=' + (value.isEmpty() ? QStringLiteral("(missing)") : value);
        if (needOther)
            m.columns << set.attributeNames[a] + QStringLiteral("=(other)");
        for (std::size_t r = 0; r < rows; ++r) {
            const std::int32_t c = summary.customer[r];
            const QString value = c < values.size() ? values[c] : QString();
            const auto it = column.constFind(value);
            const std::size_t col = firstColumn + (it != column.cend() ? std::size_t(*it) : width - 1);
            m.values[col * rows + r] = 1.0;
        }
    }
}

} // namespace

FeatureMatrix buildFeatureMatrix(const TransactionSet &set, const CustomerSummary &summary,
                                 const FeatureOptions &options)
{
    return buildFeatureMatrix(set, summary, options, pipeline::JobContext());
}

FeatureMatrix buildFeatureMatrix(const TransactionSet &set, const CustomerSummary &summary,
                                 const FeatureOptions &options, const pipeline::JobContext &job)
{
    if (!isSortedByCustomerAndDay(set))
        throw std::invalid_argument("buildFeatureMatrix: transactions must be sorted by customer and day");
    FeatureMatrix m;
    m.columns = kBehaviourColumns;
    m.customer = summary.customer;
    const std::size_t rows = summary.size();
    m.values.assign(rows * std::size_t(kBehaviourColumns.size()), 0.0);

    // Peak-month lookup over the data's day range (one byte per day).
    const auto [firstDay, lastDay] = set.dayRange();
    std::vector<std::uint8_t> isPeakMonth(static_cast<std::size_t>(std::max(0, lastDay - firstDay + 1)), 0);
    for (std::size_t d = 0; d < isPeakMonth.size(); ++d) {
        const int month = monthOfDay(firstDay + static_cast<Day>(d));
        isPeakMonth[d] =
            std::find(options.peakMonths.begin(), options.peakMonths.end(), month) != options.peakMonths.end() ? 1 : 0;
    }

    const auto offsets = set.customerOffsets();
    const double unitDays = daysPerUnit(summary.unit);
    std::vector<std::int32_t> products;
    double *v = m.values.data();
    auto put = [&](int col, std::size_t r, double value) { v[std::size_t(col) * rows + r] = value; };
    for (std::size_t r = 0; r < rows; ++r) {
        if ((r & 0xffff) == 0) {
            job.throwIfCancelled();
            job.setProgress(double(r) / double(std::max<std::size_t>(1, rows)),
                            QCoreApplication::translate("FeatureMatrix", "Building customer features"));
        }
        const auto c = static_cast<std::size_t>(summary.customer[r]);
        const Behaviour b = scanCustomer(set, offsets[c], offsets[c + 1], summary.asOf, options, isPeakMonth, firstDay,
                                         unitDays, products);
        const double gross = summary.totalRevenue[r] + summary.returnValue[r];
        const double gapMean = b.gaps > 0 ? b.gapSum / b.gaps : 0.0;
        const double gapVar =
            b.gaps > 1 ? std::max(0.0, (b.gapSquares - b.gaps * gapMean * gapMean) / (b.gaps - 1)) : 0.0;
        const int active = b.recent + b.earlier;
        put(0, r, summary.frequency[r]);
        put(1, r, summary.recency[r]);
        put(2, r, summary.age[r]);
        put(3, r, summary.age[r] - summary.recency[r]);
        put(4, r, summary.monetary[r]);
        put(5, r, summary.totalRevenue[r]);
        put(6, r, summary.purchaseDays[r]);
        put(7, r, summary.firstOrderValue[r]);
        put(8, r, gapMean);
        put(9, r, gapVar);
        put(10, r, b.recent);
        put(11, r, b.earlier);
        put(12, r, active > 0 ? double(b.recent - b.earlier) / active : 0.0);
        put(13, r, b.purchaseDays > 0 ? double(b.peak) / b.purchaseDays : 0.0);
        put(14, r, summary.returnCount[r]);
        put(15, r, gross > 0.0 ? summary.returnValue[r] / gross : 0.0);
        put(16, r, b.distinctProducts);
        put(17, r, b.purchaseDays > 0 ? b.items / b.purchaseDays : 0.0);
    }
    if (options.oneHotAttributes)
        appendOneHot(m, set, summary, options);
    m.provenance << QStringLiteral("features as of %1, unit %2, first purchase %3")
                        .arg(isoFromDay(summary.asOf), timeUnitName(summary.unit),
                             summary.countsFirstPurchase ? QStringLiteral("counted") : QStringLiteral("not counted"))
                 << options.describe();
    job.setProgress(1.0);
    return m;
}

void appendColumn(FeatureMatrix &matrix, const QString &name, const std::vector<double> &values)
{
    if (static_cast<std::int64_t>(values.size()) != matrix.rows())
        throw std::invalid_argument("appendColumn: value count differs from the row count");
    if (matrix.columns.contains(name))
        throw std::invalid_argument("appendColumn: column name already used");
    matrix.values.insert(matrix.values.end(), values.begin(), values.end());
    matrix.columns << name;
}

FeatureMatrix selectRows(const FeatureMatrix &matrix, const std::vector<std::size_t> &rows)
{
    FeatureMatrix out;
    out.columns = matrix.columns;
    out.provenance = matrix.provenance;
    out.customer.reserve(rows.size());
    for (const std::size_t r : rows)
        out.customer.push_back(matrix.customer[r]);
    out.values.resize(rows.size() * std::size_t(matrix.cols()));
    const auto oldRows = static_cast<std::size_t>(matrix.rows());
    for (std::size_t col = 0; col < std::size_t(matrix.cols()); ++col)
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.values[col * rows.size() + i] = matrix.values[col * oldRows + rows[i]];
    return out;
}

} // namespace ltv::features
