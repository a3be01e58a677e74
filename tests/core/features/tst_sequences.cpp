// Activity sequences: tensor shape, left padding and mask, channel values,
// and normalisation fitted on training rows only.

#include "features/SequenceBuilder.h"
#include "features/Splits.h"
#include "features/Summarize.h"
#include "pipeline/DemoData.h"

#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::features;

class TestSequences : public QObject
{
    Q_OBJECT
private slots:
    void shapeMaskAndChannels()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("none")};
        // asOf = day 100, weekly periods of 5: period k back covers days (100 - 7(k+1), 100 - 7k].
        set.append(0, 60, 10.0, 2.0f, 3, 7);         // 40/7 = 5.7 -> k 5: before the 5 periods
        set.append(0, 80, 5.0, 1.0f, 1, 8);          // (100-80)/7 = 2.86 -> k 2 -> t 2
        set.append(0, 80, 6.0, 1.0f, 2, 8);          // same order 8
        set.append(0, 82, 4.0, 3.0f, 2, -1);         // k 2, no order id: one order for the day
        set.append(0, 99, -3.0, -1.0f, 2, -1, true); // k 0 -> t 4, a return
        set.append(0, 101, 50.0);                    // after asOf: ignored
        set.append(1, 93, 7.0, 1.0f);                // k 1 -> t 3 (first purchase), mask from t 3
        set.sortByCustomerAndDay();
        SequenceOptions options;
        options.period = TimeUnit::Week;
        options.length = 5;
        const Sequences s = buildSequences(set, {0, 1, 2}, 100, options);
        QCOMPARE(s.count(), 3);
        QCOMPARE(s.length, 5);
        QCOMPARE(s.channels, (QStringList{QStringLiteral("orders"), QStringLiteral("revenue"), QStringLiteral("items"),
                                          QStringLiteral("returns")}));
        QCOMPARE(s.values.size(), std::size_t{3 * 5 * 4});
        QCOMPARE(s.mask.size(), std::size_t{3 * 5});
        // Customer a: day 60 is k = 5 (40/7), outside the 5 periods: history longer than L -> full mask.
        QCOMPARE(std::vector<std::uint8_t>(s.mask.begin(), s.mask.begin() + 5),
                 (std::vector<std::uint8_t>{1, 1, 1, 1, 1}));
        QCOMPARE(s.at(0, 2, 0), 2.0f);  // orders: order 8 + the unnumbered day-82 purchase
        QCOMPARE(s.at(0, 2, 1), 15.0f); // revenue
        QCOMPARE(s.at(0, 2, 2), 5.0f);  // items
        QCOMPARE(s.at(0, 4, 1), -3.0f);
        QCOMPARE(s.at(0, 4, 3), 1.0f);
        QCOMPARE(s.at(0, 4, 0), 0.0f);
        QCOMPARE(s.at(0, 0, 1), 0.0f);
        // Customer b: left-padded, mask 0 before the first purchase period.
        QCOMPARE(std::vector<std::uint8_t>(s.mask.begin() + 5, s.mask.begin() + 10),
                 (std::vector<std::uint8_t>{0, 0, 0, 1, 1}));
        QCOMPARE(s.at(1, 3, 1), 7.0f);
        QCOMPARE(s.at(1, 4, 1), 0.0f);
        // No purchases: all padding.
        QCOMPARE(std::vector<std::uint8_t>(s.mask.begin() + 10, s.mask.end()), (std::vector<std::uint8_t>(5, 0)));
    }

    void normalisationUsesTrainingRowsOnly()
    {
        const TransactionSet set = pipeline::loadDemoTransactions();
        Day calEnd = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-09-30"), &calEnd));
        const CustomerSummary summary = summarize(set, calEnd);
        const CustomerSplit split = customerSplit(summary.size(), 0.3, 11);
        std::vector<std::int32_t> trainCustomers, testCustomers;
        for (const std::size_t r : split.trainRows)
            trainCustomers.push_back(summary.customer[r]);
        for (const std::size_t r : split.testRows)
            testCustomers.push_back(summary.customer[r]);
        SequenceOptions options;
        options.period = TimeUnit::Month;
        options.length = 9;
        Sequences train = buildSequences(set, trainCustomers, calEnd, options);
        Sequences test = buildSequences(set, testCustomers, calEnd, options);
        const Sequences rawTest = test;
        QCOMPARE(train.count(), std::int64_t(trainCustomers.size()));

        // Independent statistics of the training revenue channel (masked periods, signed log1p).
        double sum = 0, squares = 0;
        std::size_t n = 0;
        for (std::int64_t c = 0; c < train.count(); ++c)
            for (int t = 0; t < train.length; ++t)
                if (train.mask[std::size_t(c * train.length + t)]) {
                    const double v = std::log1p(double(train.at(c, t, 1)));
                    sum += v;
                    squares += v * v;
                    ++n;
                }
        const double mean = sum / double(n);
        const double sd = std::sqrt(squares / double(n) - mean * mean);
        const SequenceNormalizer norm = SequenceNormalizer::fit(train);
        QVERIFY(std::abs(norm.mean[1] - mean) < 1e-4);
        QVERIFY(std::abs(norm.scale[1] - sd) < 1e-4);
        const SequenceNormalizer testOnly = SequenceNormalizer::fit(test);
        QVERIFY(std::abs(testOnly.mean[1] - norm.mean[1]) > 1e-6); // the two samples differ

        norm.apply(train);
        norm.apply(test);
        for (std::int64_t c = 0; c < test.count(); ++c)
            for (int t = 0; t < test.length; ++t) {
                const float raw = rawTest.at(c, t, 1);
                const float expected = test.mask[std::size_t(c * test.length + t)]
                                           ? (std::log1p(raw) - norm.mean[1]) / norm.scale[1]
                                           : 0.0f;
                QVERIFY(std::abs(test.at(c, t, 1) - expected) < 1e-4f);
            }
        // Training channels are standardised: mean 0 over the masked periods.
        double check = 0;
        std::size_t m = 0;
        for (std::int64_t c = 0; c < train.count(); ++c)
            for (int t = 0; t < train.length; ++t)
                if (train.mask[std::size_t(c * train.length + t)]) {
                    check += train.at(c, t, 1);
                    ++m;
                }
        QVERIFY(std::abs(check / double(m)) < 1e-3);
        QVERIFY(norm.describe().contains(QStringLiteral("log1p")));
    }

    void emptyInput()
    {
        const TransactionSet set;
        const Sequences s = buildSequences(set, {}, 10);
        QCOMPARE(s.count(), 0);
        QVERIFY(s.values.empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildSequences(set, {}, 10, {TimeUnit::Week, 0}));
    }
};

QTEST_GUILESS_MAIN(TestSequences)
#include "tst_sequences.moc"
