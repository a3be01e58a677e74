// Every chart rendered on the CDNOW demo data, in English and Chinese, as PNG
// files to look at (set LTV_CHART_GALLERY_DIR to keep them; otherwise they go
// to a temporary folder). Each image must have its size and real content.

#include "CdnowGalleryData.h"

#include "charts/BarChart.h"
#include "charts/CalibrationChart.h"
#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"
#include "charts/ConfusionMatrixChart.h"
#include "charts/DecileChart.h"
#include "charts/GainChart.h"
#include "charts/HeatmapChart.h"
#include "charts/HistogramChart.h"
#include "charts/LineChart.h"
#include "charts/RocChart.h"
#include "charts/ThresholdConfusionView.h"
#include "charts/TrackingChart.h"

#include "eval/Classification.h"
#include "eval/DecileTable.h"
#include "eval/GainCurve.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;
using namespace ltv::ui::charts;

namespace {

double inkShare(const QImage &image)
{
    const QRgb background = image.pixel(1, 1);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background ? 1 : 0;
    return static_cast<double>(ink) / (static_cast<double>(image.width()) * image.height() / 4.0);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(100.0 * share, 0, 'f', 0);
}

} // namespace

class TestChartGallery : public QObject
{
    Q_OBJECT
private:
    gallery::GalleryData data_;
    QTemporaryDir temporary_;
    QDir out_;

    void save(QChart *chart, const QString &name, QSize size = {})
    {
        if (size.isEmpty())
            size = qobject_cast<Chart *>(chart)->preferredExportSize();
        const QString path = out_.filePath(name);
        QString error;
        QVERIFY2(saveChartPng(chart, path, size, 1.5, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), size * 1.5);
        QVERIFY2(inkShare(image) > 0.01, qPrintable(name)); // not blank
    }

    HeatmapData activityMatrix(bool chinese) const
    {
        // Share of customers buying again in the holdout, by repeat purchases
        // and by weeks between first and last calibration purchase.
        HeatmapData h;
        constexpr int rows = 8, columns = 8;
        std::vector<double> active(rows * columns, 0), count(rows * columns, 0);
        for (const auto &c : data_.customers) {
            const int r = std::min(c.calibrationDays - 1, rows - 1);
            const int col = std::min(static_cast<int>(gallery::weeks(c.lastCalibration - c.first) / 5), columns - 1);
            const int row = rows - 1 - r; // most frequent at the top
            count[static_cast<std::size_t>(row * columns + col)] += 1;
            active[static_cast<std::size_t>(row * columns + col)] += c.holdoutDays > 0 ? 1 : 0;
        }
        for (int r = rows - 1; r >= 0; --r)
            h.rowLabels << (r == rows - 1 ? QStringLiteral("7+") : QString::number(r));
        for (int c = 0; c < columns; ++c)
            h.columnLabels << (c == columns - 1 ? QStringLiteral("35+")
                                                : QStringLiteral("%1–%2").arg(5 * c).arg(5 * c + 4));
        for (std::size_t i = 0; i < active.size(); ++i) {
            h.values.push_back(count[i] > 0 ? active[i] / count[i] : std::nan(""));
            h.cellTexts.push_back(count[i] > 0 ? QStringLiteral("%1\nn=%2").arg(percent(h.values.back())).arg(count[i])
                                               : QString());
        }
        h.minimum = 0.0;
        h.maximum = 1.0;
        h.decimals = 1;
        if (chinese) {
            h.rowTitle = QString::fromUtf8("校准期重复购买次数");
            h.columnTitle = QString::fromUtf8("首次与最后一次购买间隔（周）");
            h.valueTitle = QString::fromUtf8("留存期内再次购买的比例");
        } else {
            h.rowTitle = QStringLiteral("Repeat purchases (calibration)");
            h.columnTitle = QStringLiteral("Weeks between first and last purchase");
            h.valueTitle = QStringLiteral("Share buying again in the holdout");
        }
        return h;
    }

private slots:
    void initTestCase()
    {
        const QByteArray env = qgetenv("LTV_CHART_GALLERY_DIR");
        out_ = QDir(env.isEmpty() ? temporary_.path() : QString::fromLocal8Bit(env));
        QVERIFY(out_.mkpath(QStringLiteral(".")));
        data_ = gallery::buildGalleryData();
        // The demo is the CDNOW 1/10 sample: 2,357 customers.
        QCOMPARE(data_.customers.size(), std::size_t{2357});
        QVERIFY(data_.loss.back().training < data_.loss.front().training); // the regression learned
    }

    void rocAndConfusion()
    {
        RocChart roc;
        roc.setCurves({{QStringLiteral("Logistic regression"), eval::rocCurve(data_.churned, data_.logisticScore),
                        eval::rocAuc(data_.churned, data_.logisticScore)},
                       {QStringLiteral("Recency only"), eval::rocCurve(data_.churned, data_.recencyScore),
                        eval::rocAuc(data_.churned, data_.recencyScore)}},
                      QStringLiteral("Churn in the 39-week holdout: ROC curves"));
        save(&roc, QStringLiteral("charts-roc.png"));

        ThresholdConfusionView view;
        view.setData(data_.churned, data_.logisticScore, eval::chooseThreshold(data_.churned, data_.logisticScore, {}),
                     QStringLiteral("Churned"), QStringLiteral("Active"));
        view.resize(720, 620);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        save(view.chart(), QStringLiteral("charts-confusion.png"));
        const QImage widget = view.grab().toImage();
        QVERIFY(widget.save(out_.filePath(QStringLiteral("charts-confusion-widget.png"))));
    }

    void decileAndGain()
    {
        DecileChart decile;
        decile.setTable(eval::decileTable(data_.actualSpend, data_.runRate),
                        QStringLiteral("Holdout spend per customer (USD)"),
                        QStringLiteral("Run-rate prediction: mean by decile"));
        save(&decile, QStringLiteral("charts-decile.png"));

        GainChart gain;
        gain.setCurves(
            {{QStringLiteral("Recency-decayed run rate"), eval::gainCurve(data_.actualSpend, data_.decayedRunRate)},
             {QStringLiteral("Run rate"), eval::gainCurve(data_.actualSpend, data_.runRate)}},
            QStringLiteral("Holdout spend captured"));
        save(&gain, QStringLiteral("charts-gain.png"));
        gain.setMode(GainChart::Mode::Lift);
        save(&gain, QStringLiteral("charts-lift.png"));
    }

    void calibrationAndTracking()
    {
        CalibrationData cal;
        constexpr int buckets = 8;
        std::vector<double> actual(buckets, 0), predicted(buckets, 0), count(buckets, 0);
        const double holdoutWeeks = gallery::weeks(data_.holdoutEnd - data_.calibrationEnd);
        for (const auto &c : data_.customers) {
            const int x = std::min(c.calibrationDays - 1, buckets - 1);
            const double age = std::max(1.0, gallery::weeks(data_.calibrationEnd - c.first + 1));
            actual[static_cast<std::size_t>(x)] += c.holdoutDays;
            predicted[static_cast<std::size_t>(x)] += (c.calibrationDays - 1) / age * holdoutWeeks;
            count[static_cast<std::size_t>(x)] += 1;
        }
        for (int x = 0; x < buckets; ++x) {
            cal.frequency.push_back(x);
            cal.actualMean.push_back(actual[static_cast<std::size_t>(x)] / count[static_cast<std::size_t>(x)]);
            cal.predictedMean.push_back(predicted[static_cast<std::size_t>(x)] / count[static_cast<std::size_t>(x)]);
            cal.labels << (x == buckets - 1 ? QStringLiteral("7+") : QString::number(x));
        }
        CalibrationChart calibration;
        QVERIFY(
            calibration.setData(cal, QStringLiteral("Run-rate baseline: holdout purchases by calibration frequency")));
        save(&calibration, QStringLiteral("charts-calibration.png"));

        TrackingData tracking;
        double a = 0, e = 0;
        for (std::size_t w = 0; w < data_.weekEnd.size(); ++w) {
            a += data_.actualWeekly[w];
            e += data_.expectedWeekly[w];
            tracking.day.push_back(data_.weekEnd[w]);
            tracking.actual.push_back(a);
            tracking.expected.push_back(e);
        }
        tracking.calibrationEnd = data_.calibrationEnd;
        TrackingChart chart;
        QVERIFY(chart.setData(tracking, {}, QStringLiteral("Cumulative repeat transactions, run-rate baseline")));
        save(&chart, QStringLiteral("charts-tracking.png"));
    }

    void histograms()
    {
        HistogramChart histogram;
        histogram.setValues(data_.runRate, QStringLiteral("Predicted 39-week spend (USD)"),
                            QStringLiteral("Distribution of predicted spend"));
        save(&histogram, QStringLiteral("charts-histogram.png"));
        histogram.setLogScale(true);
        save(&histogram, QStringLiteral("charts-histogram-log.png"));
    }

    void heatmaps()
    {
        HeatmapChart active;
        QVERIFY(active.setData(activityMatrix(false)));
        active.setTitle(QStringLiteral("Observed share active in the holdout"));
        save(&active, QStringLiteral("charts-heatmap-active.png"));

        // Value x risk: calibration spend terciles by weeks since the last purchase.
        std::vector<double> spend;
        for (const auto &c : data_.customers)
            spend.push_back(c.calibrationSpend);
        std::sort(spend.begin(), spend.end());
        const double low = spend[spend.size() / 3], high = spend[2 * spend.size() / 3];
        std::vector<double> n(9, 0), revenue(9, 0);
        for (const auto &c : data_.customers) {
            const int row = c.calibrationSpend >= high ? 0 : (c.calibrationSpend >= low ? 1 : 2);
            const double since = gallery::weeks(data_.calibrationEnd - c.lastCalibration);
            const int col = since < 8 ? 0 : (since < 24 ? 1 : 2);
            n[static_cast<std::size_t>(row * 3 + col)] += 1;
            revenue[static_cast<std::size_t>(row * 3 + col)] += c.holdoutSpend;
        }
        HeatmapData grid;
        grid.rowLabels = {QStringLiteral("High value"), QStringLiteral("Medium value"), QStringLiteral("Low value")};
        grid.columnLabels = {QStringLiteral("Low risk (< 8 weeks)"), QStringLiteral("Medium risk (8–23 weeks)"),
                             QStringLiteral("High risk (24+ weeks)")};
        grid.rowTitle = QStringLiteral("Calibration spend tercile");
        grid.columnTitle = QStringLiteral("Weeks since the last purchase");
        grid.valueTitle = QStringLiteral("Mean holdout spend (USD)");
        grid.decimals = 0;
        for (std::size_t i = 0; i < 9; ++i) {
            grid.values.push_back(n[i] > 0 ? revenue[i] / n[i] : std::nan(""));
            grid.cellTexts.push_back(
                QStringLiteral("%1 customers\n$%2 per customer").arg(n[i]).arg(grid.values.back(), 0, 'f', 0));
        }
        HeatmapChart valueRisk;
        QVERIFY(valueRisk.setData(grid));
        valueRisk.setTitle(QStringLiteral("Value × risk grid"));
        save(&valueRisk, QStringLiteral("charts-value-risk.png"));

        // Cohort retention by month of first purchase.
        const auto monthIndex = [](Day d) {
            const QDate date = QDate(1970, 1, 1).addDays(d);
            return (date.year() - 1997) * 12 + date.month() - 1;
        };
        const ltv::features::TransactionSet tx = ltv::pipeline::loadDemoTransactions();
        const std::vector<std::size_t> offsets = tx.customerOffsets();
        constexpr int cohorts = 3, months = 18;
        std::vector<double> size(cohorts, 0), activeIn(cohorts * months, 0);
        for (std::int32_t c = 0; c < tx.customerCount(); ++c) {
            const int cohort = monthIndex(tx.day[offsets[static_cast<std::size_t>(c)]]);
            size[static_cast<std::size_t>(cohort)] += 1;
            std::set<int> seen;
            for (std::size_t i = offsets[static_cast<std::size_t>(c)]; i < offsets[static_cast<std::size_t>(c) + 1];
                 ++i)
                seen.insert(monthIndex(tx.day[i]) - cohort);
            for (int m : seen)
                if (m < months)
                    activeIn[static_cast<std::size_t>(cohort * months + m)] += 1;
        }
        HeatmapData retention;
        retention.rowLabels = {QStringLiteral("Jan 1997"), QStringLiteral("Feb 1997"), QStringLiteral("Mar 1997")};
        for (int m = 0; m < months; ++m)
            retention.columnLabels << QString::number(m);
        for (int c = 0; c < cohorts; ++c)
            for (int m = 0; m < months; ++m) {
                const bool observed = c + m <= 17; // data ends June 1998
                const double share =
                    activeIn[static_cast<std::size_t>(c * months + m)] / size[static_cast<std::size_t>(c)];
                retention.values.push_back(observed && m > 0 ? 100.0 * share : std::nan(""));
            }
        retention.rowTitle = QStringLiteral("Cohort (month of first purchase)");
        retention.columnTitle = QStringLiteral("Months since the first purchase");
        retention.valueTitle = QStringLiteral("Customers buying (%)");
        retention.decimals = 1;
        HeatmapChart cohort;
        QVERIFY(cohort.setData(retention));
        cohort.setTitle(QStringLiteral("Cohort retention"));
        save(&cohort, QStringLiteral("charts-cohort.png"), QSize(1000, 420));
    }

    void barsAndLoss()
    {
        BarData segments;
        segments.categories = {QStringLiteral("Champions"), QStringLiteral("Loyal"),   QStringLiteral("Potential"),
                               QStringLiteral("New"),       QStringLiteral("At risk"), QStringLiteral("Hibernating"),
                               QStringLiteral("Lost")};
        // Sizes by recency and frequency rules on the demo.
        std::vector<double> sizes(7, 0);
        for (const auto &c : data_.customers) {
            const double since = gallery::weeks(data_.calibrationEnd - c.lastCalibration);
            const int x = c.calibrationDays - 1;
            const double age = gallery::weeks(data_.calibrationEnd - c.first);
            int s = 6;
            if (since < 8 && x >= 4)
                s = 0;
            else if (since < 16 && x >= 2)
                s = 1;
            else if (since < 16 && x == 1)
                s = 2;
            else if (age < 30 && x == 0)
                s = 3;
            else if (x >= 2)
                s = 4;
            else if (since < 30)
                s = 5;
            sizes[static_cast<std::size_t>(s)] += 1;
        }
        segments.sets = {{QStringLiteral("Customers"), sizes}};
        segments.valueTitle = QStringLiteral("Customers");
        segments.categoryTitle = QStringLiteral("Segment");
        BarChart bars;
        QVERIFY(bars.setData(segments, QStringLiteral("Customers per segment")));
        save(&bars, QStringLiteral("charts-segments-bar.png"));

        BarData importance;
        importance.horizontal = true;
        importance.categories = {QStringLiteral("Weeks since the last purchase"),
                                 QStringLiteral("Log calibration spend"), QStringLiteral("Repeat purchases")};
        importance.sets = {
            {QStringLiteral("|coefficient|"),
             {std::abs(data_.coefficients[0]), std::abs(data_.coefficients[2]), std::abs(data_.coefficients[1])}}};
        importance.valueTitle = QStringLiteral("Absolute standardised coefficient");
        importance.decimals = 2;
        BarChart features;
        QVERIFY(features.setData(importance, QStringLiteral("Feature importance (churn regression)")));
        save(&features, QStringLiteral("charts-feature-importance.png"));

        LineChart loss;
        loss.setTitle(QStringLiteral("Training progress"));
        loss.setAxisTitles(QStringLiteral("Epoch"), QStringLiteral("Log loss"));
        const int train = loss.addLine(QStringLiteral("Training"));
        const int valid = loss.addLine(QStringLiteral("Validation"));
        for (const auto &p : data_.loss) {
            loss.appendPoint(train, p.epoch, p.training);
            loss.appendPoint(valid, p.epoch, p.validation);
        }
        save(&loss, QStringLiteral("charts-loss.png"));
    }

    void chinese()
    {
        RocChart roc;
        roc.setCurves({{QString::fromUtf8("逻辑回归"), eval::rocCurve(data_.churned, data_.logisticScore),
                        eval::rocAuc(data_.churned, data_.logisticScore)},
                       {QString::fromUtf8("仅最近购买"), eval::rocCurve(data_.churned, data_.recencyScore),
                        eval::rocAuc(data_.churned, data_.recencyScore)}},
                      QString::fromUtf8("39 周留存期客户流失：ROC 曲线"));
        save(&roc, QStringLiteral("charts-roc-zh.png"));
        HeatmapChart active;
        QVERIFY(active.setData(activityMatrix(true)));
        active.setTitle(QString::fromUtf8("留存期内实际活跃比例"));
        save(&active, QStringLiteral("charts-heatmap-zh.png"));
    }

    void darkPanelOnScreen()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(50, 50, 50));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        const QPalette original = QApplication::palette();
        QApplication::setPalette(dark);
        auto *gain = new GainChart;
        gain->setCurves({{QStringLiteral("Run rate"), eval::gainCurve(data_.actualSpend, data_.runRate)}});
        ChartPanel panel(gain);
        panel.resize(820, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(gain->visualTheme(), VisualTheme::Dark);
        const QImage screen = panel.grab().toImage();
        QVERIFY(screen.save(out_.filePath(QStringLiteral("charts-dark-panel.png"))));
        // The export of the same chart is light.
        const QImage exported = renderChartImage(gain, QSize(820, 640));
        QCOMPARE(QColor(exported.pixel(3, 3)), ChartStyle::backgroundColor(VisualTheme::Light));
        QApplication::setPalette(original);
        // Back to the light palette: the panel follows.
        QTRY_COMPARE(gain->visualTheme(), VisualTheme::Light);
    }
};

QTEST_MAIN(TestChartGallery)
#include "tst_chartgallery.moc"
