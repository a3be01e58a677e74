// Data-quality report: missing values with each imputation, 3-sigma and IQR
// outliers with flag/cap/exclude, duplicates, non-positive amounts, future dates.

#include "features/DataQuality.h"
#include "pipeline/DemoData.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ltv;
using namespace ltv::features;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

// Customer a: amounts 10 (day 0), NaN (day 5), 30 (day 10), NaN (day 20, no later line).
// Customer b: 100 (day 3), 20 (day 4), 20 duplicate (day 4), 0 (day 6), return -5 (day 7).
TransactionSet withGaps()
{
    TransactionSet set;
    set.customerIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    set.attributeNames = {QStringLiteral("country")};
    set.attributeValues = {{QStringLiteral("DE"), QString(), QStringLiteral("FR")}};
    set.append(0, 0, 10.0, 1.0f, 1);
    set.append(0, 5, NaN, float(NaN), 1);
    set.append(0, 10, 30.0, 3.0f, 1);
    set.append(0, 20, NaN, 2.0f, -1);
    set.append(1, 3, 100.0, 1.0f, 2);
    set.append(1, 4, 20.0, 1.0f, 2);
    set.append(1, 4, 20.0, 1.0f, 2);
    set.append(1, 6, 0.0, 1.0f, 2);
    set.append(1, 7, -5.0, -1.0f, 2, -1, true);
    set.sortByCustomerAndDay();
    return set;
}

} // namespace

class TestDataQuality : public QObject
{
    Q_OBJECT
private slots:
    void missingValuesAndImputation_data()
    {
        QTest::addColumn<int>("imputation");
        QTest::addColumn<double>("line1");
        QTest::addColumn<double>("line3");
        QTest::addColumn<double>("quantity1");
        QTest::addColumn<qint64>("linesOut");
        // Known purchase amounts: 10, 30, 100, 20, 20, 0 -> mean 30, median 20.
        // Known purchase quantities: 1, 3, 2, 1, 1, 1, 1 -> mean 10/7, median 1.
        QTest::addColumn<QString>("said"); // how the report says what was done
        QTest::newRow("mean") << int(Imputation::Mean) << 30.0 << 30.0 << 10.0 / 7.0 << qint64(9)
                              << QStringLiteral("filled with the mean of the known purchases");
        QTest::newRow("median") << int(Imputation::Median) << 20.0 << 20.0 << 1.0 << qint64(9)
                                << QStringLiteral("filled with the median of the known purchases");
        // Day 5 between (0, 10) and (10, 30): 20; day 20 after the last known: 30. Quantity: 1 -> 3: 2.
        QTest::newRow("interpolate") << int(Imputation::Interpolate) << 20.0 << 30.0 << 2.0 << qint64(9)
                                     << QStringLiteral("interpolated between the customer's nearest known lines");
        QTest::newRow("none") << int(Imputation::None) << NaN << NaN << NaN << qint64(7)
                              << QStringLiteral("Lines with a missing amount or quantity removed");
    }
    void missingValuesAndImputation()
    {
        QFETCH(int, imputation);
        QFETCH(double, line1);
        QFETCH(double, line3);
        QFETCH(double, quantity1);
        QFETCH(qint64, linesOut);
        QFETCH(QString, said);
        QualityOptions options;
        options.imputation = Imputation(imputation);
        options.outlierRule = OutlierRule::None;
        const QualityResult r = checkQuality(withGaps(), options);
        QCOMPARE(r.report.column(QStringLiteral("amount"))->missing, 2);
        QCOMPARE(r.report.column(QStringLiteral("quantity"))->missing, 1);
        QCOMPARE(r.report.column(QStringLiteral("product"))->missing, 1);
        QCOMPARE(r.report.column(QStringLiteral("country"))->missing, 1);
        QCOMPARE(r.report.linesOut, linesOut);
        QCOMPARE(qint64(r.cleaned.size()), linesOut);
        const QStringList text = r.report.toText();
        QVERIFY2(text.first().contains(said), qPrintable(text.first()));
        if (options.imputation == Imputation::None) {
            QCOMPARE(r.report.missingRemoved, 2);
            QCOMPARE(r.cleaned.amount[1], 30.0);
            QVERIFY2(text.contains(QStringLiteral("Missing amounts: 2, their lines removed.")),
                     qPrintable(text.join(u'\n')));
            return;
        }
        QCOMPARE(r.report.column(QStringLiteral("amount"))->imputed, 2);
        QVERIFY(std::abs(r.cleaned.amount[1] - line1) < 1e-9);
        QVERIFY(std::abs(r.cleaned.amount[3] - line3) < 1e-9);
        QVERIFY(std::abs(double(r.cleaned.quantity[1]) - quantity1) < 1e-6);
        QVERIFY(r.report.toText().join(u'\n').contains(said));
        QVERIFY2(text.contains(QStringLiteral("Missing amounts: 2, filled in.")), qPrintable(text.join(u'\n')));
        QVERIFY(text.contains(QStringLiteral("Missing quantities: 1, filled in.")));
        QVERIFY(text.contains(QStringLiteral("Lines without a product: 1, kept.")));
        QVERIFY(text.contains(QStringLiteral("Customers with no country: 1, kept.")));
    }

    void duplicatesNonPositiveAndFuture()
    {
        QualityOptions options;
        options.outlierRule = OutlierRule::None;
        options.today = 6;
        QualityResult r = checkQuality(withGaps(), options);
        QCOMPARE(r.report.duplicates, 1);
        QCOMPARE(r.report.duplicatesRemoved, 0);
        QCOMPARE(r.report.futureDates, 3); // days 10, 20 and 7
        QCOMPARE(r.report.futureRemoved, 3);
        QCOMPARE(r.report.nonPositiveAmounts, 1); // the 0.0 purchase (the return does not count)
        QCOMPARE(r.report.linesOut, 6);
        QVERIFY(r.report.toText().contains(QStringLiteral("Lines dated after 1970-01-07: 3, removed.")));
        QVERIFY(r.report.toText().contains(QStringLiteral("Purchases with an amount of zero or less: 1, kept.")));
        QVERIFY(r.report.toText().contains(QStringLiteral("Duplicate lines: 1, kept.")));
        QVERIFY(r.report.options.describe().endsWith(
            QStringLiteral("; duplicate lines kept; lines dated after 1970-01-07 removed.")));

        options.dropDuplicates = true;
        options.dropFutureDates = false;
        r = checkQuality(withGaps(), options);
        QCOMPARE(r.report.duplicatesRemoved, 1);
        QCOMPARE(r.report.futureRemoved, 0);
        QCOMPARE(r.report.linesOut, 8);
        QCOMPARE(r.cleaned.customerIds.size(), 3);
        QVERIFY(r.report.options.describe().contains(QStringLiteral("duplicate lines removed, the first copy kept")));
        QVERIFY(r.report.toText().contains(QStringLiteral("Duplicate lines: 1, removed (the first copy kept).")));
        QVERIFY(r.report.options.describe().contains(QStringLiteral("lines dated after 1970-01-07 kept")));
        QVERIFY(r.report.toText().contains(QStringLiteral("Lines dated after 1970-01-07: 3, kept.")));
    }

    void iqrRuleWithEachAction()
    {
        // Purchase amounts 1..10 and 100: Q1 = 3.5, Q3 = 8.5, IQR = 5 -> bounds [-4, 16].
        TransactionSet set;
        set.customerIds = {QStringLiteral("a")};
        for (int i = 1; i <= 10; ++i)
            set.append(0, i, double(i));
        set.append(0, 11, 100.0);
        set.append(0, 12, -50.0, -1.0f, -1, -1, true); // returns are never outliers
        QualityOptions options;
        options.outlierRule = OutlierRule::Iqr;
        options.outlierAction = OutlierAction::Flag;
        QualityResult r = checkQuality(set, options);
        QCOMPARE(r.report.lowerBound, -4.0);
        QCOMPARE(r.report.upperBound, 16.0);
        QCOMPARE(r.report.outliers, 1);
        QCOMPARE(r.report.outlierLines, (std::vector<std::size_t>{10}));
        QCOMPARE(r.cleaned.amount[10], 100.0);
        // Amounts below zero are never tested, so only the upper limit is named.
        QVERIFY2(r.report.toText().contains(
                     QStringLiteral("Outlying purchase amounts (above 16.00): 1, flagged, not changed.")),
                 qPrintable(r.report.toText().join(u'\n')));
        QVERIFY(options.describe().contains(QStringLiteral(
            "purchase amounts more than 1.5 × IQR below the first or above the third quartile flagged, not "
            "changed")));

        options.outlierAction = OutlierAction::Cap;
        r = checkQuality(set, options);
        QCOMPARE(r.report.outliersCapped, 1);
        QCOMPARE(r.cleaned.amount[10], 16.0);
        QCOMPARE(r.cleaned.size(), std::size_t{12});
        QVERIFY(r.report.toText().contains(
            QStringLiteral("Outlying purchase amounts (above 16.00): 1, capped at the limit.")));
        QVERIFY(options.describe().contains(QStringLiteral("third quartile capped at that limit")));

        options.outlierAction = OutlierAction::Exclude;
        r = checkQuality(set, options);
        QCOMPARE(r.report.outliersRemoved, 1);
        QCOMPARE(r.cleaned.size(), std::size_t{11});
        QCOMPARE(r.cleaned.amount[10], -50.0);
        QVERIFY(r.report.toText().contains(
            QStringLiteral("Outlying purchase amounts (above 16.00): 1, their lines removed.")));
        QVERIFY(options.describe().contains(QStringLiteral(
            "purchase lines with an amount more than 1.5 × IQR below the first or above the third quartile removed")));
    }

    void threeSigmaRule()
    {
        // 20 values of 10 and one of 1000: mean 57.14..., population sd computed independently.
        TransactionSet set;
        set.customerIds = {QStringLiteral("a")};
        std::vector<double> values(20, 10.0);
        values.push_back(1000.0);
        for (std::size_t i = 0; i < values.size(); ++i)
            set.append(0, Day(i), values[i]);
        double mean = 0;
        for (const double v : values)
            mean += v / double(values.size());
        double var = 0;
        for (const double v : values)
            var += (v - mean) * (v - mean) / double(values.size());
        QualityOptions options;
        options.outlierRule = OutlierRule::ThreeSigma;
        options.outlierAction = OutlierAction::Cap;
        const QualityResult r = checkQuality(set, options);
        QVERIFY(std::abs(r.report.upperBound - (mean + 3 * std::sqrt(var))) < 1e-9);
        QCOMPARE(r.report.outliers, 1);
        QVERIFY(std::abs(r.cleaned.amount[20] - r.report.upperBound) < 1e-9);
        QVERIFY2(options.describe().contains(QStringLiteral(
                     "purchase amounts more than 3 standard deviations from the mean capped at that limit")),
                 qPrintable(options.describe()));
        options.sigmas = 5.0; // 1000 is within 5 sd of a 21-value sample
        QCOMPARE(checkQuality(set, options).report.outliers, 0);
    }

    void cdnowIsClean()
    {
        QualityOptions options;
        options.today = 10407; // 1998-06-30
        const QualityResult r = checkQuality(pipeline::loadDemoTransactions(), options);
        QCOMPARE(r.report.linesIn, 6919);
        QCOMPARE(r.report.column(QStringLiteral("amount"))->missing, 0);
        QCOMPARE(r.report.futureDates, 0);
        QVERIFY(r.report.outliers > 0); // CD orders have a long right tail
        QCOMPARE(r.report.linesOut, 6919);
        // The sample has no product column: the report says so instead of counting 6919 missing products.
        QVERIFY(!r.report.column(QStringLiteral("product"))->present);
        const QStringList text = r.report.toText();
        QVERIFY2(text.contains(QStringLiteral("Products: the data have no product column.")),
                 qPrintable(text.join(u'\n')));
        QVERIFY(text.contains(QStringLiteral("Lines checked: 6919; kept for the analysis: 6919.")));
        QVERIFY(text.contains(QStringLiteral("Lines dated after 1998-06-30: none.")));
        QVERIFY(!text.join(u'\n').contains(QStringLiteral("missing product")));
    }

    void emptyProject()
    {
        const QualityResult r = checkQuality(TransactionSet{}, QualityOptions{});
        QCOMPARE(r.report.linesIn, 0);
        QCOMPARE(r.report.linesOut, 0);
        QCOMPARE(r.report.outliers, 0);
        QVERIFY(r.report.toText().size() >= 4);
        QVERIFY(r.report.toText().contains(QStringLiteral("Outlying purchase amounts: none.")));
        QVERIFY(r.report.toText().contains(QStringLiteral("Dates in the future: not checked.")));
        QVERIFY(r.report.options.describe().endsWith(QStringLiteral("; dates not checked for being in the future.")));
    }

    void quantiles()
    {
        const std::vector<double> v{1, 2, 3, 4};
        QCOMPARE(quantileSorted(v, 0.5), 2.5);
        QCOMPARE(quantileSorted(v, 0.25), 1.75);
        QCOMPARE(quantileSorted(v, 1.0), 4.0);
    }
};

QTEST_GUILESS_MAIN(TestDataQuality)
#include "tst_dataquality.moc"
