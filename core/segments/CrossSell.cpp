#include "segments/CrossSell.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ltv::segments {

namespace {
// Distinct products of each basket, in basket order.
std::vector<std::vector<std::int32_t>> collectBaskets(const features::TransactionSet &t, Day asOf)
{
    // key: order index, or (customer, day) when the line has no order
    std::map<std::pair<std::int64_t, std::int64_t>, std::size_t> basketOf;
    std::vector<std::vector<std::int32_t>> baskets;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t.product[k] < 0 || t.isReturn[k] || t.day[k] > asOf)
            continue;
        const auto key = t.order[k] >= 0 ? std::pair<std::int64_t, std::int64_t>{-1, t.order[k]}
                                         : std::pair<std::int64_t, std::int64_t>{t.customer[k], t.day[k]};
        auto [it, inserted] = basketOf.try_emplace(key, baskets.size());
        if (inserted)
            baskets.emplace_back();
        baskets[it->second].push_back(t.product[k]);
    }
    for (std::vector<std::int32_t> &basket : baskets) {
        std::sort(basket.begin(), basket.end());
        basket.erase(std::unique(basket.begin(), basket.end()), basket.end());
    }
    return baskets;
}

QString nameOf(const QStringList &names, std::int32_t index)
{
    return index >= 0 && index < names.size() ? names[index] : QString::number(index);
}
} // namespace

AssociationResult associationRules(const features::TransactionSet &transactions, const CrossSellOptions &options,
                                   const pipeline::JobContext &job)
{
    AssociationResult result;
    const std::vector<std::vector<std::int32_t>> baskets = collectBaskets(transactions, options.asOf);
    result.baskets = baskets.size();
    const auto products = static_cast<std::size_t>(transactions.productNames.size());
    std::int32_t maxProduct = -1;
    for (const auto &basket : baskets)
        if (!basket.empty())
            maxProduct = std::max(maxProduct, basket.back());
    result.itemBaskets.assign(std::max(products, static_cast<std::size_t>(maxProduct + 1)), 0);
    for (const auto &basket : baskets)
        for (const std::int32_t p : basket)
            ++result.itemBaskets[static_cast<std::size_t>(p)];
    if (baskets.empty())
        return result;
    const double n = static_cast<double>(baskets.size());
    const auto frequent = [&](std::int32_t p) {
        const std::size_t count = result.itemBaskets[static_cast<std::size_t>(p)];
        return count >= options.minCount && static_cast<double>(count) / n >= options.minSupport;
    };

    std::unordered_map<std::uint64_t, std::size_t> pairCount;
    std::vector<std::int32_t> items;
    for (std::size_t b = 0; b < baskets.size(); ++b) {
        if (b % 4096 == 0) {
            job.throwIfCancelled();
            job.setProgress(static_cast<double>(b) / n,
                            QCoreApplication::translate("CrossSell", "Counting product pairs"));
        }
        items.clear();
        for (const std::int32_t p : baskets[b])
            if (frequent(p))
                items.push_back(p);
        for (std::size_t i = 0; i < items.size(); ++i)
            for (std::size_t j = i + 1; j < items.size(); ++j)
                ++pairCount[(static_cast<std::uint64_t>(items[i]) << 32) | static_cast<std::uint32_t>(items[j])];
    }
    for (const auto &[key, count] : pairCount) {
        if (count < options.minCount || static_cast<double>(count) / n < options.minSupport)
            continue;
        const auto a = static_cast<std::int32_t>(key >> 32);
        const auto b = static_cast<std::int32_t>(key & 0xffffffffULL);
        for (const auto &[from, to] : {std::pair{a, b}, std::pair{b, a}}) {
            AssociationRule rule;
            rule.antecedent = from;
            rule.consequent = to;
            rule.count = count;
            rule.support = static_cast<double>(count) / n;
            rule.confidence =
                static_cast<double>(count) / static_cast<double>(result.itemBaskets[static_cast<std::size_t>(from)]);
            rule.lift = rule.confidence / (static_cast<double>(result.itemBaskets[static_cast<std::size_t>(to)]) / n);
            if (rule.confidence >= options.minConfidence && rule.lift >= options.minLift)
                result.rules.push_back(rule);
        }
    }
    std::sort(result.rules.begin(), result.rules.end(), [](const AssociationRule &x, const AssociationRule &y) {
        if (x.lift != y.lift)
            return x.lift > y.lift;
        if (x.confidence != y.confidence)
            return x.confidence > y.confidence;
        if (x.count != y.count)
            return x.count > y.count;
        return x.antecedent != y.antecedent ? x.antecedent < y.antecedent : x.consequent < y.consequent;
    });
    job.setProgress(1.0);
    return result;
}

std::vector<ProductSuggestion> nextProductSuggestions(const features::TransactionSet &transactions,
                                                      const AssociationResult &rules, std::size_t perCustomer)
{
    std::vector<std::vector<std::size_t>> rulesFrom(rules.itemBaskets.size());
    for (std::size_t r = 0; r < rules.rules.size(); ++r)
        rulesFrom[static_cast<std::size_t>(rules.rules[r].antecedent)].push_back(r);

    std::vector<ProductSuggestion> suggestions;
    const std::vector<std::size_t> begin = transactions.customerOffsets();
    std::vector<std::int32_t> bought;
    std::map<std::int32_t, ProductSuggestion> best;
    for (std::int32_t c = 0; c < transactions.customerCount(); ++c) {
        bought.clear();
        for (std::size_t k = begin[static_cast<std::size_t>(c)]; k < begin[static_cast<std::size_t>(c) + 1]; ++k)
            if (transactions.product[k] >= 0 && !transactions.isReturn[k])
                bought.push_back(transactions.product[k]);
        std::sort(bought.begin(), bought.end());
        bought.erase(std::unique(bought.begin(), bought.end()), bought.end());
        best.clear();
        for (const std::int32_t p : bought) {
            if (static_cast<std::size_t>(p) >= rulesFrom.size())
                continue;
            for (const std::size_t r : rulesFrom[static_cast<std::size_t>(p)]) {
                const AssociationRule &rule = rules.rules[r];
                if (std::binary_search(bought.begin(), bought.end(), rule.consequent))
                    continue;
                auto [it, inserted] = best.try_emplace(rule.consequent);
                ProductSuggestion &s = it->second;
                if (inserted || rule.confidence > s.confidence ||
                    (rule.confidence == s.confidence && rule.lift > s.lift)) {
                    s.customer = c;
                    s.product = rule.consequent;
                    s.because = rule.antecedent;
                    s.confidence = rule.confidence;
                    s.lift = rule.lift;
                }
            }
        }
        std::vector<ProductSuggestion> ranked;
        for (const auto &entry : best)
            ranked.push_back(entry.second);
        std::stable_sort(ranked.begin(), ranked.end(), [](const ProductSuggestion &x, const ProductSuggestion &y) {
            if (x.confidence != y.confidence)
                return x.confidence > y.confidence;
            if (x.lift != y.lift)
                return x.lift > y.lift;
            return x.product < y.product;
        });
        for (std::size_t i = 0; i < ranked.size() && i < perCustomer; ++i) {
            ranked[i].rank = static_cast<int>(i + 1);
            suggestions.push_back(ranked[i]);
        }
    }
    return suggestions;
}

Table associationRuleTable(const AssociationResult &result, const QStringList &productNames)
{
    Table table;
    table.header = {QStringLiteral("antecedent"), QStringLiteral("consequent"), QStringLiteral("baskets"),
                    QStringLiteral("support"),    QStringLiteral("confidence"), QStringLiteral("lift")};
    for (const AssociationRule &rule : result.rules)
        table.rows.push_back({nameOf(productNames, rule.antecedent), nameOf(productNames, rule.consequent),
                              QString::number(rule.count), formatNumber(rule.support, 6),
                              formatNumber(rule.confidence, 4), formatNumber(rule.lift, 4)});
    return table;
}

Table suggestionTable(const std::vector<ProductSuggestion> &suggestions, const QStringList &customerIds,
                      const QStringList &productNames)
{
    Table table;
    table.header = {QStringLiteral("customer_id"), QStringLiteral("rank"),       QStringLiteral("product"),
                    QStringLiteral("because_of"),  QStringLiteral("confidence"), QStringLiteral("lift")};
    for (const ProductSuggestion &s : suggestions)
        table.rows.push_back({nameOf(customerIds, s.customer), QString::number(s.rank), nameOf(productNames, s.product),
                              nameOf(productNames, s.because), formatNumber(s.confidence, 4), formatNumber(s.lift, 4)});
    return table;
}

} // namespace ltv::segments
