// The data charts show exactly what they are given: calibration and tracking
// points, histogram bins (checked against an independent count), heatmap
// cells, bar values and the live loss lines.

#include "charts/BarChart.h"
#include "charts/CalibrationChart.h"
#include "charts/ChartExport.h"
#include "charts/HeatmapChart.h"
#include "charts/HistogramChart.h"
#include "charts/LineChart.h"
#include "charts/TrackingChart.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <random>

using namespace ltv;
using namespace ltv::ui::charts;

class TestDataCharts : public QObject
{
    Q_OBJECT
private slots:
    void calibrationPointsAreTheInput()
    {
        CalibrationData data;
        data.frequency = {0, 1, 2, 3, 4};
        data.actualMean = {0.23, 0.61, 1.2, 1.9, 2.6};
        data.predictedMean = {0.25, 0.58, 1.1, 2.0, std::nan("")};
        data.labels = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                       QStringLiteral("4+")};
        CalibrationChart chart;
        QVERIFY(chart.setData(data));
        const QList<QPointF> actual = chart.actualSeries()->points();
        QCOMPARE(actual.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(actual[i], QPointF(i, data.actualMean[static_cast<std::size_t>(i)]));
        // A missing prediction is left out, not drawn at 0.
        QCOMPARE(chart.predictedSeries()->count(), 4);
        QCOMPARE(chart.predictedSeries()->at(3), QPointF(3, 2.0));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories().last(), QStringLiteral("4+"));

        data.predictedMean.pop_back();
        QVERIFY(!chart.setData(data));
        QCOMPARE(chart.actualSeries()->count(), 0);
    }

    void trackingPointsAreTheInput()
    {
        TrackingData data;
        for (int w = 0; w < 20; ++w) {
            data.day.push_back(9862 + 7 * w);
            data.actual.push_back(10.0 * w + (w % 3));
            data.expected.push_back(10.2 * w);
        }
        data.calibrationEnd = 9862 + 7 * 12;
        TrackingChart chart;
        QVERIFY(chart.setData(data));
        QCOMPARE(chart.actualSeries()->count(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(chart.actualSeries()->at(i).x(), TrackingChart::msecsOfDay(data.day[static_cast<std::size_t>(i)]));
            QCOMPARE(chart.actualSeries()->at(i).y(), data.actual[static_cast<std::size_t>(i)]);
            QCOMPARE(chart.expectedSeries()->at(i).y(), data.expected[static_cast<std::size_t>(i)]);
        }
        QCOMPARE(chart.calibrationEndSeries()->count(), 2);
        QCOMPARE(chart.calibrationEndSeries()->at(0).x(), TrackingChart::msecsOfDay(*data.calibrationEnd));
    }

    void histogramBinsMatchAnIndependentCount()
    {
        std::mt19937 rng(5);
        std::lognormal_distribution<double> ltv(3.0, 1.2);
        std::vector<double> values;
        for (int i = 0; i < 5000; ++i)
            values.push_back(i % 10 == 0 ? 0.0 : ltv(rng));
        HistogramChart chart;
        chart.setBinCount(25);
        chart.setValues(values, QStringLiteral("Predicted LTV (USD)"));

        const HistogramBins &bins = chart.bins();
        QCOMPARE(bins.counts.size(), std::size_t{25});
        QCOMPARE(bins.edges.front(), 0.0);
        QCOMPARE(bins.edges.back(), *std::max_element(values.begin(), values.end()));
        long long total = 0;
        for (std::size_t b = 0; b < bins.counts.size(); ++b) {
            // Count independently with the edges.
            long long count = 0;
            for (double v : values) {
                const bool last = b + 1 == bins.counts.size();
                if (v >= bins.edges[b] && (v < bins.edges[b + 1] || (last && v <= bins.edges[b + 1])))
                    ++count;
            }
            QVERIFY2(std::abs(count - bins.counts[b]) <= 1, "bin counts agree up to an edge rounding");
            total += bins.counts[b];
        }
        QCOMPARE(total, 5000LL);
        // Outline: (edge0, 0), then two points per bin at its count, then (last edge, 0).
        const QList<QPointF> outline = chart.outlineSeries()->points();
        QCOMPARE(outline.size(), 2 * 25 + 2);
        QCOMPARE(outline[1], QPointF(bins.edges[0], static_cast<double>(bins.counts[0])));
        QCOMPARE(outline[50], QPointF(bins.edges[25], static_cast<double>(bins.counts[24])));

        // Mean and median markers at the independent values.
        double sum = 0;
        for (double v : values)
            sum += v;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const double median = (sorted[2499] + sorted[2500]) / 2.0;
        QVERIFY(std::abs(chart.meanSeries()->at(0).x() - sum / 5000.0) < 1e-9);
        QCOMPARE(chart.medianSeries()->at(0).x(), median);

        // Log scale: zeros are counted apart, the axis is logarithmic.
        chart.setLogScale(true);
        QCOMPARE(chart.bins().excluded, 500LL);
        long long placed = 0;
        for (long long c : chart.bins().counts)
            placed += c;
        QCOMPARE(placed, 4500LL);
        QVERIFY(qobject_cast<QLogValueAxis *>(chart.axes(Qt::Horizontal, chart.series().value(0)).value(0)));
        QVERIFY(chart.title().contains(QStringLiteral("500")));
    }

    void heatmapCellsFollowTheMatrix()
    {
        HeatmapData data;
        data.rowLabels = {QStringLiteral("High value"), QStringLiteral("Low value")};
        data.columnLabels = {QStringLiteral("Low risk"), QStringLiteral("Mid risk"), QStringLiteral("High risk")};
        data.values = {0.9, 0.5, 0.1, 0.7, std::nan(""), 0.0};
        data.decimals = 2;
        HeatmapChart chart;
        QVERIFY(chart.setData(data));
        QCOMPARE(chart.value(0, 0), 0.9);
        QCOMPARE(chart.value(1, 2), 0.0);
        QCOMPARE(chart.cellText(0, 1), QStringLiteral("0.50"));
        QCOMPARE(chart.cellText(1, 1), QString()); // no data, no text
        QCOMPARE(chart.scaleMinimum(), 0.0);
        QCOMPARE(chart.scaleMaximum(), 0.9);
        QVERIFY(chart.cellColor(0, 0).lightness() < chart.cellColor(0, 1).lightness());
        QVERIFY(chart.cellColor(0, 1).lightness() < chart.cellColor(1, 2).lightness());
        // The first row is at the top: the y axis lists labels bottom-up.
        auto *yAxis = qobject_cast<QCategoryAxis *>(chart.axes(Qt::Vertical).value(0));
        QVERIFY(yAxis);
        QCOMPARE(yAxis->categoriesLabels(), (QStringList{QStringLiteral("Low value"), QStringLiteral("High value")}));

        data.cellTexts = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
        QVERIFY(chart.setData(data));
        QCOMPARE(chart.cellText(1, 2), QStringLiteral("f"));
        data.values.pop_back();
        QVERIFY(!chart.setData(data));
        QCOMPARE(chart.data().rows(), 0);
    }

    void heatmapPaintsCellColours()
    {
        HeatmapData data;
        data.rowLabels = {QStringLiteral("r1"), QStringLiteral("r2")};
        data.columnLabels = {QStringLiteral("c1"), QStringLiteral("c2")};
        data.values = {1.0, 0.0, 0.0, 0.0};
        data.cellTexts = {QString(), QString(), QString(), QString()};
        HeatmapChart chart;
        chart.setData(data);
        const QSize size(600, 500);
        const QImage image = renderChartImage(&chart, size);
        // Lay out at the same size to find the plot area, then sample the cell centres.
        const QRectF plot = chart.plotArea();
        QVERIFY(!plot.isEmpty());
        const QPoint darkCell = QPointF(plot.left() + plot.width() * 0.25, plot.top() + plot.height() * 0.25).toPoint();
        const QPoint lightCell =
            QPointF(plot.left() + plot.width() * 0.75, plot.top() + plot.height() * 0.75).toPoint();
        QCOMPARE(QColor(image.pixel(darkCell)), ChartStyle::heatColor(1.0));
        QCOMPARE(QColor(image.pixel(lightCell)), ChartStyle::heatColor(0.0));
    }

    void barValuesAreTheInputInCategoryOrder()
    {
        BarData data;
        data.categories = {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary")};
        data.sets = {{QStringLiteral("Gain"), {0.5, 0.3, 0.2}}};
        data.horizontal = true;
        data.valueTitle = QStringLiteral("Share of total gain");
        BarChart chart;
        QVERIFY(chart.setData(data, QStringLiteral("Feature importance")));
        // Horizontal bars list the first category at the top, i.e. last on the axis.
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Vertical, chart.barSeries()).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories().last(), QStringLiteral("recency"));
        QCOMPARE(chart.barSet(0)->at(2), 0.5);
        QCOMPARE(chart.barSet(0)->at(0), 0.2);

        data.horizontal = false;
        data.sets.push_back({QStringLiteral("Other"), {1, 2, 3}});
        QVERIFY(chart.setData(data));
        QCOMPARE(chart.barSet(0)->at(0), 0.5);
        QCOMPARE(chart.barSet(1)->at(2), 3.0);
        QVERIFY(chart.legend()->isVisible());
        data.sets.back().values.pop_back();
        QVERIFY(!chart.setData(data));
    }

    void lossLinesGrowAndAxesFollow()
    {
        LineChart chart;
        chart.setAxisTitles(QStringLiteral("Epoch"), QStringLiteral("ZILN loss"));
        const int train = chart.addLine(QStringLiteral("Training"));
        const int valid = chart.addLine(QStringLiteral("Validation"));
        for (int epoch = 1; epoch <= 30; ++epoch) {
            chart.appendPoint(train, epoch, 5.0 / epoch + 1.0);
            chart.appendPoint(valid, epoch, 5.5 / epoch + 1.2);
        }
        chart.appendPoint(valid, 31, std::nan("")); // skipped
        QCOMPARE(chart.lineSeries(train)->count(), 30);
        QCOMPARE(chart.lineSeries(valid)->count(), 30);
        QCOMPARE(chart.lineSeries(train)->at(0), QPointF(1, 6.0));
        auto *x = qobject_cast<QValueAxis *>(chart.axes(Qt::Horizontal).value(0));
        auto *y = qobject_cast<QValueAxis *>(chart.axes(Qt::Vertical).value(0));
        QVERIFY(x->max() >= 30);
        QVERIFY(y->max() >= 6.7);
        QCOMPARE(y->min(), 0.0);
        chart.clearLines();
        QCOMPARE(chart.lineCount(), 0);
    }
};

QTEST_MAIN(TestDataCharts)
#include "tst_datacharts.moc"
