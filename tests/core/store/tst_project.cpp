// The project file: schema version and migrations, WAL and foreign keys,
// the columnar TransactionSet other modules load, and CSV export round trips.

#include "TestSupport.h"

#include "io/Exporter.h"
#include "io/Importer.h"
#include "pipeline/DemoData.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"
#include "store/ProjectCopy.h"
#include "store/Schema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <sqlite3.h>

using namespace ltv;

class TestProject : public QObject
{
    Q_OBJECT
private slots:
    void newProjectIsMigratedWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        store::Project p = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        QCOMPARE(p.database().scalarInt("PRAGMA user_version"), std::int64_t(store::currentSchemaVersion()));
        QVERIFY(store::currentSchemaVersion() >= 1);
        QCOMPARE(p.database().scalarInt("PRAGMA foreign_keys"), std::int64_t(1));
        store::Statement mode = p.database().prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
        for (const char *table : {"imports", "customers", "products", "transactions", "customer_attributes",
                                  "customer_datasets", "models", "runs", "predictions", "segments"})
            QVERIFY2(p.exportableTables().contains(QString::fromLatin1(table)), table);
        // Foreign keys are enforced: a transaction needs an existing customer and import.
        bool threw = false;
        try {
            p.database().exec("INSERT INTO transactions (import_id, customer_id, day, amount_minor, quantity, "
                              "source_line) VALUES (99, 99, 0, 0, 1, 1)");
        } catch (const store::SqlError &) {
            threw = true;
        }
        QVERIFY(threw);
    }

    void reopeningKeepsDataAndRefusesNewerSchemas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ltv"));
        {
            store::Project p = store::Project::open(path);
            io::importTransactions(p, test::dataPath(QStringLiteral("comma_delimited_header.csv")), {},
                                   pipeline::JobContext());
        }
        {
            store::Project p = store::Project::open(path, false);
            QCOMPARE(p.transactionCount(), 3);
            p.database().exec("PRAGMA user_version = 999");
        }
        bool threw = false;
        try {
            store::Project::open(path, false);
        } catch (const store::SqlError &e) {
            threw = QString::fromUtf8(e.what()).contains(QStringLiteral("999"));
        }
        QVERIFY(threw);
        bool missing = false;
        try {
            store::Project::open(dir.filePath(QStringLiteral("absent.ltv")), false);
        } catch (const store::SqlError &) {
            missing = true;
        }
        QVERIFY(missing);
    }

    void migratesVersion2FilesToTheCustomerDayIndexWithoutOccurrences()
    {
        // A version-2 file: an occurrence column and the unique 6-column
        // identity index instead of the (customer, day) index.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.ltv"));
        {
            store::Project p = store::Project::open(path);
            io::importTransactions(p, test::dataPath(QStringLiteral("comma_delimited_header.csv")), {},
                                   pipeline::JobContext());
            store::Database &db = p.database();
            db.exec("DROP INDEX transactions_by_customer");
            db.exec("ALTER TABLE transactions ADD COLUMN occurrence INTEGER NOT NULL DEFAULT 0");
            db.exec("CREATE UNIQUE INDEX transactions_identity ON transactions "
                    "(customer_id, day, amount_minor, invoice, product_id, occurrence)");
            db.exec("PRAGMA user_version = 2");
        }
        store::Project p = store::Project::open(path, false);
        const store::Database &db = p.database();
        QCOMPARE(db.scalarInt("PRAGMA user_version"), std::int64_t(store::currentSchemaVersion()));
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'transactions_identity'"), 0);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'transactions_by_customer'"), 1);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM pragma_table_info('transactions') WHERE name = 'occurrence'"), 0);
        QCOMPARE(p.transactionCount(), 3);
        QCOMPARE(p.amountMinorTotal(), 1250 + 725 + 10000);
        // The migrated file still deduplicates: the same rows plus one new row add only the new row.
        const QString newer = dir.filePath(QStringLiteral("newer.csv"));
        QFile::copy(test::dataPath(QStringLiteral("comma_delimited_header.csv")), newer);
        {
            QFile out(newer);
            QVERIFY(out.open(QIODevice::Append));
            out.write("A3,2024-04-02,3.10,1004,P3\n");
        }
        const auto report = io::importTransactions(p, newer, {}, pipeline::JobContext());
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.rowsImported, 1);
        QCOMPARE(report.rowsDuplicate, 3);
        QCOMPARE(p.transactionCount(), 4);
        QCOMPARE(p.amountMinorTotal(), 1250 + 725 + 10000 + 310);
        store::Statement check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
    }

    void aProjectHeldByAnotherProgramsImportSaysSoWhenOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ltv"));
        store::Project::open(path); // creates it
        // Another program's large import: a rollback journal and an exclusive
        // lock for its whole transaction (as io::BulkImportJournal does).
        sqlite3 *importer = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &importer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(importer, "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QString message;
        try {
            store::Project::open(path); // waits the 5 s busy timeout, then gives up
        } catch (const store::SqlError &e) {
            message = QString::fromStdString(e.what());
        }
        QVERIFY2(message.contains(QStringLiteral("is being written by another program")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("PRAGMA")));
        QCOMPARE(sqlite3_exec(importer, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(importer);
        // Once it has finished the project opens, in WAL mode again.
        const store::Project project = store::Project::open(path);
        QCOMPARE(project.database().scalarInt("SELECT count(*) FROM transactions"), std::int64_t(0));
        store::Statement mode = project.database().prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
    }

    void aWorkersWaitForAnotherProgramsLockEndsWhenCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ltv"));
        store::Project::open(path); // creates it
        sqlite3 *importer = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &importer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(importer, "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        std::atomic<int> waitingReports = 0;
        const pipeline::JobContext job([&](double, const QString &message) {
            if (message.contains(QStringLiteral("Waiting for another program")))
                ++waitingReports;
        });
        // Cancel once the open has said that it waits.
        std::thread canceller([&] {
            while (waitingReports == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            job.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        bool cancelled = false;
        try {
            store::Project::open(path, false, job);
        } catch (const pipeline::Cancelled &) {
            cancelled = true;
        }
        const qint64 waitedMs = clock.elapsed();
        canceller.join();
        QVERIFY(cancelled);
        QCOMPARE(waitingReports.load(), 1);
        // Without the cancel it would have waited the full 5 s.
        QVERIFY2(waitedMs < 2500, qPrintable(QString::number(waitedMs)));

        // Not cancelled, it gives up with the plain message, then opens once the lock is gone.
        QString message;
        try {
            store::Project::open(path, false, pipeline::JobContext());
        } catch (const store::SqlError &e) {
            message = QString::fromStdString(e.what());
        }
        QVERIFY2(message.contains(QStringLiteral("is being written by another program")), qPrintable(message));
        QCOMPARE(sqlite3_exec(importer, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(importer);
        const store::Project project = store::Project::open(path, false, pipeline::JobContext());
        QCOMPARE(project.database().scalarInt("SELECT count(*) FROM transactions"), std::int64_t(0));
    }

    void aCopyHoldsEverythingCommittedAndACancelledCopyLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("demo.ltv"));
        pipeline::buildDemoProject(source, pipeline::JobContext());
        // A reader keeps the source open, so recent pages may still sit in its WAL log.
        const store::Project reader = store::Project::open(source, false);
        const QString target = dir.filePath(QStringLiteral("copy.ltv"));
        {
            QFile stale(target);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("not a project");
        }
        store::copyProject(source, target, pipeline::JobContext());
        const store::Project copy = store::Project::open(target, false);
        QCOMPARE(copy.transactionCount(), reader.transactionCount());
        QCOMPARE(copy.customerCount(), reader.customerCount());
        QCOMPARE(copy.amountMinorTotal(), reader.amountMinorTotal());
        QCOMPARE(copy.importHistory().size(), 1);

        const QString cancelledTarget = dir.filePath(QStringLiteral("cancelled.ltv"));
        const pipeline::JobContext cancelled;
        cancelled.cancel();
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, store::copyProject(source, cancelledTarget, cancelled));
        QVERIFY(!QFileInfo::exists(cancelledTarget));
    }

    void statementsBindAndRollBack()
    {
        QTemporaryDir dir;
        store::Project p = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        {
            store::Transaction t(p.database());
            store::Statement s = p.database().prepare("INSERT INTO customers (external_id) VALUES (?1)");
            s.bind(1, QStringLiteral("x'); DROP TABLE customers; --")).execute();
            QCOMPARE(p.customerCount(), 1);
        } // not committed
        QCOMPARE(p.customerCount(), 0);
        store::Transaction t(p.database());
        store::Statement s = p.database().prepare("INSERT INTO customers (external_id) VALUES (?1)");
        s.bind(1, QStringLiteral("x'); DROP TABLE customers; --")).execute();
        t.commit();
        store::Statement q = p.database().prepare("SELECT external_id FROM customers");
        QVERIFY(q.step());
        QCOMPARE(q.columnText(0), QStringLiteral("x'); DROP TABLE customers; --"));
    }

    void demoProjectMatchesTheBundledLoader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.ltv"));
        const auto report = pipeline::buildDemoProject(path, pipeline::JobContext());
        QCOMPARE(report.rowsImported, 6919);
        store::Project p = store::Project::open(path, false);
        QCOMPARE(p.customerCount(), 2357);
        const features::TransactionSet fromStore = p.loadTransactionSet();
        const features::TransactionSet direct = pipeline::loadDemoTransactions();
        QCOMPARE(fromStore.size(), direct.size());
        QCOMPARE(fromStore.customerCount(), direct.customerCount());
        // Same lines per customer (by id) with the same days and amounts, in (customer, day) order.
        const auto offsetsA = fromStore.customerOffsets();
        const auto offsetsB = direct.customerOffsets();
        for (std::int32_t c = 0; c < fromStore.customerCount(); ++c) {
            const qsizetype other = direct.customerIds.indexOf(fromStore.customerIds[c]); // same id text
            QVERIFY(other >= 0);
            const std::size_t a0 = offsetsA[static_cast<std::size_t>(c)],
                              a1 = offsetsA[static_cast<std::size_t>(c) + 1];
            const std::size_t b0 = offsetsB[static_cast<std::size_t>(other)];
            QCOMPARE(a1 - a0, offsetsB[static_cast<std::size_t>(other) + 1] - b0);
            double sumA = 0, sumB = 0;
            for (std::size_t k = 0; k < a1 - a0; ++k) {
                QCOMPARE(fromStore.day[a0 + k], direct.day[b0 + k]);
                sumA += fromStore.amount[a0 + k];
                sumB += direct.amount[b0 + k];
            }
            QVERIFY(std::abs(sumA - sumB) < 1e-9);
        }
        // Building again adds nothing.
        const auto again = pipeline::buildDemoProject(path, pipeline::JobContext());
        QCOMPARE(again.rowsImported, 0);
        QVERIFY(again.alreadyImported);
    }

    void transactionSetIndexesOrdersAndProducts()
    {
        QTemporaryDir dir;
        store::Project p = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        io::importTransactions(p, test::dataPath(QStringLiteral("returns_negative_quantity_c_invoice.csv")), {},
                               pipeline::JobContext());
        const features::TransactionSet set = p.loadTransactionSet();
        QCOMPARE(set.customerIds, (QStringList{QStringLiteral("17850"), QStringLiteral("13047")}));
        QCOMPARE(set.size(), std::size_t(5));
        QCOMPARE(set.customer, (std::vector<std::int32_t>{0, 0, 0, 1, 1}));
        QCOMPARE(set.productNames.size(), qsizetype(4));
        QCOMPARE(set.productNames[set.product[0]], QStringLiteral("85123A"));
        QCOMPARE(set.product[0], set.product[2]); // the return of the same product
        std::vector<std::int32_t> orders(set.order);
        std::sort(orders.begin(), orders.end());
        QCOMPARE(orders, (std::vector<std::int32_t>{0, 1, 2, 3, 4}));
        QCOMPARE(set.isReturn, (std::vector<std::uint8_t>{0, 0, 1, 1, 1}));
        QCOMPARE(set.quantity[3], -3.0f);
    }

    void exportRoundTripsExactly()
    {
        QTemporaryDir dir;
        store::Project first = store::Project::open(dir.filePath(QStringLiteral("a.ltv")));
        for (const char *fixture : {"quoted_newlines_and_quotes.csv", "returns_negative_quantity_c_invoice.csv",
                                    "gb18030_chinese.csv", "currency_signs_thousands.csv"}) {
            io::ImportOptions o;
            if (QByteArray(fixture).startsWith("gb"))
                o.mapping = {QStringLiteral("customer=1"), QStringLiteral("date=2"), QStringLiteral("amount=3")};
            const auto r =
                io::importTransactions(first, test::dataPath(QString::fromLatin1(fixture)), o, pipeline::JobContext());
            QVERIFY2(!r.failed(), qPrintable(r.error));
        }
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        io::ExportOptions bom;
        bom.byteOrderMark = true;
        const auto exported = io::exportTable(first, QStringLiteral("transactions"), csv, bom, pipeline::JobContext());
        QVERIFY(exported.error.isEmpty());
        QCOMPARE(exported.rows, first.transactionCount());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "customer,date,amount,quantity,invoice,product,is_return\r\n"));
        QVERIFY(bytes.contains("\"Mug \"\"Large\"\"\""));
        QVERIFY(bytes.contains("\"Line one\nline two\""));

        store::Project second = store::Project::open(dir.filePath(QStringLiteral("b.ltv")));
        const auto back = io::importTransactions(second, csv, {}, pipeline::JobContext());
        QVERIFY2(!back.failed(), qPrintable(back.error));
        QCOMPARE(back.rowsImported, first.transactionCount());
        const features::TransactionSet a = first.loadTransactionSet();
        const features::TransactionSet b = second.loadTransactionSet();
        QCOMPARE(b.customerIds, a.customerIds);
        QCOMPARE(b.day, a.day);
        QCOMPARE(b.amount, a.amount);
        QCOMPARE(b.quantity, a.quantity);
        QCOMPARE(b.isReturn, a.isReturn);
        QCOMPARE(b.productNames, a.productNames);
        QCOMPARE(second.amountMinorTotal(), first.amountMinorTotal());
        // A second export of the re-imported project is byte-identical.
        const QString csv2 = dir.filePath(QStringLiteral("out2.csv"));
        io::exportTable(second, QStringLiteral("transactions"), csv2, bom, pipeline::JobContext());
        QFile file2(csv2);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        QCOMPARE(file2.readAll(), bytes);
    }

    void exportOfUnknownTableFails()
    {
        QTemporaryDir dir;
        store::Project p = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        const auto r = io::exportTable(p, QStringLiteral("nope; DROP TABLE x"), dir.filePath(QStringLiteral("x.csv")),
                                       {}, pipeline::JobContext());
        QVERIFY(r.error.contains(QStringLiteral("no table")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
