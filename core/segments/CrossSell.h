#pragma once
// Cross-sell from co-purchases: item-pair association rules over orders and
// per-customer next-product suggestions that exclude what was already bought.
//
// A basket is an order (TransactionSet::order), or a customer's purchases on
// one day when no order id was imported. Products count once per basket;
// returns and lines without a product are ignored. For a rule A -> B over N
// baskets: support = n(A and B) / N, confidence = n(A and B) / n(A),
// lift = confidence / (n(B) / N). Only items that pass the support and count
// thresholds on their own are paired (a pair is never more frequent than its
// items), which keeps the counting cheap on large catalogues.

#include "features/TransactionSet.h"
#include "pipeline/JobContext.h"
#include "segments/Segmentation.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace ltv::segments {

struct CrossSellOptions
{
    std::size_t minCount = 2; // baskets containing both items
    double minSupport = 0.0;
    double minConfidence = 0.05;
    double minLift = 1.0;                       // keep positively associated pairs only
    Day asOf = std::numeric_limits<Day>::max(); // ignore lines after this day
};

struct AssociationRule
{
    std::int32_t antecedent = -1; // product index
    std::int32_t consequent = -1;
    std::size_t count = 0; // baskets with both
    double support = 0.0;
    double confidence = 0.0;
    double lift = 0.0;
};

struct AssociationResult
{
    std::size_t baskets = 0;
    std::vector<std::size_t> itemBaskets; // per product: baskets containing it
    std::vector<AssociationRule> rules;   // by lift, confidence, count (descending)
};

AssociationResult associationRules(const features::TransactionSet &transactions, const CrossSellOptions &options = {},
                                   const pipeline::JobContext &job = pipeline::JobContext());

struct ProductSuggestion
{
    std::int32_t customer = -1;
    int rank = 0; // 1 = best
    std::int32_t product = -1;
    std::int32_t because = -1; // the bought product whose rule suggested it
    double confidence = 0.0;
    double lift = 0.0;
};

// Up to perCustomer products per customer, scored by the best rule
// confidence from any product the customer bought (then lift, then product
// index); products the customer already bought are never suggested.
std::vector<ProductSuggestion> nextProductSuggestions(const features::TransactionSet &transactions,
                                                      const AssociationResult &rules, std::size_t perCustomer = 3);

// antecedent, consequent, baskets, support, confidence, lift.
Table associationRuleTable(const AssociationResult &result, const QStringList &productNames);
// customer_id, rank, product, because_of, confidence, lift.
Table suggestionTable(const std::vector<ProductSuggestion> &suggestions, const QStringList &customerIds,
                      const QStringList &productNames);

} // namespace ltv::segments
