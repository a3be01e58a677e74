// RFM quintile scoring, the ordered rule table and its JSON form.

#include "pipeline/DemoData.h"
#include "segments/Rfm.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace ltv;
using namespace ltv::segments;

class TestRfm : public QObject
{
    Q_OBJECT

private slots:
    void distinctValuesSplitIntoExactQuintiles()
    {
        std::vector<double> values{10, 3, 7, 1, 9, 2, 8, 4, 6, 5};
        const std::vector<int> scores = quintileScores(values, true);
        // value v (1..10) has v-1 worse values: score 1 + floor(5 (v-1) / 10)
        for (std::size_t i = 0; i < values.size(); ++i)
            QCOMPARE(scores[i], 1 + static_cast<int>(5 * (values[i] - 1) / 10));
        const std::vector<int> reversed = quintileScores(values, false);
        for (std::size_t i = 0; i < values.size(); ++i)
            QCOMPARE(reversed[i], 6 - scores[i]);
    }

    void heavyTiesShareTheLowestScore()
    {
        // 12 of 20 customers never repeated (frequency 0), then 1..8.
        std::vector<double> values(12, 0.0);
        for (int v = 1; v <= 8; ++v)
            values.push_back(v);
        const std::vector<int> scores = quintileScores(values, true);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(scores[static_cast<std::size_t>(i)], 1);
        // value k has 11 + k worse values: 1 + floor(5 (11 + k) / 20)
        const std::vector<int> expected{4, 4, 4, 4, 5, 5, 5, 5};
        for (int k = 0; k < 8; ++k)
            QCOMPARE(scores[static_cast<std::size_t>(12 + k)], expected[static_cast<std::size_t>(k)]);
        // everyone tied: everyone scores 1
        const std::vector<int> allTied = quintileScores(std::vector<double>(7, 3.0), true);
        QVERIFY(std::all_of(allTied.begin(), allTied.end(), [](int s) { return s == 1; }));
    }

    void tiesAreIndependentOfInputOrder()
    {
        const std::vector<double> a{5, 1, 1, 2, 2, 2, 9, 9, 0, 3, 3};
        std::vector<double> b(a.rbegin(), a.rend());
        const std::vector<int> sa = quintileScores(a, true);
        const std::vector<int> sb = quintileScores(b, true);
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(sa[i], sb[a.size() - 1 - i]);
            for (std::size_t j = 0; j < a.size(); ++j) {
                if (a[i] == a[j])
                    QCOMPARE(sa[i], sa[j]);
                if (a[i] < a[j])
                    QVERIFY(sa[i] <= sa[j]);
            }
        }
    }

    void nanCountsAsWorst()
    {
        const std::vector<double> values{std::numeric_limits<double>::quiet_NaN(), 1, 2, 3, 4};
        QCOMPARE(quintileScores(values, true)[0], 1);
        QCOMPARE(quintileScores(values, false)[0], 1);
        QCOMPARE(quintileScores(values, false)[1], 5); // the smallest recency is the best
        QCOMPARE(quintileScores(values, false)[4], 2); // the largest is second worst, after the NaN
    }

    void everyDefaultRule_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<QString>("segment");
        QTest::newRow("champions") << 5 << 5 << 5 << QStringLiteral("Champions");
        QTest::newRow("champions low corner") << 4 << 4 << 4 << QStringLiteral("Champions");
        QTest::newRow("loyal") << 2 << 3 << 3 << QStringLiteral("Loyal Customers");
        QTest::newRow("loyal recent, not top m") << 5 << 5 << 3 << QStringLiteral("Loyal Customers");
        QTest::newRow("new customers") << 5 << 1 << 1 << QStringLiteral("New Customers");
        QTest::newRow("new before potential loyalist") << 4 << 1 << 1 << QStringLiteral("New Customers");
        QTest::newRow("promising") << 3 << 1 << 1 << QStringLiteral("Promising");
        QTest::newRow("potential loyalist") << 3 << 2 << 3 << QStringLiteral("Potential Loyalist");
        QTest::newRow("potential loyalist recent") << 5 << 3 << 1 << QStringLiteral("Potential Loyalist");
        QTest::newRow("need attention") << 2 << 2 << 2 << QStringLiteral("Need Attention");
        QTest::newRow("need attention 2-3-2") << 2 << 3 << 2 << QStringLiteral("Need Attention");
        QTest::newRow("about to sleep") << 2 << 1 << 1 << QStringLiteral("About To Sleep");
        QTest::newRow("about to sleep 2-2-1") << 2 << 2 << 1 << QStringLiteral("About To Sleep");
        QTest::newRow("can't lose them") << 1 << 5 << 5 << QStringLiteral("Can't Lose Them");
        QTest::newRow("can't lose before at risk") << 1 << 4 << 4 << QStringLiteral("Can't Lose Them");
        QTest::newRow("at risk") << 1 << 3 << 3 << QStringLiteral("At Risk");
        QTest::newRow("at risk r2") << 2 << 5 << 2 << QStringLiteral("At Risk");
        QTest::newRow("lost") << 1 << 1 << 1 << QStringLiteral("Lost");
        QTest::newRow("hibernating") << 1 << 1 << 2 << QStringLiteral("Hibernating");
        QTest::newRow("hibernating 1-2-1") << 1 << 2 << 1 << QStringLiteral("Hibernating");
        QTest::newRow("others: recent one-timer big spender") << 5 << 1 << 5 << QStringLiteral("Others");
        QTest::newRow("others: old low-frequency mid spender") << 1 << 1 << 3 << QStringLiteral("Others");
    }

    void everyDefaultRule()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(QString, segment);
        const RfmRuleTable table = defaultRfmRules();
        const int index = table.match(r, f, m);
        QCOMPARE(index >= 0 ? table.rules[index].name : othersSegmentName(), segment);
    }

    void defaultTableHasElevenReachableRules()
    {
        const RfmRuleTable table = defaultRfmRules();
        QCOMPARE(table.rules.size(), 11);
        QVERIFY(table.shadowedRules().isEmpty());
        // Exhaustive count of score triples per segment, an independent tally of the 125 cells.
        std::map<QString, int> cells;
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                for (int m = 1; m <= 5; ++m) {
                    const int i = table.match(r, f, m);
                    ++cells[i >= 0 ? table.rules[i].name : othersSegmentName()];
                }
        QCOMPARE(cells[QStringLiteral("Champions")], 8);
        QCOMPARE(cells[QStringLiteral("Can't Lose Them")], 4);
        QCOMPARE(cells[QStringLiteral("Lost")], 1);
        QCOMPARE(cells[QStringLiteral("Hibernating")], 2);
        QCOMPARE(cells[QStringLiteral("Potential Loyalist")], 21);
        QCOMPARE(cells[QStringLiteral("At Risk")], 16);
        QCOMPARE(cells[othersSegmentName()], 36);
        int total = 0;
        for (const auto &cell : cells)
            total += cell.second;
        QCOMPARE(total, 125);
    }

    void shippedOrderIsTheDocumentedOne()
    {
        // The default table exactly as docs/segments.md lists it: narrow rules
        // before the broad rules that contain them, and Lost as the 1-1-1 corner.
        struct Row
        {
            const char *name;
            int r0, r1, f0, f1, m0, m1;
        };
        const Row expected[] = {
            {"Champions", 4, 5, 4, 5, 4, 5},
            {"Loyal Customers", 2, 5, 3, 5, 3, 5},
            {"New Customers", 4, 5, 1, 1, 1, 1},
            {"Promising", 3, 4, 1, 1, 1, 1},
            {"Potential Loyalist", 3, 5, 1, 3, 1, 3},
            {"Need Attention", 2, 3, 2, 3, 2, 3},
            {"About To Sleep", 2, 3, 1, 2, 1, 2},
            {"Can't Lose Them", 1, 1, 4, 5, 4, 5},
            {"At Risk", 1, 2, 2, 5, 2, 5},
            {"Lost", 1, 1, 1, 1, 1, 1},
            {"Hibernating", 1, 2, 1, 2, 1, 2},
        };
        const RfmRuleTable table = defaultRfmRules();
        QCOMPARE(table.rules.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < table.rules.size(); ++i) {
            const Row &row = expected[i];
            const RfmRule &rule = table.rules[i];
            QCOMPARE(rule.name, QString::fromLatin1(row.name));
            QVERIFY2(rule.recency == (ScoreRange{row.r0, row.r1}) && rule.frequency == (ScoreRange{row.f0, row.f1}) &&
                         rule.monetary == (ScoreRange{row.m0, row.m1}),
                     row.name);
        }
        // Score triples each rule wins, as the documentation's table gives them.
        const int won[] = {8, 28, 2, 1, 21, 3, 3, 4, 16, 1, 2};
        std::vector<int> count(12, 0);
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                for (int m = 1; m <= 5; ++m) {
                    const int i = table.match(r, f, m);
                    ++count[static_cast<std::size_t>(i >= 0 ? i : 11)];
                }
        for (std::size_t i = 0; i < 11; ++i)
            QCOMPARE(count[i], won[i]);
        QCOMPARE(count[11], 36); // Others
    }

    void verbatimOrderShadowsNarrowRules()
    {
        // The order in which the segments are usually listed: with first match
        // wins, four rules can never fire. The default table avoids that.
        RfmRuleTable listed = defaultRfmRules();
        const auto byName = [&listed](const char *name) {
            for (const RfmRule &rule : listed.rules)
                if (rule.name == QLatin1String(name))
                    return rule;
            return RfmRule{};
        };
        RfmRule lost = byName("Lost");
        lost.recency = {1, 2};
        lost.frequency = {1, 2};
        lost.monetary = {1, 2};
        listed.rules = {byName("Champions"),
                        byName("Loyal Customers"),
                        byName("Potential Loyalist"),
                        byName("New Customers"),
                        byName("Promising"),
                        byName("Need Attention"),
                        byName("About To Sleep"),
                        byName("At Risk"),
                        byName("Can't Lose Them"),
                        byName("Hibernating"),
                        lost};
        QCOMPARE(listed.shadowedRules(), (QList<int>{3, 4, 8, 10}));
        QCOMPARE(listed.rules[listed.match(4, 1, 1)].name, QStringLiteral("Potential Loyalist"));
    }

    void orderDecidesOverlaps()
    {
        RfmRuleTable table = defaultRfmRules();
        QCOMPARE(table.rules[table.match(1, 5, 5)].name, QStringLiteral("Can't Lose Them"));
        // move At Risk in front of Can't Lose Them: the same customer is now At Risk
        const int atRisk = 8, cantLose = 7;
        QCOMPARE(table.rules[atRisk].name, QStringLiteral("At Risk"));
        table.rules.swapItemsAt(atRisk, cantLose);
        QCOMPARE(table.rules[table.match(1, 5, 5)].name, QStringLiteral("At Risk"));
        QCOMPARE(table.shadowedRules(), QList<int>{8});
    }

    void editedTableRoundTripsAndApplies()
    {
        RfmRuleTable edited = defaultRfmRules();
        edited.rules.prepend(RfmRule{QStringLiteral("Big Spenders, \"M5\""), {1, 5}, {1, 5}, {5, 5}});
        edited.rules.removeIf([](const RfmRule &rule) { return rule.name == QLatin1String("Lost"); });
        RfmRuleTable parsed;
        QString error;
        QVERIFY2(RfmRuleTable::fromJson(edited.toJson(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.rules.size(), 11);
        QCOMPARE(parsed.rules[0].name, QStringLiteral("Big Spenders, \"M5\""));
        QCOMPARE(parsed.rules[0].monetary.low, 5);
        for (qsizetype i = 0; i < edited.rules.size(); ++i) {
            QCOMPARE(parsed.rules[i].name, edited.rules[i].name);
            QCOMPARE(parsed.rules[i].recency.low, edited.rules[i].recency.low);
            QCOMPARE(parsed.rules[i].frequency.high, edited.rules[i].frequency.high);
        }

        RfmInputs inputs;
        // 5 customers: distinct values give scores 1..5 in each dimension
        for (int i = 0; i < 5; ++i) {
            inputs.customer.push_back(i);
            inputs.recency.push_back(10.0 * (5 - i)); // customer 4 most recent
            inputs.frequency.push_back(i + 1);
            inputs.monetary.push_back(100.0 * (i + 1));
        }
        const RfmResult defaults = scoreRfm(inputs);
        const RfmResult custom = scoreRfm(inputs, parsed);
        QCOMPARE(defaults.segmentation.names[defaults.segmentation.segmentOf[4]], QStringLiteral("Champions"));
        QCOMPARE(custom.segmentation.names[custom.segmentation.segmentOf[4]], QStringLiteral("Big Spenders, \"M5\""));
        // customer 0 is 1-1-1: Lost by default; without Lost it falls to Hibernating
        QCOMPARE(defaults.segmentation.names[defaults.segmentation.segmentOf[0]], QStringLiteral("Lost"));
        QCOMPARE(custom.segmentation.names[custom.segmentation.segmentOf[0]], QStringLiteral("Hibernating"));
        QCOMPARE(custom.segmentation.names.last(), othersSegmentName());
    }

    void badJsonIsRejectedWithAMessage()
    {
        RfmRuleTable table = defaultRfmRules();
        QString error;
        QVERIFY(!RfmRuleTable::fromJson("not json", &table, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RfmRuleTable::fromJson(R"({"version":1,"rules":[{"name":"x","r":[0,5],"f":[1,5],"m":[1,5]}]})", &table,
                                        &error));
        QVERIFY(error.contains(QStringLiteral("\"x\"")));
        QVERIFY(!RfmRuleTable::fromJson(R"({"version":1,"rules":[{"name":"x","r":[4,2],"f":[1,5],"m":[1,5]}]})", &table,
                                        &error));
        QCOMPARE(table.rules.size(), 11); // untouched on failure
    }

    void inputsFromTransactions()
    {
        features::TransactionSet set;
        set.customerIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        set.append(0, 100, 10.0);
        set.append(0, 100, 5.0); // same day: one occasion
        set.append(0, 110, 20.0);
        set.append(0, 112, -4.0, -1, -1, -1, true); // a return: counts in money, not occasions
        set.append(0, 130, 99.0);                   // after asOf
        set.append(1, 90, 7.0);
        set.append(2, 125, 3.0); // only after asOf: left out
        set.sortByCustomerAndDay();
        const RfmInputs total = rfmInputsFromTransactions(set, 120);
        QCOMPARE(total.customer, (std::vector<std::int32_t>{0, 1}));
        QCOMPARE(total.recency, (std::vector<double>{10.0, 30.0}));
        QCOMPARE(total.frequency, (std::vector<double>{2.0, 1.0}));
        QCOMPARE(total.monetary, (std::vector<double>{31.0, 7.0}));
        const RfmInputs perPurchase = rfmInputsFromTransactions(set, 120, MonetaryBasis::PerPurchase);
        QCOMPARE(perPurchase.monetary[0], 15.5);
    }

    void inputsFromSummary()
    {
        features::CustomerSummary summary;
        summary.customer = {4, 7};
        summary.frequency = {2, 0};
        summary.recency = {10, 0};
        summary.age = {30, 12};
        summary.monetary = {20, 0};
        summary.totalRevenue = {55, 8};
        const RfmInputs inputs = rfmInputsFromSummary(summary);
        QCOMPARE(inputs.recency, (std::vector<double>{20, 12}));
        QCOMPARE(inputs.frequency, (std::vector<double>{3, 1}));
        QCOMPARE(inputs.monetary, (std::vector<double>{55, 8}));
        QCOMPARE(rfmInputsFromSummary(summary, MonetaryBasis::PerPurchase).monetary[0], 55.0 / 3.0);
    }

    void demoCountsAddUp()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        const Day asOf = set.dayRange().second;
        const RfmResult result = scoreRfm(rfmInputsFromTransactions(set, asOf));
        QCOMPARE(static_cast<std::int32_t>(result.segmentation.size()), set.customerCount());
        const std::vector<std::size_t> counts = result.segmentation.counts();
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), std::size_t{0}), result.segmentation.size());
        // most CDNOW customers bought once: they share F = 1, nobody scores F = 2 or 3 in between
        const auto ones = std::count(result.f.begin(), result.f.end(), 1);
        QVERIFY(ones > static_cast<long>(result.f.size() / 2));
        QCOMPARE(std::count(result.f.begin(), result.f.end(), 2), 0L);
        const RfmRuleTable table = defaultRfmRules();
        for (std::size_t i = 0; i < result.segmentation.size(); ++i) {
            const int s = result.segmentation.segmentOf[i];
            if (s < table.rules.size())
                QCOMPARE(s, table.match(result.r[i], result.f[i], result.m[i]));
            else
                QCOMPARE(table.match(result.r[i], result.f[i], result.m[i]), -1);
        }
        const Table summaryTable = rfmSummaryTable(result);
        QCOMPARE(summaryTable.rows.size(), std::size_t{12});
    }

    void csvQuotesAndText()
    {
        Table table;
        table.header = {QStringLiteral("a"), QStringLiteral("b")};
        table.rows.push_back({QStringLiteral("x,y"), QStringLiteral("say \"hi\"")});
        QCOMPARE(toCsv(table), QByteArray("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n"));
        QCOMPARE(toText(table), QStringLiteral("a    b\nx,y  say \"hi\"\n"));
        QCOMPARE(formatNumber(-0.001, 2), QStringLiteral("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
