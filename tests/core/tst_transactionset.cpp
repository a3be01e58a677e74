// TransactionSet: sorting, offsets, ranges; and the bundled demo data.

#include "features/TransactionSet.h"
#include "pipeline/DemoData.h"

#include <QTest>

#include <cmath>
#include <set>

using ltv::features::TransactionSet;

class TestTransactionSet : public QObject
{
    Q_OBJECT
private slots:
    void sortKeepsRowsTogether()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("a"), QStringLiteral("b")};
        set.append(1, 10, 5.0, 1.0f, 7, 3, false);
        set.append(0, 12, -2.0, -1.0f, 8, 2, true);
        set.append(0, 11, 4.0, 2.0f, 9, 1, false);
        set.sortByCustomerAndDay();
        QCOMPARE(set.customer, (std::vector<std::int32_t>{0, 0, 1}));
        QCOMPARE(set.day, (std::vector<ltv::Day>{11, 12, 10}));
        QCOMPARE(set.amount, (std::vector<double>{4.0, -2.0, 5.0}));
        QCOMPARE(set.product, (std::vector<std::int32_t>{9, 8, 7}));
        QCOMPARE(set.order, (std::vector<std::int32_t>{1, 2, 3}));
        QCOMPARE(set.isReturn, (std::vector<std::uint8_t>{0, 1, 0}));
        QCOMPARE(set.customerOffsets(), (std::vector<std::size_t>{0, 2, 3}));
        QCOMPARE(set.dayRange(), (std::pair<ltv::Day, ltv::Day>{10, 12}));
    }

    void emptySet()
    {
        TransactionSet set;
        QVERIFY(set.empty());
        QCOMPARE(set.customerOffsets(), (std::vector<std::size_t>{0}));
        QCOMPARE(set.dayRange().second, -1);
    }

    void isoDates()
    {
        ltv::Day d = 0;
        QVERIFY(ltv::dayFromIso(QStringLiteral("1997-01-01"), &d));
        QCOMPARE(d, 9862); // 27 years incl. 7 leap days after 1970
        QCOMPARE(ltv::isoFromDay(d), QStringLiteral("1997-01-01"));
        QVERIFY(!ltv::dayFromIso(QStringLiteral("1997-13-01"), &d));
    }

    void demoDataHasPublishedSize()
    {
        const TransactionSet set = ltv::pipeline::loadDemoTransactions();
        QCOMPARE(set.size(), std::size_t{6919});
        QCOMPARE(set.customerCount(), 2357);
        QCOMPARE(ltv::isoFromDay(set.dayRange().first), QStringLiteral("1997-01-01"));
        QCOMPARE(ltv::isoFromDay(set.dayRange().second), QStringLiteral("1998-06-30"));
        // Sample customer 1 (master 00004): 4 purchases, 29.33 + 29.73 + 14.96 + 26.48.
        const int c = static_cast<int>(set.customerIds.indexOf(QStringLiteral("0001")));
        QVERIFY(c >= 0);
        const auto offsets = set.customerOffsets();
        double total = 0;
        for (std::size_t i = offsets[c]; i < offsets[c + 1]; ++i)
            total += set.amount[i];
        QCOMPARE(offsets[c + 1] - offsets[c], std::size_t{4});
        QVERIFY(std::abs(total - 100.50) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestTransactionSet)
#include "tst_transactionset.moc"
