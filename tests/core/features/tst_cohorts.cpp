// Cohort table: CDNOW cohorts against an independent computation from the raw
// file, plus unobserved cells and returns on a hand-made set.

#include "features/Calendar.h"
#include "features/Cohorts.h"
#include "pipeline/DemoData.h"

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace ltv;
using namespace ltv::features;

class TestCohorts : public QObject
{
    Q_OBJECT
private slots:
    void cdnowMatchesIndependentComputation()
    {
        // Raw file: per customer the month (year * 12 + month) of each purchase and its amount.
        std::map<QByteArray, std::vector<std::pair<int, double>>> lines;
        for (const QByteArray &line : pipeline::demoDataBytes().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() != 5)
                continue;
            const int month = f[2].left(4).toInt() * 12 + f[2].mid(4, 2).toInt() - 1;
            lines[f[1]].push_back({month, f[4].toDouble()});
        }
        std::map<int, int> size;
        std::map<std::pair<int, int>, std::set<QByteArray>> activeIn;
        std::map<std::pair<int, int>, double> revenueIn;
        for (auto &[id, purchases] : lines) {
            int first = purchases.front().first;
            for (const auto &p : purchases)
                first = std::min(first, p.first);
            ++size[first];
            for (const auto &[month, amount] : purchases) {
                activeIn[{first, month - first}].insert(id);
                revenueIn[{first, month - first}] += amount;
            }
        }

        Day asOf = 0;
        QVERIFY(dayFromIso(QStringLiteral("1998-06-30"), &asOf));
        const CohortTable t = buildCohortTable(pipeline::loadDemoTransactions(), asOf);
        QCOMPARE(t.cohortCount(), std::size_t{3}); // first purchases in 1997 Q1 only
        QCOMPARE(t.cohortLabel(0), QStringLiteral("1997-01"));
        QCOMPARE(t.cohortLabel(2), QStringLiteral("1997-03"));
        QCOMPARE(t.months, 18);
        std::int64_t total = 0;
        for (std::size_t k = 0; k < t.cohortCount(); ++k) {
            const int cohort = 1997 * 12 + int(k);
            QCOMPARE(t.size[k], std::int64_t(size[cohort]));
            total += t.size[k];
            QCOMPARE(t.retentionAt(k, 0), 100.0);
            double cumulative = 0;
            for (int m = 0; m < t.months; ++m) {
                if (m >= 18 - int(k)) { // after 1998-06
                    QVERIFY(std::isnan(t.retentionAt(k, m)));
                    QVERIFY(std::isnan(t.revenueAt(k, m)));
                    continue;
                }
                const double retention = 100.0 * double(activeIn[{cohort, m}].size()) / size[cohort];
                cumulative += revenueIn[{cohort, m}];
                QVERIFY(std::abs(t.retentionAt(k, m) - retention) < 1e-9);
                QVERIFY(std::abs(t.revenueAt(k, m) - cumulative / size[cohort]) < 1e-9);
            }
        }
        QCOMPARE(total, std::int64_t{2357});
    }

    void handMadeCohorts()
    {
        Day d = 0;
        auto day = [&d](const char *iso) {
            dayFromIso(QString::fromLatin1(iso), &d);
            return d;
        };
        TransactionSet set;
        set.customerIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        set.append(0, day("2021-01-05"), 10.0);
        set.append(0, day("2021-01-20"), 5.0);
        set.append(0, day("2021-03-02"), 20.0);
        set.append(0, day("2021-03-10"), -4.0, -1.0f, -1, -1, true);
        set.append(1, day("2021-01-31"), 30.0);
        set.append(2, day("2021-02-01"), 8.0);
        set.append(3, day("2021-04-01"), 50.0); // after asOf: not acquired
        set.sortByCustomerAndDay();
        const CohortTable t = buildCohortTable(set, day("2021-03-31"));
        QCOMPARE(t.cohortCount(), std::size_t{2});
        QCOMPARE(t.size, (std::vector<std::int64_t>{2, 1}));
        QCOMPARE(t.months, 3);
        QCOMPARE(t.revenueAt(0, 0), 45.0 / 2);
        QCOMPARE(t.revenueAt(0, 1), 45.0 / 2);
        QCOMPARE(t.revenueAt(0, 2), 61.0 / 2);
        QCOMPARE(t.retentionAt(0, 1), 0.0);
        QCOMPARE(t.retentionAt(0, 2), 50.0);
        QCOMPARE(t.retentionAt(1, 0), 100.0);
        QCOMPARE(t.retentionAt(1, 1), 0.0);
        QVERIFY(std::isnan(t.retentionAt(1, 2)));
    }

    void emptyProject()
    {
        const CohortTable t = buildCohortTable(TransactionSet{}, 100);
        QCOMPARE(t.cohortCount(), std::size_t{0});
        QCOMPARE(t.months, 0);
    }

    void calendar()
    {
        Day d = 0;
        QVERIFY(dayFromIso(QStringLiteral("2024-02-29"), &d));
        const CivilDate c = civilFromDay(d);
        QCOMPARE(c.year, 2024);
        QCOMPARE(c.month, 2);
        QCOMPARE(c.day, 29);
        QCOMPARE(monthIndexOfDay(0), 0);
        QCOMPARE(monthIndexOfDay(-1), -1);
        for (Day x = -800; x < 20000; x += 37)
            QCOMPARE(isoFromDay(x).left(7), QStringLiteral("%1-%2")
                                                .arg(civilFromDay(x).year, 4, 10, QLatin1Char('0'))
                                                .arg(civilFromDay(x).month, 2, 10, QLatin1Char('0')));
    }
};

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
