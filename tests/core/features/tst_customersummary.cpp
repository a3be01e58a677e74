// Customer summary as of a date: the CDNOW reference summaries (lifetimes /
// BTYD conventions) and the edge cases of the conventions.

#include "features/Summarize.h"
#include "pipeline/DemoData.h"
#include "pipeline/JobContext.h"

#include "IsoDay.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <map>

using namespace ltv;
using namespace ltv::features;
using ltv::test::isoDay;

namespace {

// Reads `ID,<c1>,<c2>,...` rows of a reference CSV keyed by ID.
std::map<QString, QList<double>> readReference(const QString &name)
{
    QFile file(test::dataPath(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("missing fixture");
    std::map<QString, QList<double>> rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (fields.size() < 2)
            continue;
        QList<double> values;
        for (qsizetype i = 1; i < fields.size(); ++i)
            values << fields[i].toDouble();
        rows[fields[0]] = values;
    }
    return rows;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

std::size_t rowOf(const CustomerSummary &s, std::int32_t customer)
{
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.customer[i] == customer)
            return i;
    return s.size();
}

} // namespace

class TestCustomerSummary : public QObject
{
    Q_OBJECT
private slots:
    void cdnowMatchesReferenceSummary()
    {
        const TransactionSet set = pipeline::loadDemoTransactions();
        const CustomerSummary s = summarize(set, isoDay("1997-09-30"), {TimeUnit::Week, false});
        const auto reference = readReference(QStringLiteral("cdnow_customers_summary.csv"));
        QCOMPARE(reference.size(), std::size_t{2357});
        QCOMPARE(s.size(), std::size_t{2357});
        int checked = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            // The reference numbers customers 1..2357; the sample file zero-pads them ("0001").
            const QString id = QString::number(set.customerIds[s.customer[i]].toInt());
            const auto it = reference.find(id);
            QVERIFY2(it != reference.end(), qPrintable(id));
            const QList<double> &ref = it->second; // frequency, recency, T
            QCOMPARE(s.frequency[i], ref[0]);
            // The reference rounds to 2 decimals: match that rounding exactly.
            QVERIFY2(std::abs(round2(s.recency[i]) - ref[1]) < 1e-9, qPrintable(id));
            QVERIFY2(std::abs(round2(s.age[i]) - ref[2]) < 1e-9, qPrintable(id));
            ++checked;
        }
        QCOMPARE(checked, 2357);
    }

    void cdnowMatchesReferenceZbar()
    {
        const TransactionSet set = pipeline::loadDemoTransactions();
        const CustomerSummary s = summarize(set, isoDay("1997-09-30"));
        const auto reference = readReference(QStringLiteral("cdnow_customers_summary_with_transactions.csv"));
        QCOMPARE(reference.size(), std::size_t{2357});
        QCOMPARE(s.size(), reference.size());
        int repeatBuyers = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const QString id = QString::number(set.customerIds[s.customer[i]].toInt());
            const QList<double> &ref = reference.at(id); // x, t_x, T, zbar
            QCOMPARE(s.frequency[i], ref[0]);
            QVERIFY2(std::abs(round2(s.recency[i]) - ref[1]) < 1e-9, qPrintable(id));
            QVERIFY2(std::abs(round2(s.age[i]) - ref[2]) < 1e-9, qPrintable(id));
            // zbar to the cent (half-cent ties may round either way in the reference).
            QVERIFY2(std::abs(s.monetary[i] - ref[3]) <= 0.005 + 1e-9,
                     qPrintable(id + u' ' + QString::number(s.monetary[i]) + u' ' + QString::number(ref[3])));
            repeatBuyers += s.frequency[i] > 0 ? 1 : 0;
        }
        QCOMPARE(repeatBuyers, 946); // Fader & Hardie's Gamma-Gamma note: 946 repeat buyers
    }

    void cdnowCustomerOneByHand()
    {
        // Sample customer 1: 1997-01-01 29.33, 01-18 29.73, 08-02 14.96 (and 12-12 after the calibration end).
        const TransactionSet set = pipeline::loadDemoTransactions();
        const CustomerSummary s = summarize(set, isoDay("1997-09-30"));
        const std::size_t r = rowOf(s, static_cast<std::int32_t>(set.customerIds.indexOf(QStringLiteral("0001"))));
        QVERIFY(r < s.size());
        QCOMPARE(s.frequency[r], 2.0);
        QCOMPARE(s.recency[r], 213.0 / 7.0);
        QCOMPARE(s.age[r], 272.0 / 7.0); // 1997-01-01 .. 1997-09-30
        QCOMPARE(s.monetary[r], (29.73 + 14.96) / 2.0);
        QCOMPARE(s.purchaseDays[r], 3);
        QCOMPARE(s.firstOrderValue[r], 29.33);
        QVERIFY(std::abs(s.totalRevenue[r] - (29.33 + 29.73 + 14.96)) < 1e-9);
        QCOMPARE(s.meanInterPurchase[r], 213.0 / 7.0 / 2.0);
    }

    void sameDayPurchasesAreMerged()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("a")};
        set.append(0, 100, 10.0);
        set.append(0, 100, 5.0);
        set.append(0, 110, 7.0);
        set.append(0, 110, 3.0);
        set.append(0, 120, 4.0);
        const CustomerSummary s = summarize(set, 130, {TimeUnit::Day, false});
        QCOMPARE(s.size(), std::size_t{1});
        QCOMPARE(s.frequency[0], 2.0);
        QCOMPARE(s.recency[0], 20.0);
        QCOMPARE(s.age[0], 30.0);
        QCOMPARE(s.monetary[0], (10.0 + 4.0) / 2.0);
        QCOMPARE(s.firstOrderValue[0], 15.0);
        QCOMPARE(s.purchaseDays[0], 3);
    }

    void countFirstPurchaseOption()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("a")};
        set.append(0, 0, 10.0);
        set.append(0, 14, 20.0);
        set.append(0, 28, 30.0);
        const CustomerSummary s = summarize(set, 35, {TimeUnit::Week, true});
        QVERIFY(s.countsFirstPurchase);
        QCOMPARE(s.frequency[0], 3.0);
        QCOMPARE(s.monetary[0], 20.0);
        QCOMPARE(s.recency[0], 4.0);
        QCOMPARE(s.age[0], 5.0);
        const CustomerSummary months = summarize(set, 35, {TimeUnit::Month, false});
        QCOMPARE(months.recency[0], 28.0 / 30.4375);
        QCOMPARE(months.monetary[0], 25.0);
    }

    void returnsAreCountedButNeverPurchases()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("a")};
        set.append(0, 10, 50.0);
        set.append(0, 12, -20.0, -1.0f, -1, -1, true); // return on its own day
        set.append(0, 15, 30.0);
        set.append(0, 15, -5.0, -1.0f, -1, -1, true); // return on a purchase day
        set.append(0, 16, -3.0);                      // negative amount without the flag
        const CustomerSummary s = summarize(set, 20, {TimeUnit::Day, false});
        QCOMPARE(s.frequency[0], 1.0);
        QCOMPARE(s.recency[0], 5.0);
        QCOMPARE(s.monetary[0], 30.0);
        QCOMPARE(s.returnCount[0], 3);
        QCOMPARE(s.returnValue[0], 28.0);
        QCOMPARE(s.totalRevenue[0], 80.0 - 28.0);
    }

    void singlePurchaseAndLateCustomers()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("once"), QStringLiteral("late"), QStringLiteral("onlyReturn"),
                           QStringLiteral("never"), QStringLiteral("onTheDay")};
        set.append(0, 5, 12.0);
        set.append(0, 40, 9.0); // after asOf: ignored
        set.append(1, 31, 99.0);
        set.append(2, 7, -4.0, -1.0f, -1, -1, true);
        set.append(4, 30, 8.0); // on asOf: included
        const CustomerSummary s = summarize(set, 30, {TimeUnit::Day, false});
        QCOMPARE(s.customer, (std::vector<std::int32_t>{0, 4}));
        QCOMPARE(s.frequency[0], 0.0);
        QCOMPARE(s.recency[0], 0.0);
        QCOMPARE(s.age[0], 25.0);
        QCOMPARE(s.monetary[0], 0.0);
        QCOMPARE(s.meanInterPurchase[0], 0.0);
        QCOMPARE(s.totalRevenue[0], 12.0);
        QCOMPARE(s.age[1], 0.0);
    }

    void emptyProject()
    {
        const TransactionSet set;
        const CustomerSummary s = summarize(set, 100);
        QCOMPARE(s.size(), std::size_t{0});
        QCOMPARE(s.frequency.size(), std::size_t{0});
        QCOMPARE(s.asOf, 100);
    }

    void unsortedInputIsRejected()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("a"), QStringLiteral("b")};
        set.append(1, 5, 1.0);
        set.append(0, 5, 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, summarize(set, 10));
    }

    void cancellationStops()
    {
        const TransactionSet set = pipeline::loadDemoTransactions();
        pipeline::JobContext job;
        job.cancel();
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, summarize(set, isoDay("1997-09-30"), {}, job));
    }
};

QTEST_GUILESS_MAIN(TestCustomerSummary)
#include "tst_customersummary.moc"
