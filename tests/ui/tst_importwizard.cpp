// The import wizard driven like a user: pick a file, change the delimiter,
// map columns, run in the background, read the summary; cancel halfway; and
// the GUI thread stays responsive during a long import.

#include "GuiThreadProbe.h"
#include "TestSupport.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/import/ImportPages.h"
#include "jobs/JobRunner.h"
#include "store/Project.h"
#include "store/Sqlite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ltv;
using ui::ImportMappingPage;
using ui::ImportWizard;

namespace {

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

struct Counts
{
    std::int64_t transactions = 0;
    std::int64_t customers = 0;
    std::int64_t amountMinor = 0;
    QString integrity;
};

Counts countsOf(const QString &path)
{
    store::Project project = store::Project::open(path, false);
    Counts c;
    c.transactions = project.transactionCount();
    c.customers = project.customerCount();
    c.amountMinor = project.amountMinorTotal();
    auto check = project.database().prepare("PRAGMA integrity_check");
    if (check.step())
        c.integrity = check.columnText(0);
    return c;
}

// A large semicolon file, big enough that the import takes a while.
QString writeLargeFile(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk = "order_id;customer_id;order_date;amount;country\n";
    for (int i = 0; i < rows; ++i) {
        chunk += QByteArray::number(100000 + i) + ";L" + QByteArray::number(i % 5000) + ";2023-" +
                 QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-" +
                 QByteArray::number(1 + i % 28).rightJustified(2, '0') + ";" + QByteArray::number(1 + i % 97) +
                 ",50;DE\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio Tests")); }

    void fullImportThroughTheWizard()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        ui::JobRunner runner;
        ImportWizard wizard(project, &runner);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // 1. pick
        wizard.setSourceFile(test::dataPath(QStringLiteral("wizard_semicolon_orders.csv")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();

        // 2. preview: detected semicolons and a header
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        auto *preview = wizard.previewPage();
        QCOMPARE(preview->previewTable()->columnCount(), 5);
        QCOMPARE(preview->previewTable()->rowCount(), 5);
        QCOMPARE(preview->previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("customer_id"));
        QCOMPARE(preview->previewTable()->item(0, 3)->text(), QStringLiteral("19,90"));
        // change the delimiter: commas split the decimal amounts instead
        selectData(preview->delimiterBox(), QStringLiteral(","));
        QVERIFY(preview->previewTable()->columnCount() != 5);
        selectData(preview->delimiterBox(), QStringLiteral(";"));
        QCOMPARE(preview->previewTable()->columnCount(), 5);
        QCOMPARE(preview->undecodableCells(), 0);
        wizard.next();

        // 3. map
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto *mapping = wizard.mappingPage();
        selectData(mapping->roleBox(ImportMappingPage::Customer), 1);
        selectData(mapping->roleBox(ImportMappingPage::Date), 2);
        selectData(mapping->roleBox(ImportMappingPage::Amount), 3);
        selectData(mapping->roleBox(ImportMappingPage::Invoice), 0);
        QVERIFY(!mapping->datesAmbiguous());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // an unmapped customer makes the page incomplete
        selectData(mapping->roleBox(ImportMappingPage::Customer), -1);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        selectData(mapping->roleBox(ImportMappingPage::Customer), 1);
        QVERIFY(mapping->mappingSpecs().contains(QStringLiteral("customer=2")));
        wizard.next();

        // 4. run, 5. summary
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 20000);
        const io::ImportReport &report = wizard.report();
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.rowsRead, 5);
        QCOMPARE(report.rowsImported, 5);
        QCOMPARE(report.rowsRejected, 0);
        QVERIFY(wizard.summaryPage()->countsLabel()->text().contains(QStringLiteral("<b>5</b>")));

        const Counts c = countsOf(project);
        QCOMPARE(c.transactions, 5);
        QCOMPARE(c.customers, 3);
        QCOMPARE(c.amountMinor, 1990 + 500 + 4250 + 725 + 12000);
    }

    void ambiguousDatesAskForTheFormat()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("ambiguous.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("customer,date,amount\na,01/02/2024,1.00\nb,03/04/2024,2.00\nc,05/06/2024,3.00\n");
        f.close();
        ui::JobRunner runner;
        ImportWizard wizard(dir.filePath(QStringLiteral("p.ltv")), &runner);
        wizard.show();
        wizard.setSourceFile(csv);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto *mapping = wizard.mappingPage();
        selectData(mapping->roleBox(ImportMappingPage::Date), 1);
        QVERIFY(mapping->datesAmbiguous());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        mapping->dateFormatBox()->setCurrentText(QStringLiteral("dd/MM/yyyy"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 20000);
        QCOMPARE(wizard.report().rowsImported, 3);
    }

    void cancelHalfwayLeavesTheProjectUnchanged()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        ui::JobRunner runner;
        {
            // A project that already holds data.
            ImportWizard first(project, &runner);
            first.show();
            first.setSourceFile(test::dataPath(QStringLiteral("wizard_semicolon_orders.csv")));
            first.next();
            first.next();
            first.next();
            QTRY_COMPARE_WITH_TIMEOUT(first.currentId(), int(ImportWizard::SummaryPage), 20000);
        }
        const Counts before = countsOf(project);
        QCOMPARE(before.transactions, 5);

        const QString large = writeLargeFile(dir, 400000);
        ImportWizard wizard(project, &runner);
        wizard.show();
        wizard.setSourceFile(large);
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        auto *run = wizard.runPage();
        QVERIFY(run->isRunning());

        // Probe the GUI thread while the import runs.
        ltv::test::GuiThreadProbe probe;
        QTRY_VERIFY_WITH_TIMEOUT(run->progressBar()->value() > 50, 30000);
        QVERIFY2(run->progressBar()->value() < 1000, "the import finished before it could be cancelled");
        probe.stop();
        QVERIFY2(probe.problem().isEmpty(), qPrintable(probe.problem()));

        QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(!wizard.importSucceeded());

        const Counts after = countsOf(project);
        QCOMPARE(after.transactions, before.transactions);
        QCOMPARE(after.customers, before.customers);
        QCOMPARE(after.amountMinor, before.amountMinor);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
