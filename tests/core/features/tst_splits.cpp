// Calibration/holdout, shifted-window and customer splits: holdout labels on
// CDNOW against an independent computation from the raw file, and the promise
// that the shifted window's training data never sees the holdout.

#include "features/FeatureMatrixBuilder.h"
#include "features/Splits.h"
#include "pipeline/DemoData.h"

#include "IsoDay.h"

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace ltv;
using namespace ltv::features;
using ltv::test::isoDay;

namespace {

struct RawHoldout
{
    std::set<QByteArray> days;
    double revenue = 0.0;
};

// Reads the raw demo file with its own parser: sample id -> holdout purchase days and revenue,
// comparing the YYYYMMDD text directly (no day arithmetic shared with the code under test).
std::map<QString, RawHoldout> rawHoldout(const QByteArray &from, const QByteArray &to)
{
    std::map<QString, RawHoldout> result;
    for (const QByteArray &line : pipeline::demoDataBytes().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() != 5)
            continue;
        RawHoldout &h = result[QString::fromLatin1(f[1])]; // the id as the file writes it
        if (f[2] >= from && f[2] <= to) {
            h.days.insert(f[2]);
            h.revenue += f[4].toDouble();
        }
    }
    return result;
}

template <typename T> void compareColumns(const std::vector<T> &a, const std::vector<T> &b, const char *what)
{
    QVERIFY2(a == b, what);
}

void compareSummaries(const CustomerSummary &a, const CustomerSummary &b)
{
    QCOMPARE(a.asOf, b.asOf);
    compareColumns(a.customer, b.customer, "customer");
    compareColumns(a.frequency, b.frequency, "frequency");
    compareColumns(a.recency, b.recency, "recency");
    compareColumns(a.age, b.age, "age");
    compareColumns(a.monetary, b.monetary, "monetary");
    compareColumns(a.totalRevenue, b.totalRevenue, "totalRevenue");
    compareColumns(a.firstOrderValue, b.firstOrderValue, "firstOrderValue");
    compareColumns(a.returnValue, b.returnValue, "returnValue");
}

void compareLabels(const Labels &a, const Labels &b)
{
    compareColumns(a.customer, b.customer, "label customer");
    compareColumns(a.purchases, b.purchases, "label purchases");
    compareColumns(a.revenue, b.revenue, "label revenue");
    compareColumns(a.active, b.active, "label active");
    compareColumns(a.topValue, b.topValue, "label topValue");
}

} // namespace

class TestSplits : public QObject
{
    Q_OBJECT
private slots:
    void cdnowHoldoutLabelsMatchIndependentComputation()
    {
        const TransactionSet set = pipeline::loadDemoTransactions();
        const Day calEnd = isoDay("1997-09-30");
        const std::int32_t horizon = isoDay("1998-06-30") - calEnd; // 273 days = 39 weeks
        QCOMPARE(horizon, 273);
        const CalibrationHoldout split = calibrationHoldoutSplit(set, calEnd, horizon, {}, 0.1);
        QCOMPARE(split.holdout.size(), std::size_t{2357});
        QCOMPARE(split.holdout.customer, split.calibration.customer);

        const auto raw = rawHoldout("19971001", "19980630");
        double totalPurchases = 0.0;
        int active = 0;
        std::vector<double> revenues;
        for (std::size_t r = 0; r < split.holdout.size(); ++r) {
            const QString id = set.customerIds[split.holdout.customer[r]];
            const RawHoldout &h = raw.at(id);
            QCOMPARE(split.holdout.purchases[r], double(h.days.size()));
            QVERIFY2(std::abs(split.holdout.revenue[r] - h.revenue) < 1e-6, qPrintable(id));
            QCOMPARE(split.holdout.active[r], std::uint8_t(h.days.empty() ? 0 : 1));
            totalPurchases += split.holdout.purchases[r];
            active += split.holdout.active[r];
            revenues.push_back(h.revenue);
        }
        QVERIFY(totalPurchases > 1000);
        QVERIFY(active > 0 && active < 2357);

        // Top 10 %: ceil(235.7) = 236 customers by holdout revenue (plus ties at the threshold).
        std::vector<double> sorted = revenues;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        const double threshold = sorted[235];
        std::size_t expectedTop = 0, flagged = 0;
        for (std::size_t r = 0; r < revenues.size(); ++r) {
            const bool top = revenues[r] >= threshold - 1e-9 && revenues[r] > 0;
            expectedTop += top ? 1 : 0;
            flagged += split.holdout.topValue[r];
            QCOMPARE(bool(split.holdout.topValue[r]), top);
        }
        QCOMPARE(flagged, expectedTop);
        QVERIFY(flagged >= 236 && flagged < 240);
        QVERIFY(split.protocol.describe().contains(QStringLiteral("1997-10-01")));
        QVERIFY(split.protocol.describe().contains(QStringLiteral("1998-06-30")));
    }

    void horizonLabelsCountReturnsAndMergeDays()
    {
        TransactionSet set;
        set.customerIds = {QStringLiteral("a"), QStringLiteral("b")};
        set.append(0, 10, 5.0);
        set.append(0, 21, 10.0);
        set.append(0, 21, 2.0);
        set.append(0, 25, -4.0, -1.0f, -1, -1, true);
        set.append(0, 30, 6.0);
        set.append(0, 31, 100.0); // after the window
        set.append(1, 10, 1.0);
        const Labels l = horizonLabels(set, {0, 1}, 20, 30, 0.5);
        QCOMPARE(l.purchases, (std::vector<double>{2.0, 0.0}));
        QCOMPARE(l.revenue, (std::vector<double>{14.0, 0.0}));
        QCOMPARE(l.active, (std::vector<std::uint8_t>{1, 0}));
        QCOMPARE(l.topValue, (std::vector<std::uint8_t>{1, 0}));
    }

    void shiftedWindowTrainingIgnoresHoldout()
    {
        const TransactionSet original = pipeline::loadDemoTransactions();
        const Day calEnd = isoDay("1997-09-30");
        const std::int32_t horizon = 91;
        const ShiftedWindow a = shiftedWindowSplit(original, calEnd, horizon);
        QCOMPARE(a.protocol.trainingAsOf(), calEnd - horizon);
        QCOMPARE(a.training.asOf, calEnd - horizon);
        QCOMPARE(a.prediction.asOf, calEnd);

        // Rewrite the holdout: drop every other holdout line, double the rest, add purchases
        // for existing customers and a brand-new customer.
        TransactionSet changed;
        changed.customerIds = original.customerIds;
        changed.customerIds << QStringLiteral("new");
        bool drop = false;
        for (std::size_t i = 0; i < original.size(); ++i) {
            if (original.day[i] <= calEnd) {
                changed.append(original.customer[i], original.day[i], original.amount[i], original.quantity[i]);
                continue;
            }
            drop = !drop;
            if (!drop)
                changed.append(original.customer[i], original.day[i], original.amount[i] * 2.0, original.quantity[i]);
        }
        for (std::int32_t c = 0; c < original.customerCount(); c += 7)
            changed.append(c, calEnd + 1 + c % 60, 55.0);
        changed.append(changed.customerCount() - 1, calEnd + 3, 10.0);
        changed.sortByCustomerAndDay();

        const ShiftedWindow b = shiftedWindowSplit(changed, calEnd, horizon);
        compareSummaries(a.training, b.training);
        compareLabels(a.trainingLabels, b.trainingLabels);
        compareSummaries(a.prediction, b.prediction);
        const FeatureMatrix fa = buildFeatureMatrix(original, a.training);
        const FeatureMatrix fb = buildFeatureMatrix(changed, b.training);
        QCOMPARE(fa.columns, fb.columns);
        QCOMPARE(fa.customer, fb.customer);
        QVERIFY(fa.values == fb.values);
        // The change is real: the evaluation labels moved.
        QVERIFY(a.predictionLabels.revenue != b.predictionLabels.revenue);
    }

    void customerSplitIsSeededAndDisjoint()
    {
        const CustomerSplit s1 = customerSplit(1000, 0.25, 7);
        const CustomerSplit s2 = customerSplit(1000, 0.25, 7);
        const CustomerSplit s3 = customerSplit(1000, 0.25, 8);
        QCOMPARE(s1.testRows.size(), std::size_t{250});
        QCOMPARE(s1.trainRows.size(), std::size_t{750});
        QCOMPARE(s1.testRows, s2.testRows);
        QVERIFY(s1.testRows != s3.testRows);
        std::set<std::size_t> all(s1.testRows.begin(), s1.testRows.end());
        all.insert(s1.trainRows.begin(), s1.trainRows.end());
        QCOMPARE(all.size(), std::size_t{1000});
        QCOMPARE(s1.protocol.kind, SplitKind::CustomerSplit);
        QVERIFY(s1.protocol.describe().contains(QStringLiteral("25 %")));
        QVERIFY(s1.protocol.describe().contains(QStringLiteral("seed 7")));
    }

    void selectRowsKeepsAlignment()
    {
        const TransactionSet set = pipeline::loadDemoTransactions();
        const CalibrationHoldout split = calibrationHoldoutSplit(set, isoDay("1997-09-30"), 273);
        const CustomerSplit cs = customerSplit(split.calibration.size(), 0.2, 1, split.protocol);
        const CustomerSummary test = selectRows(split.calibration, cs.testRows);
        const Labels testLabels = selectRows(split.holdout, cs.testRows);
        QCOMPARE(test.customer, testLabels.customer);
        QCOMPARE(test.frequency[3], split.calibration.frequency[cs.testRows[3]]);
        QCOMPARE(cs.protocol.calibrationEnd, isoDay("1997-09-30"));
    }
};

QTEST_GUILESS_MAIN(TestSplits)
#include "tst_splits.moc"
