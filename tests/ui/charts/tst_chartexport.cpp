// Chart export: PNG at 1x and 2x, SVG, PDF (text checked with pdftotext),
// the clipboard, the light theme of exports, and the chart panel's actions.

#include "charts/ChartExport.h"
#include "charts/ChartPanel.h"
#include "charts/ChartStyle.h"
#include "charts/RocChart.h"

#include "TestSupport.h"

#include <QAction>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ltv;
using namespace ltv::ui::charts;

namespace {

std::unique_ptr<RocChart> makeChart(const QString &title)
{
    auto chart = std::make_unique<RocChart>();
    const std::vector<std::uint8_t> labels = {1, 0, 1, 1, 0, 0, 1, 0};
    const std::vector<double> scores = {0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.35, 0.1};
    chart->setCurves({{QStringLiteral("Model"), eval::rocCurve(labels, scores), eval::rocAuc(labels, scores)}}, title);
    return chart;
}

// Share of pixels that are not the background: a blank render has none.
double inkShare(const QImage &image)
{
    const QRgb background = ChartStyle::backgroundColor(VisualTheme::Light).rgb();
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background ? 1 : 0;
    return static_cast<double>(ink) / (static_cast<double>(image.width()) * image.height() / 4.0);
}

QString pdfText(const QString &path)
{
    const auto result = ltv::test::runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    // NFKC folds the ligatures (fi, fl) the PDF text layer may contain.
    return result.out.normalized(QString::NormalizationForm_KC);
}

bool hasSvgRoot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == u"svg" && !xml.hasError();
    }
    return false;
}

bool wholeSvgParses(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void pngAtOneAndTwoTimes()
    {
        QTemporaryDir dir;
        auto chart = makeChart(QStringLiteral("ROC of the test model"));
        const QSize size(800, 600);
        QString error;
        QVERIFY2(saveChartPng(chart.get(), dir.filePath(QStringLiteral("a.png")), size, 1.0, &error),
                 qPrintable(error));
        QVERIFY2(saveChartPng(chart.get(), dir.filePath(QStringLiteral("sub/b.png")), size, 2.0, &error),
                 qPrintable(error));
        const QImage one(dir.filePath(QStringLiteral("a.png")));
        const QImage two(dir.filePath(QStringLiteral("sub/b.png")));
        QVERIFY(!one.isNull());
        QVERIFY(!two.isNull());
        QCOMPARE(one.size(), size);
        QCOMPARE(two.size(), size * 2);
        QVERIFY(inkShare(one) > 0.02);
        QVERIFY(inkShare(two) > 0.02);
        // The 2x image is the same drawing, twice as sharp: downscaled it is close to the 1x one.
        const QImage down = two.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QVERIFY(std::abs(inkShare(down) - inkShare(one)) < 0.08);
    }

    void svgIsXmlWithSvgRoot()
    {
        QTemporaryDir dir;
        auto chart = makeChart(QStringLiteral("SVG title"));
        const QString path = dir.filePath(QStringLiteral("c.svg"));
        QString error;
        QVERIFY2(saveChartSvg(chart.get(), path, QSize(700, 500), &error), qPrintable(error));
        QVERIFY(hasSvgRoot(path));
        QVERIFY(wholeSvgParses(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("SVG title"));
        QVERIFY(svg.contains("viewBox=\"0 0 700 500\""));
    }

    void pdfHasTheTitleAsText()
    {
        QTemporaryDir dir;
        auto chart = makeChart(QStringLiteral("Churn classifier ROC"));
        const QString path = dir.filePath(QStringLiteral("d.pdf"));
        QString error;
        QVERIFY2(saveChartPdf(chart.get(), path, QSize(760, 680), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Churn classifier ROC")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("False positive rate")));
        QVERIFY(text.contains(QStringLiteral("AUC")));
    }

    void chineseTitleSurvivesPdf()
    {
        QTemporaryDir dir;
        const QString title = QString::fromUtf8("客户流失模型的 ROC 曲线");
        auto chart = makeChart(title);
        const QString path = dir.filePath(QStringLiteral("zh.pdf"));
        QVERIFY(saveChartPdf(chart.get(), path, QSize(760, 680)));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QString::fromUtf8("客户流失模型")), qPrintable(text));
    }

    void exportsAreLightAndRestoreTheTheme()
    {
        auto chart = makeChart(QStringLiteral("Dark on screen"));
        chart->setVisualTheme(VisualTheme::Dark);
        const QImage image = renderChartImage(chart.get(), QSize(600, 400), 1.0);
        // Corners are the chart background: white in the export.
        QCOMPARE(QColor(image.pixel(2, 2)), ChartStyle::backgroundColor(VisualTheme::Light));
        QCOMPARE(QColor(image.pixel(597, 397)), ChartStyle::backgroundColor(VisualTheme::Light));
        QCOMPARE(chart->visualTheme(), VisualTheme::Dark);
        QCOMPARE(chart->backgroundBrush().color(), ChartStyle::backgroundColor(VisualTheme::Dark));
        QCOMPARE(chart->scene(), nullptr); // the temporary scene is gone
    }

    void panelExportKeepsTheViewIntact()
    {
        QTemporaryDir dir;
        ChartPanel panel(makeChart(QStringLiteral("In a panel")).release());
        panel.resize(500, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QRectF before = panel.chart()->geometry();
        panel.setExportSize(QSize(900, 700));
        QSignalSpy spy(&panel, &ChartPanel::exported);
        for (const QString &name : {QStringLiteral("p.png"), QStringLiteral("p.svg"), QStringLiteral("p.pdf")}) {
            QString error;
            QVERIFY2(panel.exportTo(dir.filePath(name), 2.0, &error), qPrintable(error));
        }
        QCOMPARE(spy.count(), 3);
        QCOMPARE(QImage(dir.filePath(QStringLiteral("p.png"))).size(), QSize(1800, 1400));
        QVERIFY(hasSvgRoot(dir.filePath(QStringLiteral("p.svg"))));
        QVERIFY(pdfText(dir.filePath(QStringLiteral("p.pdf"))).contains(QStringLiteral("In a panel")));
        QCOMPARE(panel.chart()->geometry(), before);
        QString error;
        QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("p.bmpx")), 1.0, &error));
        QVERIFY(!error.isEmpty());
    }

    void panelMenuHasEveryExport()
    {
        ChartPanel panel(makeChart(QStringLiteral("Menu")).release());
        QStringList names;
        const auto actions = panel.exportMenu()->actions();
        for (const QAction *action : actions)
            if (!action->isSeparator())
                names << action->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("savePng"), QStringLiteral("savePng2x"), QStringLiteral("saveSvg"),
                                     QStringLiteral("savePdf"), QStringLiteral("copyChart")}));
        for (const QAction *action : actions)
            if (!action->isSeparator())
                QVERIFY(!action->text().isEmpty());
    }

    void copyPutsTheImageOnTheClipboard()
    {
        auto chart = makeChart(QStringLiteral("Clipboard"));
        QGuiApplication::clipboard()->clear();
        copyChartToClipboard(chart.get(), QSize(400, 300), 2.0);
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(800, 600));
        QVERIFY(inkShare(image.convertToFormat(QImage::Format_RGB32)) > 0.02);
    }

    void paletteIsOkabeIto()
    {
        QCOMPARE(ChartStyle::paletteSize(), 7);
        QCOMPARE(ChartStyle::seriesColor(0), QColor(0, 114, 178));
        QCOMPARE(ChartStyle::seriesColor(1), QColor(230, 159, 0));
        QCOMPARE(ChartStyle::seriesColor(7), ChartStyle::seriesColor(0));
        // The heat ramp darkens monotonically (readable in grey scale).
        int previous = 256;
        for (int i = 0; i <= 20; ++i) {
            const int lightness = ChartStyle::heatColor(i / 20.0).lightness();
            QVERIFY(lightness < previous);
            previous = lightness;
        }
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
