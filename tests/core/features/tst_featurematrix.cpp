// Feature matrix: every named column on a hand-computed customer, one-hot
// attributes, appended columns, row selection and provenance.

#include "features/FeatureMatrixBuilder.h"
#include "features/Splits.h"
#include "features/Summarize.h"
#include "pipeline/DemoData.h"

#include "IsoDay.h"

#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::features;
using ltv::test::isoDay;

namespace {

double cell(const FeatureMatrix &m, std::int64_t row, const char *column)
{
    const int col = m.indexOf(QString::fromLatin1(column));
    if (col < 0)
        qFatal("missing column %s", column);
    return m.at(row, col);
}

// Customer "a": purchases on 2020-09-01 (2 lines), 2020-11-15, 2020-12-20 (+ a return), 2021-01-10;
// customer "b": one purchase; customer "c": only after asOf.
TransactionSet handMade()
{
    TransactionSet set;
    set.customerIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    set.productNames = {QStringLiteral("p0"), QStringLiteral("p1"), QStringLiteral("p2")};
    set.attributeNames = {QStringLiteral("country"), QStringLiteral("channel")};
    set.attributeValues = {{QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("DE")},
                           {QStringLiteral("web"), QString(), QStringLiteral("shop")}};
    set.append(0, isoDay("2020-09-01"), 20.0, 2.0f, 0);
    set.append(0, isoDay("2020-09-01"), 10.0, 1.0f, 1);
    set.append(0, isoDay("2020-11-15"), 40.0, 1.0f, 1);
    set.append(0, isoDay("2020-12-20"), 30.0, 3.0f, 2);
    set.append(0, isoDay("2020-12-20"), -10.0, -1.0f, 2, -1, true);
    set.append(0, isoDay("2021-01-10"), 50.0, 2.0f, 0);
    set.append(1, isoDay("2021-01-01"), 15.0, 1.0f, -1);
    set.append(2, isoDay("2021-02-01"), 99.0, 1.0f, 0);
    set.sortByCustomerAndDay();
    return set;
}

} // namespace

class TestFeatureMatrix : public QObject
{
    Q_OBJECT
private slots:
    void handComputedColumns()
    {
        const TransactionSet set = handMade();
        const Day asOf = isoDay("2021-01-31");
        const CustomerSummary s = summarize(set, asOf, {TimeUnit::Day, false});
        FeatureOptions options;
        options.trendWindowDays = 60; // recent: 2020-12-03..2021-01-31, earlier: 2020-10-04..2020-12-02
        const FeatureMatrix m = buildFeatureMatrix(set, s, options);
        QCOMPARE(m.rows(), 2);
        QCOMPARE(m.customer, (std::vector<std::int32_t>{0, 1}));
        QCOMPARE(m.values.size(), std::size_t(m.rows() * m.cols()));

        const Day d0 = isoDay("2020-09-01"), d1 = isoDay("2020-11-15"), d2 = isoDay("2020-12-20"),
                  d3 = isoDay("2021-01-10");
        QCOMPARE(cell(m, 0, "frequency"), 3.0);
        QCOMPARE(cell(m, 0, "recency"), double(d3 - d0));
        QCOMPARE(cell(m, 0, "tenure"), double(asOf - d0));
        QCOMPARE(cell(m, 0, "time_since_last"), double(asOf - d3));
        QCOMPARE(cell(m, 0, "monetary"), (40.0 + 30.0 + 50.0) / 3.0);
        QCOMPARE(cell(m, 0, "total_revenue"), 140.0);
        QCOMPARE(cell(m, 0, "purchase_days"), 4.0);
        QCOMPARE(cell(m, 0, "first_order_value"), 30.0);
        const double g1 = d1 - d0, g2 = d2 - d1, g3 = d3 - d2;
        const double mean = (g1 + g2 + g3) / 3.0;
        const double var = ((g1 - mean) * (g1 - mean) + (g2 - mean) * (g2 - mean) + (g3 - mean) * (g3 - mean)) / 2.0;
        QVERIFY(std::abs(cell(m, 0, "interpurchase_mean") - mean) < 1e-9);
        QVERIFY(std::abs(cell(m, 0, "interpurchase_var") - var) < 1e-6);
        QCOMPARE(cell(m, 0, "recent_purchases"), 2.0);  // 12-20, 01-10
        QCOMPARE(cell(m, 0, "earlier_purchases"), 1.0); // 11-15
        QCOMPARE(cell(m, 0, "trend"), 1.0 / 3.0);
        QCOMPARE(cell(m, 0, "peak_share"), 0.5); // 11-15 and 12-20 of 4 purchase days
        QCOMPARE(cell(m, 0, "return_count"), 1.0);
        QCOMPARE(cell(m, 0, "return_rate"), 10.0 / 150.0);
        QCOMPARE(cell(m, 0, "distinct_products"), 3.0);
        QCOMPARE(cell(m, 0, "items_per_purchase"), 9.0 / 4.0);

        QCOMPARE(cell(m, 1, "frequency"), 0.0);
        QCOMPARE(cell(m, 1, "interpurchase_mean"), 0.0);
        QCOMPARE(cell(m, 1, "interpurchase_var"), 0.0);
        QCOMPARE(cell(m, 1, "distinct_products"), 0.0);
        QCOMPARE(cell(m, 1, "trend"), 1.0);

        // One-hot: only the rows' customers (a, b) count: DE, FR; channel web, (missing).
        QCOMPARE(cell(m, 0, "country=DE"), 1.0);
        QCOMPARE(cell(m, 0, "country=FR"), 0.0);
        QCOMPARE(cell(m, 1, "country=FR"), 1.0);
        QCOMPARE(cell(m, 0, "channel=web"), 1.0);
        QCOMPARE(cell(m, 1, "channel=(missing)"), 1.0);
        QCOMPARE(m.indexOf(QStringLiteral("channel=shop")), -1);
        QVERIFY(m.provenance.join(u'\n').contains(QStringLiteral("2021-01-31")));
        QVERIFY(m.provenance.join(u'\n').contains(QStringLiteral("trend window 60")));
    }

    void categoryCapGoesToOther()
    {
        TransactionSet set = handMade();
        set.attributeValues[0] = {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("IT")};
        FeatureOptions options;
        options.maxCategories = 1;
        const CustomerSummary s = summarize(set, isoDay("2021-03-01"), {TimeUnit::Day, false});
        const FeatureMatrix m = buildFeatureMatrix(set, s, options);
        // Three customers, all countries once: the first by name (DE) is kept.
        QCOMPARE(cell(m, 0, "country=DE"), 1.0);
        QCOMPARE(cell(m, 1, "country=(other)"), 1.0);
        QCOMPARE(cell(m, 2, "country=(other)"), 1.0);
        options.oneHotAttributes = false;
        QCOMPARE(buildFeatureMatrix(set, s, options).cols(), 18);
    }

    void appendAndSelect()
    {
        const TransactionSet set = pipeline::loadDemoTransactions();
        const CustomerSummary s = summarize(set, isoDay("1997-09-30"));
        FeatureMatrix m = buildFeatureMatrix(set, s);
        const auto before = m.cols();
        std::vector<double> extra(static_cast<std::size_t>(m.rows()));
        for (std::size_t i = 0; i < extra.size(); ++i)
            extra[i] = double(i) * 0.5;
        appendColumn(m, QStringLiteral("p_alive"), extra);
        QCOMPARE(m.cols(), before + 1);
        QCOMPARE(cell(m, 10, "p_alive"), 5.0);
        QCOMPARE(cell(m, 10, "frequency"), s.frequency[10]);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, appendColumn(m, QStringLiteral("p_alive"), extra));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, appendColumn(m, QStringLiteral("short"), {1.0}));

        const FeatureMatrix sub = selectRows(m, {10, 3});
        QCOMPARE(sub.rows(), 2);
        QCOMPARE(sub.customer[0], m.customer[10]);
        QCOMPARE(sub.at(0, sub.indexOf(QStringLiteral("p_alive"))), 5.0);
        QCOMPARE(sub.at(1, 0), m.at(3, 0));

        // The mean inter-purchase time equals t_x / x for every CDNOW customer.
        for (std::int64_t r = 0; r < m.rows(); ++r)
            QVERIFY(std::abs(cell(m, r, "interpurchase_mean") - s.meanInterPurchase[std::size_t(r)]) < 1e-9);
    }

    void emptyProject()
    {
        const TransactionSet set;
        const CustomerSummary s = summarize(set, 100);
        const FeatureMatrix m = buildFeatureMatrix(set, s);
        QCOMPARE(m.rows(), 0);
        QCOMPARE(m.cols(), 18);
        QVERIFY(m.values.empty());
    }

    void monthOfDay()
    {
        QCOMPARE(features::monthOfDay(0), 1);
        QCOMPARE(features::monthOfDay(isoDay("2020-02-29")), 2);
        QCOMPARE(features::monthOfDay(isoDay("1999-12-31")), 12);
        QCOMPARE(features::monthOfDay(isoDay("1969-12-31")), 12);
    }
};

QTEST_GUILESS_MAIN(TestFeatureMatrix)
#include "tst_featurematrix.moc"
