// Bar value labels: one precision per chart, in the interface's locale
// ("85.6" next to "4,280.9", never "85.584"), on vertical, horizontal and
// grouped bars; and the signed labels of the contribution chart.

#include "LanguageManager.h"
#include "charts/BarChart.h"
#include "charts/ContributionChart.h"

#include "charts/ChartExport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Feature names as long as the real ones, in English and Chinese.
QStringList longNames(const QString &language)
{
    if (language == QStringLiteral("zh_CN"))
        return {QStringLiteral("距最近一次购买的时间（周）= 1.86"),
                QStringLiteral("最近一年内两次购买之间的平均间隔（周）= 1.61"),
                QStringLiteral("购买间隔时间的方差 = 1.74"), QStringLiteral("总收入 = 1,747.58"),
                QStringLiteral("其他 8 个特征")};
    return {QStringLiteral("Time since the last purchase (weeks) = 1.86"),
            QStringLiteral("Mean time between purchases (weeks) = 1.61"),
            QStringLiteral("Variance of the time between purchases = 1.74"), QStringLiteral("Total revenue = 1,747.58"),
            QStringLiteral("8 other features")};
}

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

// A name as drawn is the whole name: its lines joined give it back (a wrap
// drops one space), with no ellipsis, inside the chart.
void checkWhole(const QString &name, const QStringList &lines, qreal left)
{
    QVERIFY2(lines.size() == 1 || lines.size() == 2, qPrintable(name));
    QCOMPARE(withoutSpaces(lines.join(QString())), withoutSpaces(name));
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(QChar(0x2026)) && !line.contains(QStringLiteral("...")), qPrintable(line));
        QVERIFY(!line.isEmpty());
    }
    QVERIFY2(left >= 0.0, qPrintable(QStringLiteral("%1 starts at x = %2").arg(name).arg(left)));
}
} // namespace

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

    void namesAreNeverCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (const QSize size : {QSize(420, 420), QSize(560, 260), QSize(700, 520), QSize(960, 600)})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height())))
                    << language << size;
        }
    }

    // The feature names of the contribution chart and the categories of a
    // horizontal bar chart are drawn whole at every size, on screen and in
    // the SVG export: wrapped onto two lines, or with a wider name column.
    void namesAreNeverCut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(LanguageManager::instance().setLanguage(language));
        const QStringList names = longNames(language);

        auto *contributions = new charts::ContributionChart;
        charts::ContributionData data;
        data.features = names;
        data.values = {19.84, 8.03, -5.19, 92.6, -2.5};
        QVERIFY(contributions->setData(data, QStringLiteral("title")));
        auto *bars = new charts::BarChart;
        charts::BarData barData;
        barData.categories = names;
        barData.sets = {{QStringLiteral("value"), {3.0, 2.0, 1.5, 4.0, 0.5}}};
        barData.horizontal = true;
        barData.categoryTitle = QStringLiteral("Feature");
        QVERIFY(bars->setData(barData, QStringLiteral("title")));
        QGraphicsScene scene;
        scene.addItem(contributions);
        scene.addItem(bars);
        for (QChart *chart : {static_cast<QChart *>(contributions), static_cast<QChart *>(bars)}) {
            chart->resize(size);
            chart->layout()->activate();
            QCoreApplication::processEvents();
        }
        bool wrapped = false;
        for (int i = 0; i < names.size(); ++i) {
            checkWhole(names.at(i), contributions->drawnName(i), contributions->namesLeft());
            checkWhole(names.at(i), bars->drawnCategory(i), bars->categoriesLeft());
            wrapped = wrapped || contributions->drawnName(i).size() == 2;
        }
        // The plot keeps room for its bars.
        QVERIFY(contributions->plotArea().width() > 0.25 * size.width());
        QVERIFY(bars->plotArea().width() > 0.25 * size.width());
        // The narrowest chart with room for two lines wraps the long names.
        if (size == QSize(420, 420))
            QVERIFY(wrapped);

        // The export draws the same whole names.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contributions.svg"));
        QVERIFY(charts::saveChartSvg(contributions, path, size));
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svg.readAll());
        QVERIFY(!svgText.contains(QChar(0x2026)));
        // Text runs in drawing order (a line splits where the font changes).
        QString drawn;
        const QRegularExpression run(QStringLiteral(">([^<]+)<"));
        for (auto it = run.globalMatch(svgText); it.hasNext();)
            drawn += it.next().captured(1);
        drawn = withoutSpaces(drawn);
        for (const QString &name : names)
            QVERIFY2(drawn.contains(withoutSpaces(name)), qPrintable(name));
    }
};

QTEST_MAIN(TestBarLabels)
#include "tst_barlabels.moc"
