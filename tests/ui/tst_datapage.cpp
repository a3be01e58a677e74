// The Data page over a real project: paged tables that sort and filter, item
// models checked by QAbstractItemModelTester, copy as TSV, the quality report
// and cohorts; and CDNOW_master imported through the wizard shows its counts.

#include "DemoProjectFixture.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "TestSupport.h"
#include "dialogs/ImportWizard.h"
#include "io/Importer.h"
#include "jobs/JobRunner.h"
#include "models/ImportHistoryModel.h"
#include "models/TransactionTableModels.h"
#include "pages/DataPage.h"
#include "pages/data/CohortTab.h"
#include "pages/data/QualityTab.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"
#include "widgets/TableExport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;

class TestDataPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio Tests"));
        QVERIFY(dir_.isValid());
        demoPath_ = ltv::test::buildDemoProjectIn(dir_);
    }

    void tablesShowTheProjectAndPassTheModelTester()
    {
        ui::JobRunner runner;
        ui::ProjectSession session;
        QString error;
        QVERIFY2(session.open(demoPath_, false, &error), qPrintable(error));
        ui::DataPage page(&session, &runner);
        auto *transactions = page.transactionsModel();
        auto *customers = page.customersModel();
        QAbstractItemModelTester t1(transactions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(customers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(page.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(transactions->rowCount(), 6919);
        QTRY_COMPARE(customers->rowCount(), 2357);
        QCOMPARE(page.historyModel()->rowCount(), 1);
        QCOMPARE(page.historyModel()->index(0, ui::ImportHistoryModel::Imported).data().toString(),
                 QStringLiteral("6,919"));
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("6,919")));
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("2,357")));

        // First row in (customer, day) order: sample customer 0001 bought 2 CDs for 29.33 on 1997-01-01.
        QCOMPARE(transactions->index(0, ui::TransactionsTableModel::Customer).data().toString(),
                 QStringLiteral("0001"));
        QCOMPARE(transactions->index(0, ui::TransactionsTableModel::Date).data().toString(),
                 QStringLiteral("1997-01-01"));
        QCOMPARE(transactions->index(0, ui::TransactionsTableModel::Amount).data().toString(), QStringLiteral("29.33"));
        // Rows far down are fetched on demand.
        QVERIFY(!transactions->index(6918, ui::TransactionsTableModel::Date).data().toString().isEmpty());

        // Sort by amount, descending: the largest purchase first.
        transactions->sort(ui::TransactionsTableModel::Amount, Qt::DescendingOrder);
        QTRY_VERIFY(!transactions->isLoading());
        const double top =
            transactions->index(0, ui::TransactionsTableModel::Amount).data().toString().remove(u',').toDouble();
        const double second =
            transactions->index(1, ui::TransactionsTableModel::Amount).data().toString().remove(u',').toDouble();
        QVERIFY(top >= second);
        store::Project project = store::Project::open(demoPath_, false);
        auto max = project.database().prepare("SELECT max(amount_minor) FROM transactions");
        QVERIFY(max.step());
        QCOMPARE(qRound64(top * 100), max.columnInt(0));

        // Filter by customer and amount.
        ui::TableFilter filter;
        filter.customerContains = QStringLiteral("0001");
        transactions->setFilter(filter);
        QTRY_VERIFY(!transactions->isLoading());
        QTRY_COMPARE(transactions->rowCount(), 4 + 0); // 0001 only ("00010".."00019" do not exist: ids are 4 digits)
        filter.customerContains.clear();
        filter.minAmount = 100.0;
        transactions->setFilter(filter);
        QTRY_VERIFY(!transactions->isLoading());
        auto big = project.database().prepare("SELECT count(*) FROM transactions WHERE amount_minor >= 10000");
        QVERIFY(big.step());
        QCOMPARE(static_cast<std::int64_t>(transactions->rowCount()), big.columnInt(0));

        // Customers sorted by revenue: the top customer's revenue matches SQL.
        customers->sort(ui::CustomersTableModel::Revenue, Qt::DescendingOrder);
        QTRY_VERIFY(!customers->isLoading());
        auto best = project.database().prepare(
            "SELECT sum(amount_minor) s FROM transactions GROUP BY customer_id ORDER BY s DESC LIMIT 1");
        QVERIFY(best.step());
        QCOMPARE(
            qRound64(customers->index(0, ui::CustomersTableModel::Revenue).data().toString().remove(u',').toDouble() *
                     100),
            best.columnInt(0));

        // Copy as TSV: header plus the selected cells.
        const QModelIndexList cells = {customers->index(0, 0), customers->index(0, 1)};
        const QString tsv = ui::selectionToTsv(*customers, cells);
        QCOMPARE(tsv.count(u'\n'), 2);
        QVERIFY(tsv.startsWith(QStringLiteral("Customer\tTransactions\n")));
    }

    void qualityAndCohortsComputeInTheBackground()
    {
        ui::JobRunner runner;
        ui::ProjectSession session;
        QString error;
        QVERIFY(session.open(demoPath_, false, &error));
        ui::DataPage page(&session, &runner);
        page.showTab(3);
        QTRY_VERIFY_WITH_TIMEOUT(page.qualityTab()->findings()->rowCount() > 0, 20000);
        // "Lines checked" row: all 6,919 lines.
        QCOMPARE(page.qualityTab()->findings()->item(0, 1)->text(), QStringLiteral("6,919"));
        // The sample has no product column: one row says so rather than counting 6,919 missing products.
        const QStandardItemModel *findings = page.qualityTab()->findings();
        QStringList products;
        for (int r = 0; r < findings->rowCount(); ++r)
            if (findings->item(r, 0)->text().contains(QStringLiteral("product"), Qt::CaseInsensitive))
                products << findings->item(r, 0)->text() + u'|' + findings->item(r, 1)->text() + u'|' +
                                findings->item(r, 2)->text();
        QCOMPARE(products, QStringList{QStringLiteral("Products||the data have no product column")});
        // Rows say what people know and what the options did, not column names or option values.
        QStringList rows;
        for (int r = 0; r < findings->rowCount(); ++r)
            rows << findings->item(r, 0)->text() + u'|' + findings->item(r, 2)->text();
        QVERIFY2(rows.contains(QStringLiteral("Missing amounts|none needed")), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(QStringLiteral("Missing quantities|none needed")));
        const qsizetype outlierRow = rows.indexOf(QRegularExpression(
            QStringLiteral("^Outlying purchase amounts \\(IQR rule, above [0-9.]+\\)\\|flagged, not changed$")));
        QVERIFY2(outlierRow > 0, qPrintable(rows.join(u'\n')));
        QVERIFY(findings->item(int(outlierRow), 1)->text().toInt() > 0); // CD orders have a long right tail
        // The options as a sentence, wrapped to the page.
        bool optionsShown = false;
        for (const QLabel *label : page.qualityTab()->findChildren<QLabel *>())
            if (label->text().startsWith(
                    QStringLiteral("Options: Missing amounts and quantities filled with the median of the known "
                                   "purchases; purchase amounts more than 1.5 × IQR"))) {
                optionsShown = true;
                QVERIFY(label->wordWrap());
            }
        QVERIFY(optionsShown);
        page.showTab(4);
        auto *cohorts = page.cohortTab()->model();
        QAbstractItemModelTester tester(cohorts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(cohorts->rowCount() > 0, 20000);
        // CDNOW's cohort acquired customers in the first quarter of 1997 only.
        QCOMPARE(cohorts->rowCount(), 3);
        std::int64_t total = 0;
        for (int r = 0; r < cohorts->rowCount(); ++r)
            total += cohorts->table().size[static_cast<std::size_t>(r)];
        QCOMPARE(total, 2357);
        QCOMPARE(cohorts->index(0, 1).data().toString(), QStringLiteral("100.0%"));
    }

    void cdnowMasterThroughTheWizardShowsItsCounts()
    {
        ui::MainWindow window;
        window.show();
        QString error;
        const QString project = dir_.filePath(QStringLiteral("master.ltv"));
        QVERIFY(window.session()->open(project, true, &error));
        ui::ImportWizard wizard(project, window.jobRunner());
        connect(&wizard, &ui::ImportWizard::projectChanged, window.session(), &ui::ProjectSession::notifyDataChanged);
        wizard.show();
        wizard.setSourceFile(test::dataPath(QStringLiteral("CDNOW_master.txt")));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPage));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::ImportWizard::SummaryPage), 60000);
        QCOMPARE(wizard.report().rowsImported, 69659);

        window.showPage(QStringLiteral("data"));
        auto *page = qobject_cast<ui::DataPage *>(window.page(QStringLiteral("data")));
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->transactionsModel()->rowCount(), 69659, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page->customersModel()->rowCount(), 23570, 30000);
        QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("69,659")));
        QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("23,570")));
    }

private:
    QTemporaryDir dir_;
    QString demoPath_;
};

QTEST_MAIN(TestDataPage)
#include "tst_datapage.moc"
