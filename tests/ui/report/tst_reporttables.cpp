// The tables of the PDF report stay readable when its pages are pasted into
// slides: laid out exactly as the PDF is painted (A4 at 300 dpi), in English
// and in Chinese, every table's body text is at least 9 pt and its header at
// least 8.5 pt, every table lies within the page margins, and no cell splits a
// word or number across lines. A table too wide for the page is split rather
// than shrunk.

#include "TestSupport.h"

#include "LanguageManager.h"
#include "pipeline/Analysis.h"
#include "pipeline/DemoProject.h"
#include "report/ReportCharts.h"
#include "report/ReportDocument.h"
#include "report/ReportHtml.h"
#include "report/ReportTable.h"
#include "store/Project.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <memory>

using namespace ltv;

namespace {

constexpr double kMinBodyPt = 9.0;
constexpr double kMinHeaderPt = 8.5;

pipeline::AnalysisSettings cdnowSettings()
{
    pipeline::AnalysisSettings s;
    Day end = 0;
    dayFromIso(QStringLiteral("1997-09-30"), &end);
    s.calibrationEnd = end;
    s.horizonDays = 273; // 39 weeks
    s.protocol = pipeline::TrainingProtocol::CustomerSplit;
    return s;
}

void collectTables(QTextFrame *frame, QList<QTextTable *> *tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables->append(table);
        collectTables(child, tables);
    }
}

// The size a fragment is painted at: its own size, else the document's.
double pointSize(const QTextCharFormat &format, const QTextDocument &document)
{
    return format.hasProperty(QTextFormat::FontPointSize) ? format.fontPointSize()
                                                          : document.defaultFont().pointSizeF();
}

struct TableFinding
{
    double smallestBodyPt = 1e9;
    double smallestHeaderPt = 1e9;
    QStringList problems;
};

// Font sizes and line breaks of every cell of a laid-out table.
// textArea: the page between its margins, in device pixels (vertically unbounded).
void inspectCells(QTextTable *table, const QTextDocument &document, const QRectF &textArea, TableFinding *finding)
{
    const int headerRows = table->format().headerRowCount();
    for (int r = 0; r < table->rows(); ++r)
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock block = it.currentBlock();
                for (QTextBlock::iterator f = block.begin(); !f.atEnd(); ++f) {
                    const QTextCharFormat format = f.fragment().charFormat();
                    if (f.fragment().text().trimmed().isEmpty())
                        continue;
                    if (format.hasProperty(QTextFormat::FontSizeAdjustment) &&
                        format.intProperty(QTextFormat::FontSizeAdjustment) != 0)
                        finding->problems << QStringLiteral("relative font size in '%1'").arg(block.text());
                    double &smallest = r < headerRows ? finding->smallestHeaderPt : finding->smallestBodyPt;
                    smallest = std::min(smallest, pointSize(format, document));
                }
                // Every cell lies between the page margins and its text within the cell.
                const QRectF box = document.documentLayout()->blockBoundingRect(block);
                const double tolerance = 1.0; // device pixels (1/300 in)
                if (box.left() < textArea.left() - tolerance || box.right() > textArea.right() + tolerance)
                    finding->problems << QStringLiteral("'%1' outside the margins").arg(block.text());
                const QTextLayout *layout = block.layout();
                for (int l = 0; l < layout->lineCount(); ++l)
                    if (layout->lineAt(l).naturalTextWidth() > box.width() + tolerance)
                        finding->problems << QStringLiteral("'%1' wider than its cell").arg(block.text());
                // A line may only end where a line break is allowed: QTextDocument
                // cuts words that do not fit their column anywhere.
                QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, block.text());
                for (int l = 0; l + 1 < layout->lineCount(); ++l) {
                    const QTextLine line = layout->lineAt(l);
                    breaks.setPosition(line.textStart() + line.textLength());
                    if (!breaks.isAtBoundary())
                        finding->problems << QStringLiteral("'%1' cut after '%2'")
                                                 .arg(block.text(), block.text().left(breaks.position()));
                }
            }
        }
}

} // namespace

class TestReportTables : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        projectPath_ = dir_.filePath(QStringLiteral("demo.ltv"));
        pipeline::buildDemoProject(projectPath_, pipeline::JobContext());
    }

    void cleanupTestCase() { ui::LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void tablesAreReadableAtPrintSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void tablesAreReadableAtPrintSize()
    {
        QFETCH(QString, language);
        QVERIFY(ui::LanguageManager::instance().setLanguage(language));
        // Model and segment names are translated as the analysis runs.
        const features::TransactionSet set = store::Project::open(projectPath_, false).loadTransactionSet();
        const pipeline::Analysis analysis = pipeline::runAnalysis(set, cdnowSettings(), pipeline::JobContext());
        const std::vector<ui::report::ReportChart> charts =
            ui::report::renderReportCharts(analysis, pipeline::JobContext());
        ui::report::ReportMeta meta;
        meta.title = QStringLiteral("Customer lifetime value report");
        meta.sourceName = QStringLiteral("demo.ltv");
        meta.created = QDateTime(QDate(2026, 1, 1), QTime(12, 0));
        const QString html = ui::report::reportHtml(analysis, charts, meta);

        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        const std::unique_ptr<QTextDocument> document = ui::report::layoutReport(html, charts, &writer);
        // The real page: A4 in PDF pixels.
        const double pixelsPerPoint = writer.logicalDpiX() / 72.0;
        QCOMPARE(qRound(document->pageSize().width() / pixelsPerPoint), 595);
        QCOMPARE(qRound(document->pageSize().height() / pixelsPerPoint), 842);
        const double left = ui::report::kPageMarginPt * pixelsPerPoint;
        const double right = document->pageSize().width() - left;

        QList<QTextTable *> tables;
        collectTables(document->rootFrame(), &tables);
        // Highlights, data, three leaderboard tables, playbook, value x risk, budget, settings.
        QVERIFY2(tables.size() >= 9, qPrintable(QString::number(tables.size())));
        int withHeader = 0;
        double smallestBody = 1e9, smallestHeader = 1e9;
        for (QTextTable *table : tables) {
            const QString name = table->cellAt(0, 0).firstCursorPosition().block().text();
            TableFinding finding;
            inspectCells(table, *document, QRectF(left, 0, right - left, 1e9), &finding);
            QVERIFY2(finding.problems.isEmpty(),
                     qPrintable(QStringLiteral("table '%1': %2").arg(name, finding.problems.join(u"; "))));
            QVERIFY2(finding.smallestBodyPt >= kMinBodyPt - 1e-6,
                     qPrintable(QStringLiteral("table '%1' body at %2 pt").arg(name).arg(finding.smallestBodyPt)));
            QVERIFY2(finding.smallestHeaderPt >= kMinHeaderPt - 1e-6,
                     qPrintable(QStringLiteral("table '%1' header at %2 pt").arg(name).arg(finding.smallestHeaderPt)));
            withHeader += table->format().headerRowCount() > 0 ? 1 : 0;
            smallestBody = std::min(smallestBody, finding.smallestBodyPt);
            smallestHeader = std::min(smallestHeader, finding.smallestHeaderPt);
        }
        // The leaderboard, playbook, value x risk and budget tables have header rows.
        QVERIFY2(withHeader >= 6, qPrintable(QString::number(withHeader)));
        qInfo("%s: %lld tables, smallest body text %.1f pt, smallest header %.1f pt", qPrintable(language),
              static_cast<long long>(tables.size()), smallestBody, smallestHeader);
    }

    // Sixteen money columns cannot fit an A4 page at a readable size: the
    // table is split into tables that each fit and repeat the first column.
    void tooWideTableIsSplitNotShrunk()
    {
        std::vector<ui::report::ReportColumn> columns(1);
        columns[0].header = QStringLiteral("segment");
        columns[0].cells = {QStringLiteral("Champions"), QStringLiteral("Potential Loyalist")};
        for (int c = 1; c <= 16; ++c) {
            ui::report::ReportColumn column;
            column.header = QStringLiteral("expected value %1").arg(c);
            column.numeric = true;
            column.cells = {QStringLiteral("1,234,567.%1").arg(c, 2, 10, QLatin1Char('0')), QStringLiteral("0.00")};
            column.emphasised = {c % 2 == 0, false};
            columns.push_back(column);
        }
        const QString html = ui::report::reportTableHtml(columns, ui::report::pageTextWidthPt());
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        const std::unique_ptr<QTextDocument> document = ui::report::layoutReport(html, {}, &writer);
        const double left = ui::report::kPageMarginPt * writer.logicalDpiX() / 72.0;
        const QRectF textArea(left, 0, document->pageSize().width() - 2 * left, 1e9);

        QList<QTextTable *> tables;
        collectTables(document->rootFrame(), &tables);
        QVERIFY2(tables.size() >= 2, qPrintable(QString::number(tables.size())));
        QStringList shownHeaders;
        for (QTextTable *table : tables) {
            QCOMPARE(table->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("segment"));
            QCOMPARE(table->cellAt(2, 0).firstCursorPosition().block().text(), QStringLiteral("Potential Loyalist"));
            for (int c = 1; c < table->columns(); ++c)
                shownHeaders << table->cellAt(0, c).firstCursorPosition().block().text();
            TableFinding finding;
            inspectCells(table, *document, textArea, &finding);
            QVERIFY2(finding.problems.isEmpty(), qPrintable(finding.problems.join(u"; ")));
            QVERIFY(finding.smallestBodyPt >= kMinBodyPt - 1e-6);
            QVERIFY(finding.smallestHeaderPt >= kMinHeaderPt - 1e-6);
        }
        // Every column shown once, in order.
        QCOMPARE(shownHeaders.size(), 16);
        for (int c = 1; c <= 16; ++c)
            QCOMPARE(shownHeaders[c - 1], QStringLiteral("expected value %1").arg(c));
    }

    // `ltv report --lang zh_CN` writes the report in Chinese; an unknown language is refused.
    void commandLineReportInChinese()
    {
        const QString pdf = dir_.filePath(QStringLiteral("zh/report.pdf"));
        const test::ProcessResult result = test::runCli(
            {QStringLiteral("report"), QStringLiteral("--project"), projectPath_, QStringLiteral("--calibration-end"),
             QStringLiteral("1997-09-30"), QStringLiteral("--horizon"), QStringLiteral("39w"),
             QStringLiteral("--models"), QStringLiteral("bgnbd"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
             QStringLiteral("--out"), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const test::ProcessResult text =
            test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains(QStringLiteral("按价值对客户排序")), qPrintable(text.out.left(400)));
        QVERIFY(text.out.contains(QStringLiteral("冠军客户")));
        QVERIFY(!text.out.contains(QStringLiteral("Ranking customers by value")));
        // The settings' values are in Chinese too, not the CLI's identifiers.
        // Line breaks aside (pdftotext reads some glyphs as Kangxi radicals, compared in NFKC): the quality options
        // are one sentence.
        const auto flat = [](const QString &t) {
            return t.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
        };
        const QString pdfText = flat(text.out);
        QVERIFY2(pdfText.contains(flat(QStringLiteral("缺失的金额和数量以已知购买的中位数填补；"))),
                 qPrintable(text.out.right(600)));
        QVERIFY(!text.out.contains(QStringLiteral("Missing amounts and quantities")));
        QVERIFY(pdfText.contains(flat(QStringLiteral("产品：数据中没有产品列。")))); // the quality check's lines
        QVERIFY(pdfText.contains(flat(QStringLiteral("仅标记，未修改。"))));
        QVERIFY(!text.out.contains(QStringLiteral("Outlying purchase amounts")));
        QVERIFY(!text.out.contains(QStringLiteral("customer-split")));
        QVERIFY(!text.out.contains(QStringLiteral("shifted")));

        const test::ProcessResult unknown =
            test::runCli({QStringLiteral("report"), QStringLiteral("--project"), projectPath_, QStringLiteral("--lang"),
                          QStringLiteral("fr"), QStringLiteral("--out"), dir_.filePath(QStringLiteral("fr.pdf"))});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown language")));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("fr.pdf"))));
    }

private:
    QTemporaryDir dir_;
    QString projectPath_;
};

QTEST_MAIN(TestReportTables)
#include "tst_reporttables.moc"
