// Association rules on hand-made baskets, next-product suggestions and the
// inventory signal.

#include "segments/CrossSell.h"
#include "segments/Inventory.h"

#include <QtTest>

#include <cmath>

using namespace ltv;
using namespace ltv::segments;

namespace {
enum Product { A, B, C, D };

// Five orders: {A,B,C} {A,B} {A,C} {B,C} {A,B,D}, spread over customers.
features::TransactionSet baskets()
{
    features::TransactionSet t;
    t.customerIds = {QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")};
    t.productNames = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    const auto line = [&t](std::int32_t customer, Day day, std::int32_t product, std::int32_t order) {
        t.append(customer, day, 10.0, 1.0f, product, order);
    };
    line(0, 1, A, 0), line(0, 1, B, 0), line(0, 1, C, 0), line(0, 1, A, 0); // A twice: counted once
    line(1, 2, A, 1), line(1, 2, B, 1);
    line(1, 5, A, 2), line(1, 5, C, 2);
    line(2, 3, B, 3), line(2, 3, C, 3);
    line(3, 4, D, 4), line(3, 4, A, 4), line(3, 4, B, 4);
    t.append(2, 6, -10.0, -1.0f, D, 5, true); // a return: not a basket
    t.sortByCustomerAndDay();
    return t;
}

const AssociationRule *findRule(const AssociationResult &result, std::int32_t from, std::int32_t to)
{
    for (const AssociationRule &rule : result.rules)
        if (rule.antecedent == from && rule.consequent == to)
            return &rule;
    return nullptr;
}
} // namespace

class TestCrossSell : public QObject
{
    Q_OBJECT

private slots:
    void knownSupportConfidenceLift_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("support");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("lift");
        // n(A)=4 n(B)=4 n(C)=3 n(D)=1 of N=5; n(AB)=3 n(AC)=2 n(BC)=2 n(AD)=1 n(BD)=1
        QTest::newRow("A->B") << int(A) << int(B) << 3 << 0.6 << 0.75 << 0.75 / 0.8;
        QTest::newRow("B->A") << int(B) << int(A) << 3 << 0.6 << 0.75 << 0.75 / 0.8;
        QTest::newRow("A->C") << int(A) << int(C) << 2 << 0.4 << 0.5 << 0.5 / 0.6;
        QTest::newRow("C->A") << int(C) << int(A) << 2 << 0.4 << 2.0 / 3.0 << (2.0 / 3.0) / 0.8;
        QTest::newRow("B->C") << int(B) << int(C) << 2 << 0.4 << 0.5 << 0.5 / 0.6;
        QTest::newRow("D->A") << int(D) << int(A) << 1 << 0.2 << 1.0 << 1.25;
        QTest::newRow("A->D") << int(A) << int(D) << 1 << 0.2 << 0.25 << 1.25;
        QTest::newRow("D->B") << int(D) << int(B) << 1 << 0.2 << 1.0 << 1.25;
    }

    void knownSupportConfidenceLift()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, count);
        QFETCH(double, support);
        QFETCH(double, confidence);
        QFETCH(double, lift);
        CrossSellOptions everything;
        everything.minCount = 1;
        everything.minConfidence = 0.0;
        everything.minLift = 0.0;
        const AssociationResult result = associationRules(baskets(), everything);
        QCOMPARE(result.baskets, std::size_t{5});
        QCOMPARE(result.rules.size(), std::size_t{10}); // 5 pairs, both directions (C and D never meet)
        const AssociationRule *rule = findRule(result, from, to);
        QVERIFY(rule);
        QCOMPARE(rule->count, static_cast<std::size_t>(count));
        QVERIFY(std::abs(rule->support - support) < 1e-12);
        QVERIFY(std::abs(rule->confidence - confidence) < 1e-12);
        QVERIFY(std::abs(rule->lift - lift) < 1e-12);
    }

    void thresholdsFilterRules()
    {
        const AssociationResult defaults = associationRules(baskets()); // count >= 2, lift >= 1
        QVERIFY(defaults.rules.empty()); // every pair seen twice or more has lift < 1 here
        CrossSellOptions positive;
        positive.minCount = 1;
        const AssociationResult lifted = associationRules(baskets(), positive);
        QCOMPARE(lifted.rules.size(), std::size_t{4}); // the D pairs, lift 1.25
        QCOMPARE(lifted.rules[0].antecedent, int(D));  // highest confidence first among equal lifts
        positive.minConfidence = 0.5;
        QCOMPARE(associationRules(baskets(), positive).rules.size(), std::size_t{2});
        CrossSellOptions early;
        early.minCount = 1;
        early.minLift = 0.0;
        early.asOf = 2; // orders 0 and 1 only
        const AssociationResult cut = associationRules(baskets(), early);
        QCOMPARE(cut.baskets, std::size_t{2});
        QCOMPARE(findRule(cut, A, B)->confidence, 1.0);
        QCOMPARE(associationRuleTable(cut, baskets().productNames).rows.size(), cut.rules.size());
    }

    void basketsWithoutOrderIdsAreCustomerDays()
    {
        features::TransactionSet t = baskets();
        std::fill(t.order.begin(), t.order.end(), -1);
        CrossSellOptions everything;
        everything.minCount = 1;
        everything.minConfidence = 0.0;
        everything.minLift = 0.0;
        // every order above is one customer on one day, so the rules are identical
        const AssociationResult result = associationRules(t, everything);
        QCOMPARE(result.baskets, std::size_t{5});
        QCOMPARE(findRule(result, C, A)->count, std::size_t{2});
    }

    void suggestionsExcludeBoughtProducts()
    {
        CrossSellOptions everything;
        everything.minCount = 1;
        everything.minConfidence = 0.0;
        everything.minLift = 0.0;
        const features::TransactionSet t = baskets();
        const AssociationResult rules = associationRules(t, everything);
        const std::vector<ProductSuggestion> suggestions = nextProductSuggestions(t, rules, 3);
        std::map<std::int32_t, std::vector<ProductSuggestion>> byCustomer;
        for (const ProductSuggestion &s : suggestions)
            byCustomer[s.customer].push_back(s);
        // c0 bought A, B, C: only D is left (A->D and B->D, confidence 0.25)
        QCOMPARE(byCustomer[0].size(), std::size_t{1});
        QCOMPARE(byCustomer[0][0].product, int(D));
        QCOMPARE(byCustomer[0][0].confidence, 0.25);
        // c2 bought B, C (its return of D does not count as bought): A is reached by C->A (2/3) and
        // B->A (0.75); the stronger rule wins. D comes via B->D (0.25).
        QCOMPARE(byCustomer[2].size(), std::size_t{2});
        QCOMPARE(byCustomer[2][0].product, int(A));
        QCOMPARE(byCustomer[2][0].because, int(B));
        QCOMPARE(byCustomer[2][0].confidence, 0.75);
        QCOMPARE(byCustomer[2][1].product, int(D));
        QCOMPARE(byCustomer[2][1].rank, 2);
        // c3 bought A, B, D: C via A->C (0.5) or B->C (0.5), tie on lift too
        QCOMPARE(byCustomer[3].size(), std::size_t{1});
        QCOMPARE(byCustomer[3][0].product, int(C));
        QCOMPARE(byCustomer[3][0].confidence, 0.5);
        for (const ProductSuggestion &s : suggestions)
            for (std::size_t k = 0; k < t.size(); ++k)
                if (t.customer[k] == s.customer && !t.isReturn[k])
                    QVERIFY(t.product[k] != s.product);
        QCOMPARE(nextProductSuggestions(t, rules, 1).size(), std::size_t{4});
        const Table table = suggestionTable(suggestions, t.customerIds, t.productNames);
        QCOMPARE(table.rows[0][0], QStringLiteral("c0"));
        QCOMPARE(table.rows[0][2], QStringLiteral("D"));
    }

    void inventoryFromExpectedPurchasesAndMix()
    {
        features::TransactionSet t;
        t.customerIds = {QStringLiteral("big"), QStringLiteral("small")};
        t.productNames = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        t.append(0, 1, 20.0, 2.0f, 0);
        t.append(0, 1, 5.0, 1.0f, 1);
        t.append(0, 9, 10.0, 1.0f, 0);  // big: 2 occasions, A 3 units, B 1 unit
        t.append(0, 50, 10.0, 4.0f, 2); // after asOf: not in the mix
        t.append(1, 3, 50.0, 5.0f, 2);  // small: 1 occasion, C 5 units
        t.append(1, 4, -10.0, -1.0f, 2, -1, true);
        t.sortByCustomerAndDay();
        models::Predictions p;
        p.customer = {0, 1};
        p.expectedPurchases = {4.0, 0.5};
        p.ltv = {100.0, 10.0};
        p.churnProbability = {0.1, 0.5};
        p.pAlive = {0.9, 0.5};
        p.expectedSpend = {10.0, 10.0};
        InventoryOptions options;
        options.asOf = 10;
        options.highValueShare = 0.5;
        const std::vector<ProductForecast> forecast = inventorySignal(t, p, options);
        QCOMPARE(forecast.size(), std::size_t{3});
        QCOMPARE(forecast[0].product, 0); // A: 4 x 3 / 2 = 6
        QCOMPARE(forecast[0].expectedUnits, 6.0);
        QCOMPARE(forecast[0].expectedUnitsHighValue, 6.0);
        QCOMPARE(forecast[1].product, 2); // C: 0.5 x 5 / 1 = 2.5, none from the high-value customer
        QCOMPARE(forecast[1].expectedUnits, 2.5);
        QCOMPARE(forecast[1].expectedUnitsHighValue, 0.0);
        QCOMPARE(forecast[1].pastUnits, 5.0);
        QCOMPARE(forecast[2].product, 1); // B: 4 x 1 / 2 = 2
        QCOMPARE(forecast[2].expectedUnits, 2.0);
        const Table table = inventoryTable(forecast, t.productNames);
        QCOMPARE(table.rows[0][0], QStringLiteral("A"));
        QCOMPARE(table.rows[0][3], QStringLiteral("100.0"));
    }
};

QTEST_GUILESS_MAIN(TestCrossSell)
#include "tst_crosssell.moc"
