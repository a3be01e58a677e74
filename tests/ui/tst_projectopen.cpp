// Opening a project through the window happens on a worker: while another
// program holds the file (an import's exclusive lock) the window keeps
// painting and taking clicks, Cancel ends the wait, and when the lock stays
// the user is told why in words. A free project opens and fills the pages.

#include "DemoProjectFixture.h"
#include "GuiThreadProbe.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "ProjectSession.h"
#include "Settings.h"
#include "jobs/JobsPanel.h"
#include "models/TransactionTableModels.h"
#include "pages/DataPage.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QCursor>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <sqlite3.h>

using namespace ltv;

namespace {

// Another program's large import: a rollback journal and an exclusive lock
// for its whole transaction (as io::BulkImportJournal does).
class ExclusiveLock
{
public:
    explicit ExclusiveLock(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &db_);
        ok_ =
            sqlite3_exec(db_, "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ExclusiveLock()
    {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db_);
    }
    ExclusiveLock(const ExclusiveLock &) = delete;
    ExclusiveLock &operator=(const ExclusiveLock &) = delete;
    bool ok() const { return ok_; }

private:
    sqlite3 *db_ = nullptr;
    bool ok_ = false;
};

// Ticks on the GUI thread and asks the window to repaint every 100 ms; records
// the longest gap between ticks and counts the paints that really happen.
class ResponsivenessProbe : public QObject
{
public:
    explicit ResponsivenessProbe(QWidget *painted)
        : painted_(painted)
    {
        painted_->installEventFilter(this);
        timer_.setInterval(20);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] {
            if (ticks_ > 0)
                longestGapMs_ = std::max(longestGapMs_, sinceLastTick_.elapsed());
            sinceLastTick_.restart();
            // A repaint every fifth tick: enough to see painting go on, little
            // enough that the probe measures the open, not its own painting.
            if (ticks_++ % 5 == 0)
                painted_->update();
        });
        sinceLastTick_.start();
        timer_.start();
    }
    void stop() { timer_.stop(); }
    int ticks() const { return ticks_; }
    int paints() const { return paints_; }
    qint64 longestGapMs() const { return longestGapMs_; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == painted_ && event->type() == QEvent::Paint)
            ++paints_;
        return false;
    }

private:
    QWidget *painted_;
    QTimer timer_;
    QElapsedTimer sinceLastTick_;
    int ticks_ = 0;
    int paints_ = 0;
    qint64 longestGapMs_ = 0;
};

QMessageBox *projectWarning(QWidget *window)
{
    const auto boxes = window->findChildren<QMessageBox *>(QStringLiteral("projectWarning"));
    for (QMessageBox *box : boxes)
        if (box->isVisible())
            return box;
    return nullptr;
}

} // namespace

class TestProjectOpen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ltv::test::useClearedTestSettings();
        QVERIFY(dir_.isValid());
        path_ = ltv::test::buildDemoProjectIn(dir_);
    }

    void aLockedProjectKeepsTheWindowRespondingThenSaysWhy()
    {
        ui::MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExclusiveLock lock(path_);
        QVERIFY(lock.ok());
        QSignalSpy failed(window.projects(), &ui::ProjectController::openFailed);
        QSignalSpy opened(window.projects(), &ui::ProjectController::projectOpened);

        ResponsivenessProbe probe(&window);
        // Measure the wait only, not the message box that follows it.
        connect(window.projects(), &ui::ProjectController::openFailed, &probe, &ResponsivenessProbe::stop);
        QElapsedTimer clock;
        clock.start();
        window.projects()->openProjectFile(path_);
        // The call returns at once; the wait happens on a worker.
        QVERIFY(window.projects()->isOpening());
        QVERIFY(failed.isEmpty());

        // The busy state: a busy cursor and the jobs panel with the file name and Cancel.
        QVERIFY(QGuiApplication::overrideCursor());
        QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BusyCursor);
        auto *panel = window.findChild<ui::JobsPanel *>(QStringLiteral("jobsPanel"));
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        const auto labelSays = [panel](const QString &text) {
            const auto labels = panel->findChildren<QLabel *>();
            return std::any_of(labels.begin(), labels.end(),
                               [&text](const QLabel *label) { return label->text().contains(text); });
        };
        QVERIFY(labelSays(QStringLiteral("Opening demo.ltv")));
        QTRY_VERIFY(labelSays(QStringLiteral("Waiting for another program to finish writing the project")));

        // SQLite waits up to 5 s for the lock; the GUI thread keeps ticking and painting all along.
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        const qint64 waitedMs = clock.elapsed();
        qInfo("waited %lld ms for the lock: %d ticks, longest gap %lld ms, %d paints", waitedMs, probe.ticks(),
              probe.longestGapMs(), probe.paints());
        QVERIFY2(waitedMs >= 4000, qPrintable(QString::number(waitedMs))); // it did wait for the lock
        QVERIFY2(probe.ticks() >= waitedMs / 20 / 2,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(probe.ticks()).arg(waitedMs)));
        // Wall-time bound of the shared probe: an open on the GUI thread would stall it for the whole 5 s wait.
        QVERIFY2(probe.longestGapMs() < test::GuiThreadProbe::kMaxStallMs,
                 qPrintable(QString::number(probe.longestGapMs())));
        QVERIFY2(probe.paints() >= 10, qPrintable(QString::number(probe.paints())));

        // Told in words, in a message box and by the signal; no project was opened.
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("demo.ltv")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("is being written by another program")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("PRAGMA")) && !message.contains(QStringLiteral("locked")),
                 qPrintable(message));
        QMessageBox *box = projectWarning(&window);
        QVERIFY(box);
        QCOMPARE(box->text(), message);
        box->close();
        QVERIFY(opened.isEmpty());
        QVERIFY(!window.session()->isOpen());
        QVERIFY(!window.projects()->isOpening());
        QVERIFY(!QGuiApplication::overrideCursor());
    }

    void cancelEndsTheWaitAtOnce()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExclusiveLock lock(path_);
        QVERIFY(lock.ok());
        QSignalSpy failed(window.projects(), &ui::ProjectController::openFailed);
        QSignalSpy opened(window.projects(), &ui::ProjectController::projectOpened);
        window.projects()->openProjectFile(path_);
        auto *panel = window.findChild<ui::JobsPanel *>(QStringLiteral("jobsPanel"));
        QTRY_VERIFY(panel->isVisible());
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Far sooner than the 5 s SQLite would otherwise wait.
        QTRY_VERIFY_WITH_TIMEOUT(!window.projects()->isOpening(), 2000);
        qInfo("the wait ended %lld ms after Cancel", clock.elapsed());
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!QGuiApplication::overrideCursor());
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(failed.isEmpty()); // cancelling is not an error
        QVERIFY(opened.isEmpty());
        QVERIFY(!projectWarning(&window));
        QVERIFY(!window.session()->isOpen());
    }

    void aFreeProjectOpensAndLoadsThePages()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(window.projects(), &ui::ProjectController::projectOpened);
        window.projects()->openProjectFile(path_);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->path(), QFileInfo(path_).absoluteFilePath());
        QCOMPARE(window.currentPageId(), QStringLiteral("data"));
        QVERIFY(ui::Settings::instance().recentProjects().contains(QFileInfo(path_).absoluteFilePath()));
        auto *page = qobject_cast<ui::DataPage *>(window.page(QStringLiteral("data")));
        QVERIFY(page);
        // The bundled CDNOW sample: 6,919 transactions of 2,357 customers.
        QTRY_COMPARE_WITH_TIMEOUT(page->transactionsModel()->rowCount(), 6919, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->customersModel()->rowCount(), 2357, 10000);
        QVERIFY(!QGuiApplication::overrideCursor());
        // The GUI thread reads through the connection the worker opened.
        QCOMPARE(window.session()->project().transactionCount(), std::int64_t(6919));
    }

    void saveAsCopiesInTheBackgroundAndSwitchesToTheCopy()
    {
        ui::MainWindow window;
        window.show();
        QSignalSpy opened(window.projects(), &ui::ProjectController::projectOpened);
        window.projects()->openProjectFile(path_);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        const QString copy = QFileInfo(dir_.filePath(QStringLiteral("copy.ltv"))).absoluteFilePath();
        window.projects()->saveProjectAsFile(copy);
        QVERIFY(window.projects()->isOpening()); // the copy runs on a worker
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
        QCOMPARE(opened.at(1).at(0).toString(), copy);
        QCOMPARE(window.session()->path(), copy);
        QCOMPARE(window.session()->project().transactionCount(), std::int64_t(6919));
        QVERIFY(!QGuiApplication::overrideCursor());
    }

    void aMissingFileIsReportedWithoutWaiting()
    {
        ui::MainWindow window;
        window.show();
        QSignalSpy failed(window.projects(), &ui::ProjectController::openFailed);
        window.projects()->openProjectFile(dir_.filePath(QStringLiteral("gone.ltv")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("does not exist")));
        QVERIFY(!window.projects()->isOpening());
        QMessageBox *box = projectWarning(&window);
        QVERIFY(box);
        box->close();
    }

private:
    QTemporaryDir dir_;
    QString path_;
};

QTEST_MAIN(TestProjectOpen)
#include "tst_projectopen.moc"
