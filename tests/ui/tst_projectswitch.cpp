// Results never outlive their project: after another project is opened, or
// the open one's data changes, no page shows numbers computed for the old
// state, and a background job started for it delivers nothing.
//
// Project A is the CDNOW demo (2357 customers); project B is a copy of it
// keeping only the first 1000 customers.

#include "EvaluationSession.h"
#include "GuiSuiteSetup.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "jobs/JobRunner.h"
#include "models/LeaderboardModel.h"
#include "models/TransactionTableModels.h"
#include "pages/CustomersPage.h"
#include "pages/DataPage.h"
#include "pages/ModelsPage.h"
#include "pages/data/CohortTab.h"
#include "pages/data/QualityTab.h"
#include "pages/segments/SegmentsSession.h"
#include "pages/segments/ValueTableModel.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;

namespace {
constexpr int kDemoCustomers = 2357;
constexpr int kSmallCustomers = 1000;
constexpr int kLongMs = 300000;

// Keeps the customers with the lowest ids, and their transactions.
void keepFirstCustomers(const QString &path, int count)
{
    store::Project project = store::Project::open(path, false);
    const QByteArray keep = QByteArray::number(count);
    project.database().exec(
        QByteArray("DELETE FROM transactions WHERE customer_id NOT IN (SELECT id FROM customers ORDER BY id LIMIT " +
                   keep + ")")
            .constData());
    project.database().exec(
        QByteArray("DELETE FROM customers WHERE id NOT IN (SELECT id FROM customers ORDER BY id LIMIT " + keep + ")")
            .constData());
}
} // namespace

class TestProjectSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::setUpGuiSuiteInEnglish();
        QVERIFY(dir_.isValid());
        pathA_ = dir_.filePath(QStringLiteral("a.ltv"));
        pathB_ = dir_.filePath(QStringLiteral("b.ltv"));
        pipeline::buildDemoProject(pathA_, pipeline::JobContext());
        QVERIFY(QFile::copy(pathA_, pathB_));
        keepFirstCustomers(pathB_, kSmallCustomers);
        QCOMPARE(store::Project::open(pathB_, false).customerCount(), kSmallCustomers);
        QCOMPARE(store::Project::open(pathA_, false).customerCount(), kDemoCustomers);
    }

    void init()
    {
        window_ = std::make_unique<ui::MainWindow>();
        window_->resize(1280, 800);
        window_->show();
        models_ = qobject_cast<ui::ModelsPage *>(window_->page(QStringLiteral("models")));
        QVERIFY(models_);
    }

    void cleanup()
    {
        window_->jobRunner()->cancelAll();
        QVERIFY(window_->jobRunner()->waitForIdle(kLongMs));
        window_.reset();
    }

    void trainedResultsAreClearedWhenAnotherProjectOpens()
    {
        open(pathA_);
        trainQuickModel();
        QTRY_VERIFY_WITH_TIMEOUT(!models_->isTraining(), kLongMs);
        QCOMPARE(models_->leaderboardModel()->rowCount(), 1);
        QVERIFY(window_->evaluation()->hasResult());
        QVERIFY(!usedProtocol().isEmpty());

        open(pathB_);
        QCOMPARE(models_->leaderboardModel()->rowCount(), 0);
        QVERIFY(!window_->evaluation()->hasResult());
        QVERIFY2(usedProtocol().isEmpty(), qPrintable(usedProtocol()));
        QVERIFY(trainButton()->isEnabled());
    }

    void trainedResultsAreClearedWhenTheDataChanges()
    {
        // A copy of A, so the shared fixture keeps its customers.
        const QString path = dir_.filePath(QStringLiteral("changing.ltv"));
        QFile::remove(path);
        QVERIFY(QFile::copy(pathA_, path));
        open(path);
        trainQuickModel();
        QTRY_VERIFY_WITH_TIMEOUT(!models_->isTraining(), kLongMs);
        QCOMPARE(models_->leaderboardModel()->rowCount(), 1);
        models_->setHorizonWeeks(10);
        const Day chosenEnd = models_->request().calibrationEnd - 30;
        models_->setCalibrationEnd(chosenEnd);

        // What an import does: a worker writes the file, then the session is told.
        // This one drops customers and adds a purchase 100 days after the last one.
        keepFirstCustomers(path, kSmallCustomers);
        Day last = 0;
        {
            store::Project project = store::Project::open(path, false);
            last = static_cast<Day>(project.database().scalarInt("SELECT max(day) FROM transactions"));
            project.database().exec(
                QByteArray("INSERT INTO transactions (import_id, customer_id, day, amount_minor, quantity, "
                           "source_line) SELECT import_id, customer_id, day + 100, 1234, 1, 0 FROM transactions "
                           "ORDER BY day DESC LIMIT 1")
                    .constData());
        }
        window_->session()->notifyDataChanged();
        QCOMPARE(models_->leaderboardModel()->rowCount(), 0);
        QVERIFY(!window_->evaluation()->hasResult());
        QVERIFY(usedProtocol().isEmpty());
        // The window the user chose stays, and may now reach into the new dates.
        QCOMPARE(models_->request().horizonDays, 70);
        QCOMPARE(models_->request().calibrationEnd, chosenEnd);
        models_->setCalibrationEnd(last + 50);
        QCOMPARE(models_->request().calibrationEnd, last + 50);
    }

    void trainingStartedForTheOldProjectNeverShowsInTheNewOne()
    {
        open(pathA_);
        trainQuickModel();
        QVERIFY(models_->isTraining());
        open(pathB_);

        // Wait until the job for A is over and its result (if any) would have been delivered.
        QTRY_VERIFY_WITH_TIMEOUT(!window_->jobRunner()->isRunning(), kLongMs);
        QTest::qWait(200);
        QCOMPARE(models_->leaderboardModel()->rowCount(), 0);
        QVERIFY(!window_->evaluation()->hasResult());
        QVERIFY(usedProtocol().isEmpty());
        QVERIFY(!models_->isTraining());
        QVERIFY(trainButton()->isEnabled());

        // Training on B still works and shows B's own result.
        trainQuickModel();
        QTRY_VERIFY_WITH_TIMEOUT(!models_->isTraining(), kLongMs);
        QCOMPARE(models_->leaderboardModel()->rowCount(), 1);
        QVERIFY(window_->evaluation()->hasResult());
    }

    void segmentsStartedForTheOldProjectNeverShowInTheNewOne()
    {
        open(pathA_);
        auto *segments = window_->findChild<ui::SegmentsSession *>();
        QVERIFY(segments);
        QVERIFY(window_->showPage(QStringLiteral("customers"))); // starts the computation for A
        QVERIFY(segments->isComputing());
        QCOMPARE(customerRows(), 0);
        open(pathB_);

        QTRY_VERIFY_WITH_TIMEOUT(segments->data() != nullptr && !segments->isComputing(), kLongMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->jobRunner()->isRunning(), kLongMs);
        QTest::qWait(200);
        QVERIFY(segments->data() != nullptr);
        QCOMPARE(segments->data()->transactions->customerCount(), kSmallCustomers);
        QCOMPARE(customerRows(), kSmallCustomers);
    }

    void dataTabsShowTheNewProjectsData()
    {
        open(pathA_);
        auto *data = qobject_cast<ui::DataPage *>(window_->page(QStringLiteral("data")));
        QVERIFY(data);
        auto *quality = data->findChild<ui::QualityTab *>();
        auto *cohorts = data->findChild<ui::CohortTab *>();
        QVERIFY(quality && cohorts);
        QVERIFY(window_->showPage(QStringLiteral("data")));
        data->showTab(3);
        QTRY_VERIFY_WITH_TIMEOUT(quality->findings()->rowCount() > 0, kLongMs);
        const QString linesA = quality->findings()->index(0, 1).data().toString();
        data->showTab(4);
        QTRY_VERIFY_WITH_TIMEOUT(cohorts->model()->rowCount() > 0, kLongMs);
        QCOMPARE(cohortCustomers(cohorts), kDemoCustomers);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->jobRunner()->isRunning(), kLongMs);

        // Start the quality check for A again, then switch to B while it runs and the cohorts tab is shown.
        data->showTab(3);
        quality->run();
        data->showTab(4);
        QTRY_COMPARE_WITH_TIMEOUT(data->customersModel()->rowCount(), kDemoCustomers, kLongMs);
        open(pathB_);
        // A's rows are gone at once (never looked up in B's file), then B's load.
        QCOMPARE(data->customersModel()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(data->customersModel()->rowCount(), kSmallCustomers, kLongMs);
        QTRY_VERIFY_WITH_TIMEOUT(cohorts->model()->rowCount() > 0 && !window_->jobRunner()->isRunning(), kLongMs);
        QTest::qWait(200);
        QCOMPARE(cohortCustomers(cohorts), kSmallCustomers);
        // The quality findings of A are gone; shown again, they are B's.
        QCOMPARE(quality->findings()->rowCount(), 0);
        data->showTab(3);
        QTRY_VERIFY_WITH_TIMEOUT(quality->findings()->rowCount() > 0, kLongMs);
        QVERIFY(quality->findings()->index(0, 1).data().toString() != linesA);
    }

private:
    void open(const QString &path)
    {
        QString error;
        QVERIFY2(window_->session()->open(path, false, &error), qPrintable(error));
    }

    void trainQuickModel()
    {
        models_->setSelectedModels({QStringLiteral("bgnbd")});
        models_->train();
    }

    QString usedProtocol() const
    {
        auto *label = models_->findChild<QLabel *>(QStringLiteral("trainingProtocolUsed"));
        return label ? label->text() : QStringLiteral("(no label)");
    }

    QPushButton *trainButton() const { return models_->findChild<QPushButton *>(QStringLiteral("trainButton")); }

    static qint64 cohortCustomers(const ui::CohortTab *tab)
    {
        qint64 sum = 0;
        for (const std::int64_t size : tab->model()->table().size)
            sum += size;
        return sum;
    }

    int customerRows() const
    {
        auto *page = window_->page(QStringLiteral("customers"));
        auto *table = page ? page->findChild<ui::ValueTableModel *>() : nullptr;
        return table ? table->rowCount() : -1;
    }

    QTemporaryDir dir_;
    QString pathA_;
    QString pathB_;
    std::unique_ptr<ui::MainWindow> window_;
    ui::ModelsPage *models_ = nullptr;
};

QTEST_MAIN(TestProjectSwitch)
#include "tst_projectswitch.moc"
