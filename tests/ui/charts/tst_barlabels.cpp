// Bar value labels: one precision per chart, in the interface's locale
// ("85.6" next to "4,280.9", never "85.584"), on vertical, horizontal and
// grouped bars; and the signed labels of the contribution chart.

#include "LanguageManager.h"
#include "charts/BarChart.h"
#include "charts/ContributionChart.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QTest>

using namespace ltv::ui;

class TestBarLabels : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void oneChartOnePrecision_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("horizontal");
        QTest::newRow("English, vertical") << QStringLiteral("en") << false;
        QTest::newRow("English, horizontal") << QStringLiteral("en") << true;
        QTest::newRow("Chinese, vertical") << QStringLiteral("zh_CN") << false;
    }

    void oneChartOnePrecision()
    {
        QFETCH(QString, language);
        QFETCH(bool, horizontal);
        QVERIFY(LanguageManager::instance().setLanguage(language));
        charts::BarChart chart;
        charts::BarData data;
        data.categories = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        data.sets = {{QStringLiteral("value"), {85.584, 4280.9, -3.0}},
                     {QStringLiteral("other"), {0.04, 12345.678, 7.25}}};
        data.decimals = 1;
        data.horizontal = horizontal;
        QVERIFY(chart.setData(data));
        // Both locales group thousands with a comma and use a decimal point.
        QCOMPARE(chart.valueLabel(0, 0), QStringLiteral("85.6"));
        QCOMPARE(chart.valueLabel(0, 1), QStringLiteral("4,280.9"));
        QCOMPARE(chart.valueLabel(0, 2), QStringLiteral("-3.0"));
        QCOMPARE(chart.valueLabel(1, 0), QStringLiteral("0.0"));
        QCOMPARE(chart.valueLabel(1, 1), QStringLiteral("12,345.7"));
        QCOMPARE(chart.valueLabel(1, 2), QStringLiteral("7.3"));
        QCOMPARE(chart.valueLabel(2, 0), QString()); // no such set
        // Qt's own labels (significant digits) are off.
        QVERIFY(!chart.barSeries()->isLabelsVisible());
        // The bars keep their exact values.
        const QBarSet *first = chart.barSet(0);
        QCOMPARE(first->at(horizontal ? 2 : 0), 85.584);

        data.valueLabels = false;
        QVERIFY(chart.setData(data));
        QCOMPARE(chart.valueLabel(0, 1), QString());
    }

    void contributionLabelsAreSigned()
    {
        charts::ContributionChart chart;
        charts::ContributionData data;
        data.features = {QStringLiteral("frequency = 41"), QStringLiteral("tenure = 67.86"),
                         QStringLiteral("2 other features")};
        data.values = {1105.704, -14.7234, 0.0};
        data.decimals = 2;
        QVERIFY(chart.setData(data, QStringLiteral("title")));
        QCOMPARE(chart.barCount(), 3);
        QCOMPARE(chart.valueLabel(0), QStringLiteral("+1,105.70"));
        QCOMPARE(chart.valueLabel(1), QString(QChar(0x2212)) + QStringLiteral("14.72"));
        QCOMPARE(chart.barValue(0), 1105.704);
        QCOMPARE(chart.barValue(1), -14.7234);
        QVERIFY(chart.raises(0));
        QVERIFY(!chart.raises(1));
        QVERIFY(!chart.raises(2));
        // The first feature is drawn at the top: the last value of each set.
        QCOMPARE(chart.raisingSet()->at(2), 1105.704);
        QCOMPARE(chart.loweringSet()->at(1), -14.7234);
        QCOMPARE(chart.raisingSet()->at(1), 0.0);
        data.values.pop_back();
        QVERIFY(!chart.setData(data)); // one value per feature
        QCOMPARE(chart.barCount(), 0);
    }
};

QTEST_MAIN(TestBarLabels)
#include "tst_barlabels.moc"
