// The LTV report: the PDF holds the expected sections and core's numbers (read
// back with pdftotext), the HTML folder has index.html and real chart images,
// and a cancelled report leaves no file behind.

#include "TestSupport.h"

#include "pipeline/Analysis.h"
#include "pipeline/DemoProject.h"
#include "report/ReportBuilder.h"
#include "report/ReportHtml.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace ltv;

namespace {

pipeline::AnalysisSettings cdnowSettings()
{
    pipeline::AnalysisSettings s;
    Day end = 0;
    dayFromIso(QStringLiteral("1997-09-30"), &end);
    s.calibrationEnd = end;
    s.horizonDays = 273; // 39 weeks
    // The shifted window would start before the data: the ML models train on a customer split.
    s.protocol = pipeline::TrainingProtocol::CustomerSplit;
    return s;
}

QString pdfText(const QString &path)
{
    const auto r =
        test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    return r.exitCode == 0 ? r.out : QString();
}

// Distinct colours in a coarse sample of the image: a blank or one-colour
// image has very few.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

// Files left in a folder, recursively.
QStringList filesIn(const QString &dir)
{
    QStringList files;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &e : entries)
        files << (e.isDir() ? filesIn(e.absoluteFilePath()) : QStringList{e.absoluteFilePath()});
    return files;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        projectPath_ = dir_.filePath(QStringLiteral("demo.ltv"));
        pipeline::buildDemoProject(projectPath_, pipeline::JobContext());
        const features::TransactionSet set = store::Project::open(projectPath_, false).loadTransactionSet();
        QCOMPARE(set.customerCount(), 2357);
        analysis_ = pipeline::runAnalysis(set, cdnowSettings(), pipeline::JobContext());
        QCOMPARE(analysis_->evaluation.leaderboard.rows.size(), std::size_t{4});
    }

    void pdfHasSectionsAndCoreNumbers()
    {
        ui::report::ReportSettings settings;
        settings.analysis = cdnowSettings();
        settings.pdfPath = dir_.filePath(QStringLiteral("out/report.pdf"));
        const auto output =
            ui::report::writeReport(*analysis_, QStringLiteral("demo.ltv"), settings, pipeline::JobContext());
        QCOMPARE(output.pdfPath, QFileInfo(settings.pdfPath).absoluteFilePath());
        QVERIFY(QFile::exists(settings.pdfPath));
        const QString text = pdfText(settings.pdfPath);
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the report");
        for (const char *title :
             {"Customer lifetime value report", "Data summary and quality", "Model leaderboard", "Highlights",
              "Key charts", "ROC curves of the churn predictions", "Predicted and actual value by decile",
              "Cumulative gain", "Predicted LTV", "Segments and actions", "Budget plan", "Settings"})
            QVERIFY2(text.contains(QString::fromUtf8(title)), title);
        // The published size of the CDNOW sample, grouped as on the title page.
        QVERIFY(text.contains(QStringLiteral("2,357")));
        QVERIFY(text.contains(QStringLiteral("6,919")));
        // Every fitted model is named, with its churn AUC as core computed it.
        for (const eval::LeaderboardRow &row : analysis_->evaluation.leaderboard.rows) {
            QVERIFY2(text.contains(row.displayName), qPrintable(row.displayName));
            const QString auc = QString::number(row.churn.auc, 'f', 3);
            QVERIFY2(text.contains(auc), qPrintable(row.displayName + QStringLiteral(" AUC ") + auc));
        }
        QVERIFY(text.contains(QStringLiteral("1997-09-30")));
        // Title page, data, leaderboard, four charts on two pages each, segments, budget, settings.
        const auto pages = test::runProgram(QStringLiteral("pdfinfo"), {settings.pdfPath});
        QVERIFY(pages.out.contains(QStringLiteral("Pages:")));
    }

    // The quality section says in words what each cleaning option did (not the CLI's option names), and its
    // findings say what became of each one; the demo sample has no product column and the report says so.
    void qualitySectionSaysWhatEachOptionDid()
    {
        const features::QualityReport &q = analysis_->quality;
        QVERIFY(q.outliers > 0 && q.lowerBound < 0.0); // CD orders: a long right tail, IQR limit below zero
        const QString html = ui::report::reportHtml(
            *analysis_, {}, {QStringLiteral("t"), QStringLiteral("demo.ltv"), QDateTime::currentDateTime()});
        const qsizetype from = html.indexOf(QStringLiteral("Quality check"));
        QVERIFY(from > 0);
        const QString section = html.mid(from, html.indexOf(QStringLiteral("</ul>"), from) - from);
        const QStringList said{
            // The options: imputation, outlier rule with its action, duplicates, future dates.
            QStringLiteral("<li>Missing amounts and quantities filled with the median of the known purchases; "),
            QStringLiteral("; purchase amounts more than 1.5 × IQR below the first or above the third quartile "
                           "flagged, not changed; "),
            QStringLiteral("; duplicate lines kept; "),
            QStringLiteral("; dates not checked for being in the future.</li>"),
            // What each did.
            QStringLiteral("<li>Lines checked: 6919; kept for the analysis: 6919.</li>"),
            QStringLiteral("<li>Missing amounts: none.</li>"),
            QStringLiteral("<li>Products: the data have no product column.</li>"),
            QStringLiteral("<li>Outlying purchase amounts (above %1): %2, flagged, not changed.</li>")
                .arg(q.upperBound, 0, 'f', 2)
                .arg(q.outliers),
            q.duplicates == 0 ? QStringLiteral("<li>Duplicate lines: none.</li>")
                              : QStringLiteral("<li>Duplicate lines: %1, kept.</li>").arg(q.duplicates),
            QStringLiteral("<li>Dates in the future: not checked.</li>"),
        };
        for (const QString &s : said)
            QVERIFY2(section.contains(s), qPrintable(s + QStringLiteral("\n---\n") + section));
        for (const char *code : {"imputation median", "-&gt; flag", "(imputed", "missing product", "capped 0"})
            QVERIFY2(!html.contains(QString::fromUtf8(code)), code);

        // The PDF shows the same sentences (line breaks and the font's fi/fl ligatures aside).
        ui::report::ReportSettings settings;
        settings.analysis = cdnowSettings();
        settings.pdfPath = dir_.filePath(QStringLiteral("quality/report.pdf"));
        const auto output =
            ui::report::writeReport(*analysis_, QStringLiteral("demo.ltv"), settings, pipeline::JobContext());
        const QString text = pdfText(output.pdfPath).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(text.contains(QStringLiteral("third quartile flagged, not changed; duplicate lines kept;")),
                 qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("Products: the data have no product column.")));
    }

    void htmlFolderHasIndexAndChartImages()
    {
        ui::report::ReportSettings settings;
        settings.analysis = cdnowSettings();
        settings.htmlDir = dir_.filePath(QStringLiteral("html"));
        const auto output =
            ui::report::writeReport(*analysis_, QStringLiteral("demo.ltv"), settings, pipeline::JobContext());
        QVERIFY(output.pdfPath.isEmpty());
        QVERIFY(QFile::exists(output.htmlIndex));
        QFile index(output.htmlIndex);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        QVERIFY(html.contains(QStringLiteral("Model leaderboard")));
        QVERIFY(html.contains(QStringLiteral("2,357")));
        const QStringList expected{QStringLiteral("roc.png"), QStringLiteral("deciles.png"), QStringLiteral("gain.png"),
                                   QStringLiteral("ltv-histogram.png"), QStringLiteral("segments.png")};
        QCOMPARE(output.chartFiles.size(), expected.size());
        for (const QString &name : expected) {
            const QString path = QDir(settings.htmlDir).filePath(QStringLiteral("charts/") + name);
            QVERIFY2(output.chartFiles.contains(path), qPrintable(path));
            QVERIFY2(html.contains(QStringLiteral("src=\"charts/") + name + QLatin1Char('"')), qPrintable(name));
            QImage image;
            QVERIFY2(image.load(path, "PNG"), qPrintable(path));
            QVERIFY(image.width() >= 1500 && image.height() >= 1000); // rendered at 2x
            QVERIFY2(distinctColours(image) > 20, qPrintable(name));
        }
    }

    void cancelWhileWritingLeavesNoFile()
    {
        QTemporaryDir out;
        ui::report::ReportSettings settings;
        settings.analysis = cdnowSettings();
        settings.pdfPath = out.filePath(QStringLiteral("report.pdf"));
        settings.htmlDir = out.filePath(QStringLiteral("html"));
        // Cancels once the charts are drawn, as the PDF is being laid out.
        std::shared_ptr<pipeline::JobContext> job;
        job = std::make_shared<pipeline::JobContext>([&job](double fraction, const QString &) {
            if (fraction >= 0.5 && job)
                job->cancel();
        });
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled,
                                 ui::report::writeReport(*analysis_, QStringLiteral("demo.ltv"), settings, *job));
        QVERIFY(job->isCancelled());
        QVERIFY2(filesIn(out.path()).isEmpty(), qPrintable(filesIn(out.path()).join(QLatin1Char(' '))));
    }

    void cancelDuringAnalysisLeavesNoFile()
    {
        QTemporaryDir out;
        ui::report::ReportSettings settings;
        settings.analysis = cdnowSettings();
        settings.pdfPath = out.filePath(QStringLiteral("report.pdf"));
        std::shared_ptr<pipeline::JobContext> job;
        double reached = 0.0;
        job = std::make_shared<pipeline::JobContext>([&](double fraction, const QString &) {
            reached = std::max(reached, fraction);
            if (fraction >= 0.3 && job)
                job->cancel();
        });
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, ui::report::buildReport(projectPath_, settings, *job));
        QVERIFY(reached < 0.85); // stopped inside the analysis, long before the writing
        QVERIFY(filesIn(out.path()).isEmpty());
    }

    void buildFromProjectMatchesAnalysis()
    {
        ui::report::ReportSettings settings;
        settings.analysis = cdnowSettings();
        settings.analysis.models = {QStringLiteral("bgnbd")};
        settings.pdfPath = dir_.filePath(QStringLiteral("project/report.pdf"));
        double last = -1.0;
        bool monotone = true;
        const pipeline::JobContext job([&](double fraction, const QString &) {
            monotone = monotone && fraction >= last - 1e-9;
            last = fraction;
        });
        const auto output = ui::report::buildReport(projectPath_, settings, job);
        QVERIFY(QFile::exists(output.pdfPath));
        QVERIFY(monotone);
        QVERIFY(std::abs(last - 1.0) < 1e-9);
        const QString text = pdfText(output.pdfPath);
        QVERIFY(text.contains(QStringLiteral("demo.ltv")));
        // The model by its display name, as the leaderboard shows it; never its id.
        QVERIFY(text.contains(QStringLiteral("BG/NBD")));
        QVERIFY(!text.contains(QStringLiteral("bgnbd")));
    }

private:
    QTemporaryDir dir_;
    QString projectPath_;
    std::optional<pipeline::Analysis> analysis_;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
