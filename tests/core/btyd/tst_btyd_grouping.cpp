// Collapsing customers into weighted unique rows: groups against a sort-based
// reference, independence of the input order, the (x, t) pair index the
// Pareto/NBD shares its 2F1 terms over, and predictions per unique row that
// equal the per-customer formulas.

#include "CdnowSummary.h"
#include "models/btyd/BtydModel.h"
#include "models/btyd/Clv.h"
#include "models/btyd/CollapsedRows.h"
#include "models/btyd/GammaGamma.h"
#include "models/btyd/RowGrouping.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <tuple>

using namespace ltv;
using namespace ltv::models;
using namespace ltv::models::btyd;

class TestBtydGrouping : public QObject
{
    Q_OBJECT
private slots:
    void groupsMatchASortedReference()
    {
        // Random rows with many repeats, including -0.0 next to 0.0, enough of them
        // to make the hash table grow several times.
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> small(0, 40);
        const std::size_t n = 50000;
        std::vector<double> a(n), b(n), c(n);
        for (std::size_t i = 0; i < n; ++i) {
            a[i] = small(rng);
            b[i] = small(rng) == 0 ? -0.0 : small(rng) / 7.0;
            c[i] = 0.25 * small(rng);
        }
        const double *columns[] = {a.data(), b.data(), c.data()};
        const RowGroups groups = groupIdenticalRows(columns, 3, n);

        std::map<std::tuple<double, double, double>, double> reference;
        for (std::size_t i = 0; i < n; ++i)
            reference[{a[i], b[i] + 0.0, c[i]}] += 1.0;
        QCOMPARE(groups.firstRow.size(), reference.size());
        std::size_t k = 0;
        for (const auto &[key, count] : reference) {
            const std::uint32_t first = groups.firstRow[k];
            QVERIFY(std::make_tuple(a[first], b[first] + 0.0, c[first]) == key); // key order
            QCOMPARE(groups.count[k], count);
            ++k;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t g = groups.groupOfRow[i];
            const std::uint32_t first = groups.firstRow[g];
            QVERIFY(a[i] == a[first] && b[i] == b[first] && c[i] == c[first]);
            QVERIFY(first <= i); // the first row of its group
        }
    }

    void collapsedRowsDoNotDependOnInputOrder()
    {
        const features::CustomerSummary s = test::loadCdnowSummary();
        const std::size_t n = s.size();
        std::vector<std::size_t> perm(n);
        std::iota(perm.begin(), perm.end(), std::size_t(0));
        std::shuffle(perm.begin(), perm.end(), std::mt19937(3));
        std::vector<double> x(n), tx(n), T(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = s.frequency[perm[i]];
            tx[i] = s.recency[perm[i]];
            T[i] = s.age[perm[i]];
        }
        const CollapsedRows a = collapseRows(s.frequency.data(), s.recency.data(), s.age.data(), n);
        const CollapsedRows b = collapseRows(x.data(), tx.data(), T.data(), n);
        QVERIFY(a.size() < n);
        QCOMPARE(a.x, b.x);
        QCOMPARE(a.tx, b.tx);
        QCOMPARE(a.T, b.T);
        QCOMPARE(a.weight, b.weight);
        QCOMPARE(a.totalWeight, double(n));
        QCOMPARE(std::accumulate(a.weight.begin(), a.weight.end(), 0.0), double(n));
        for (std::size_t i = 0; i < n; ++i) {
            QCOMPARE(b.rowOfInput[i], a.rowOfInput[perm[i]]);
            const std::uint32_t k = a.rowOfInput[i];
            QVERIFY(a.x[k] == s.frequency[i] && a.tx[k] == s.recency[i] && a.T[k] == s.age[i]);
        }
        // Distinct-value columns and (x, t) pairs point at the row's own values.
        for (std::size_t k = 0; k < a.size(); ++k) {
            QCOMPARE(a.xColumn.values[a.xColumn.index[k]], a.x[k]);
            QCOMPARE(a.txColumn.values[a.txColumn.index[k]], a.tx[k]);
            QCOMPARE(a.TColumn.values[a.TColumn.index[k]], a.T[k]);
            QCOMPARE(a.pairX[a.txPair[k]], a.x[k]);
            QCOMPARE(a.pairTime[a.txPair[k]], a.tx[k]);
            QCOMPARE(a.pairX[a.TPair[k]], a.x[k]);
            QCOMPARE(a.pairTime[a.TPair[k]], a.T[k]);
        }
        QVERIFY(std::is_sorted(a.xColumn.values.begin(), a.xColumn.values.end()));
        QVERIFY(std::adjacent_find(a.TColumn.values.begin(), a.TColumn.values.end()) == a.TColumn.values.end());
    }

    void spendRowsCollapseRepeatBuyers()
    {
        // Repeat buyers with equal (x, mean spend) share a row; one-time buyers are left out.
        const std::vector<double> x = {0, 2, 1, 2, 2, 0, 1};
        const std::vector<double> m = {0, 10.5, 3.0, 10.5, 7.0, 0, 3.0};
        const SpendRows rows = GammaGamma::collapse(x.data(), m.data(), x.size());
        QCOMPARE(rows.x, (std::vector<double>{1, 2, 2}));
        QCOMPARE(rows.m, (std::vector<double>{3.0, 7.0, 10.5}));
        QCOMPARE(rows.weight, (std::vector<double>{2, 1, 2}));
        QCOMPARE(rows.totalWeight, 5.0);
        QCOMPARE(rows.logM[2], std::log(10.5));
        QCOMPARE(rows.xColumn.values, (std::vector<double>{1, 2}));
        // The weighted likelihood equals the one over the five buyers, row by row.
        const double params[] = {6.25, 3.74, 15.44};
        double sum = 0.0;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i] > 0.0)
                sum += GammaGamma::logLikelihood(GammaGamma::collapse(&x[i], &m[i], 1), params, nullptr);
        QVERIFY(std::abs(GammaGamma::logLikelihood(rows, params, nullptr) - sum) < 1e-12 * std::abs(sum));
    }

    void predictionsEqualPerCustomerFormulas_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("bgnbd") << QStringLiteral("bgnbd");
        QTest::newRow("pnbd") << QStringLiteral("pnbd");
        QTest::newRow("mbgnbd") << QStringLiteral("mbgnbd");
    }

    void predictionsEqualPerCustomerFormulas()
    {
        // predict() shares work per unique row and per distinct (x, T); every
        // customer must still get exactly the single-customer formulas.
        QFETCH(QString, id);
        const features::CustomerSummary s = test::loadCdnowSummary();
        BtydModel model(id);
        TrainingData data;
        data.summary = &s;
        QVERIFY(model.fit(data, {}, pipeline::JobContext()).converged);
        PredictionInput input;
        input.summary = &s;
        input.horizon = 39.0;
        input.annualDiscountRate = 0.1;
        const Predictions p = model.predict(input);
        const TransactionModel &tm = *model.transactionModel();
        const double month = monthLength(TimeUnit::Week);
        const double rate = perPeriodRate(0.1, daysPerUnit(TimeUnit::Month));
        for (std::size_t i = 0; i < s.size(); i += 7) {
            const double x = s.frequency[i], tx = s.recency[i], T = s.age[i];
            QCOMPARE(p.pAlive[i], tm.probabilityAlive(x, tx, T));
            QCOMPARE(p.expectedPurchases[i], tm.conditionalExpectedPurchases(39.0, x, tx, T));
            QCOMPARE(p.churnProbability[i], tm.probabilityNoPurchase(39.0, x, tx, T));
            const double ltv = p.expectedSpend[i] * discountedPurchases(tm, x, tx, T, 39.0, month, rate);
            QVERIFY(std::abs(p.ltv[i] - ltv) <= 1e-12 * std::max(1.0, ltv));
        }
    }
};

QTEST_GUILESS_MAIN(TestBtydGrouping)
#include "tst_btyd_grouping.moc"
