#include "segments/Rfm.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ltv::segments {

RfmInputs rfmInputsFromSummary(const features::CustomerSummary &summary, MonetaryBasis basis)
{
    RfmInputs inputs;
    const std::size_t n = summary.size();
    inputs.customer = summary.customer;
    inputs.recency.resize(n);
    inputs.frequency.resize(n);
    inputs.monetary.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        inputs.recency[i] = summary.age[i] - summary.recency[i];
        const double occasions = summary.frequency[i] + 1.0;
        inputs.frequency[i] = occasions;
        const double total =
            i < summary.totalRevenue.size() ? summary.totalRevenue[i] : summary.monetary[i] * summary.frequency[i];
        inputs.monetary[i] = basis == MonetaryBasis::Total ? total : total / occasions;
    }
    return inputs;
}

RfmInputs rfmInputsFromTransactions(const features::TransactionSet &transactions, Day asOf, MonetaryBasis basis)
{
    RfmInputs inputs;
    const std::vector<std::size_t> begin = transactions.customerOffsets();
    for (std::int32_t c = 0; c < transactions.customerCount(); ++c) {
        double total = 0.0;
        int occasions = 0;
        Day last = 0;
        bool any = false;
        for (std::size_t k = begin[static_cast<std::size_t>(c)]; k < begin[static_cast<std::size_t>(c) + 1]; ++k) {
            const Day d = transactions.day[k];
            if (d > asOf)
                continue;
            total += transactions.amount[k];
            if (transactions.isReturn[k])
                continue;
            // lines are sorted by day, so a new day is a new purchase occasion
            if (!any || d != last)
                ++occasions;
            last = d;
            any = true;
        }
        if (!any)
            continue;
        inputs.customer.push_back(c);
        inputs.recency.push_back(static_cast<double>(asOf - last));
        inputs.frequency.push_back(occasions);
        inputs.monetary.push_back(basis == MonetaryBasis::Total ? total : total / occasions);
    }
    return inputs;
}

std::vector<int> quintileScores(const std::vector<double> &values, bool higherIsBetter)
{
    const std::size_t n = values.size();
    std::vector<int> scores(n, 1);
    if (n == 0)
        return scores;
    // Key where larger is better; NaN becomes -infinity (the worst).
    std::vector<double> key(n);
    for (std::size_t i = 0; i < n; ++i)
        key[i] = std::isnan(values[i]) ? -std::numeric_limits<double>::infinity()
                                       : (higherIsBetter ? values[i] : -values[i]);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&key](std::size_t a, std::size_t b) { return key[a] < key[b]; });
    std::size_t groupStart = 0;
    while (groupStart < n) {
        std::size_t groupEnd = groupStart + 1;
        while (groupEnd < n && key[order[groupEnd]] == key[order[groupStart]])
            ++groupEnd;
        const int score = 1 + static_cast<int>((5 * groupStart) / n); // groupStart = count strictly worse
        for (std::size_t k = groupStart; k < groupEnd; ++k)
            scores[order[k]] = score;
        groupStart = groupEnd;
    }
    return scores;
}

RfmResult scoreRfm(const RfmInputs &inputs, const RfmRuleTable &rules)
{
    RfmResult result;
    result.inputs = inputs;
    result.r = quintileScores(inputs.recency, false);
    result.f = quintileScores(inputs.frequency, true);
    result.m = quintileScores(inputs.monetary, true);
    Segmentation &segmentation = result.segmentation;
    segmentation.kind = QStringLiteral("rfm");
    for (const RfmRule &rule : rules.rules)
        segmentation.names << rule.name;
    segmentation.names << othersSegmentName();
    const auto othersIndex = static_cast<std::int32_t>(rules.rules.size());
    segmentation.customer = inputs.customer;
    segmentation.segmentOf.resize(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const int matched = rules.match(result.r[i], result.f[i], result.m[i]);
        segmentation.segmentOf[i] = matched >= 0 ? matched : othersIndex;
    }
    return result;
}

Table rfmSummaryTable(const RfmResult &result)
{
    Table table;
    table.header = {
        QCoreApplication::translate("Rfm", "segment"),        QCoreApplication::translate("Rfm", "customers"),
        QCoreApplication::translate("Rfm", "share %"),        QCoreApplication::translate("Rfm", "mean recency"),
        QCoreApplication::translate("Rfm", "mean frequency"), QCoreApplication::translate("Rfm", "mean monetary")};
    const Segmentation &segmentation = result.segmentation;
    const std::size_t segments = static_cast<std::size_t>(segmentation.names.size());
    std::vector<double> sumR(segments, 0.0), sumF(segments, 0.0), sumM(segments, 0.0);
    const std::vector<std::size_t> counts = segmentation.counts();
    for (std::size_t i = 0; i < segmentation.size(); ++i) {
        const auto s = static_cast<std::size_t>(segmentation.segmentOf[i]);
        sumR[s] += result.inputs.recency[i];
        sumF[s] += result.inputs.frequency[i];
        sumM[s] += result.inputs.monetary[i];
    }
    const double n = static_cast<double>(std::max<std::size_t>(segmentation.size(), 1));
    for (std::size_t s = 0; s < segments; ++s) {
        const double count = static_cast<double>(counts[s]);
        const double divisor = std::max(count, 1.0);
        table.rows.push_back({segmentation.names[static_cast<qsizetype>(s)], QString::number(counts[s]),
                              formatNumber(100.0 * count / n, 1), formatNumber(sumR[s] / divisor, 1),
                              formatNumber(sumF[s] / divisor, 2), formatNumber(sumM[s] / divisor, 2)});
    }
    return table;
}

Table rfmCustomerTable(const RfmResult &result, const QStringList &customerIds)
{
    Table table;
    table.header = {QStringLiteral("customer_id"), QStringLiteral("recency"), QStringLiteral("frequency"),
                    QStringLiteral("monetary"),    QStringLiteral("r"),       QStringLiteral("f"),
                    QStringLiteral("m"),           QStringLiteral("segment")};
    const Segmentation &segmentation = result.segmentation;
    table.rows.reserve(segmentation.size());
    for (std::size_t i = 0; i < segmentation.size(); ++i) {
        const std::int32_t c = segmentation.customer[i];
        table.rows.push_back({c >= 0 && c < customerIds.size() ? customerIds[c] : QString::number(c),
                              formatNumber(result.inputs.recency[i], 2), formatNumber(result.inputs.frequency[i], 0),
                              formatNumber(result.inputs.monetary[i], 2), QString::number(result.r[i]),
                              QString::number(result.f[i]), QString::number(result.m[i]),
                              segmentation.names[segmentation.segmentOf[i]]});
    }
    return table;
}

} // namespace ltv::segments
