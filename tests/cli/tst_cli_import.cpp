// `ltv import`, `ltv export` and `ltv generate` end to end.

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using ltv::test::dataPath;
using ltv::test::runCli;

namespace {
qint64 queryInt(const QString &db, const char *sql)
{
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(handle);
    return value;
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private slots:
    void importPrintsTheReport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        const auto r = runCli({QStringLiteral("import"), dataPath(QStringLiteral("CDNOW_master.txt")),
                               QStringLiteral("--project"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Rows read: 69659")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Imported: 69659")));
        QVERIFY(r.out.contains(QStringLiteral("Rejected: 0")));
        QVERIFY(r.out.contains(QStringLiteral("Project: 69659 transactions, 23570 customers")));
        QCOMPARE(queryInt(project, "SELECT count(DISTINCT customer_id) FROM transactions"), 23570);
        // The same file again: nothing added, non-zero exit.
        const auto again = runCli({QStringLiteral("import"), dataPath(QStringLiteral("CDNOW_master.txt")),
                                   QStringLiteral("--project"), project});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.out.contains(QStringLiteral("imported before")));
        QCOMPARE(queryInt(project, "SELECT count(*) FROM transactions"), 69659);
    }

    void mappingAndFormatOptions()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        const auto r = runCli({QStringLiteral("import"), dataPath(QStringLiteral("ambiguous_dates_ddmm_mmdd.csv")),
                               QStringLiteral("--project"), project, QStringLiteral("--date-format"),
                               QStringLiteral("dd/MM/yyyy"), QStringLiteral("--map"), QStringLiteral("customer=1"),
                               QStringLiteral("--map"), QStringLiteral("amount=amount"), QStringLiteral("--delimiter"),
                               QStringLiteral(","), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        QCOMPARE(r.exitCode, 0);
        // 01/02/2024 day-first is 2024-02-01 = day 19754.
        QCOMPARE(queryInt(project, "SELECT min(day) FROM transactions"), 19754);
        QCOMPARE(queryInt(project, "SELECT sum(amount_minor) FROM transactions"), 600);
    }

    void ambiguousDatesFailWithAHint()
    {
        QTemporaryDir dir;
        const auto r = runCli({QStringLiteral("import"), dataPath(QStringLiteral("ambiguous_dates_ddmm_mmdd.csv")),
                               QStringLiteral("--project"), dir.filePath(QStringLiteral("p.ltv"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("--date-format")));
    }

    void maxErrorsAndRejectedCsv()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        const QString rejected = dir.filePath(QStringLiteral("rejected.csv"));
        const auto r = runCli({QStringLiteral("import"), dataPath(QStringLiteral("bad_values_rejected.csv")),
                               QStringLiteral("--project"), project, QStringLiteral("--max-errors"),
                               QStringLiteral("1"), QStringLiteral("--rejected-csv"), rejected});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("more than 1")));
        QCOMPARE(queryInt(project, "SELECT count(*) FROM transactions"), 0);
        QFile csv(rejected);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("line,column,reason\r\n3,customer,empty customer id\r\n4,date,"));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("import"), dataPath(QStringLiteral("tab_delimited.tsv"))}).exitCode, 2);
        QTemporaryDir dir;
        const auto r = runCli({QStringLiteral("import"), dataPath(QStringLiteral("tab_delimited.tsv")),
                               QStringLiteral("--project"), dir.filePath(QStringLiteral("p.ltv")),
                               QStringLiteral("--encoding"), QStringLiteral("klingon")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("klingon")));
    }

    void generateImportExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("retail.csv"));
        const auto g = runCli({QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("300"),
                               QStringLiteral("--out"), csv, QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(g.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID,Country\r\n"));
        const qint64 lines = bytes.count('\n') - 1;
        QVERIFY(g.out.contains(QStringLiteral("Wrote %1 lines").arg(lines)));
        // Same seed, same file.
        const QString csv2 = dir.filePath(QStringLiteral("retail2.csv"));
        runCli({QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("300"),
                QStringLiteral("--out"), csv2, QStringLiteral("--seed"), QStringLiteral("5")});
        QFile file2(csv2);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        QCOMPARE(file2.readAll(), bytes);

        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        const auto imported = runCli({QStringLiteral("import"), csv, QStringLiteral("--project"), project});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Rows read: %1").arg(lines)), qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("Rejected: 0")));
        QVERIFY(imported.out.contains(QStringLiteral("invoice <- Invoice")));
        QVERIFY(imported.out.contains(QStringLiteral("price <- Price")));
        QVERIFY(queryInt(project, "SELECT count(*) FROM transactions WHERE is_return = 1") > 0);
        QCOMPARE(queryInt(project, "SELECT count(DISTINCT customer_id) FROM transactions"), 300);

        const QString out = dir.filePath(QStringLiteral("tx.csv"));
        const auto e = runCli({QStringLiteral("export"), QStringLiteral("transactions"), QStringLiteral("--project"),
                               project, QStringLiteral("--out"), out});
        QCOMPARE(e.exitCode, 0);
        const QString project2 = dir.filePath(QStringLiteral("p2.ltv"));
        QCOMPARE(runCli({QStringLiteral("import"), out, QStringLiteral("--project"), project2}).exitCode, 0);
        QCOMPARE(queryInt(project2, "SELECT sum(amount_minor) FROM transactions"),
                 queryInt(project, "SELECT sum(amount_minor) FROM transactions"));
        QCOMPARE(queryInt(project2, "SELECT count(*) FROM transactions"),
                 queryInt(project, "SELECT count(*) FROM transactions"));
        const auto bad = runCli({QStringLiteral("export"), QStringLiteral("nothing"), QStringLiteral("--project"),
                                 project, QStringLiteral("--out"), out});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("no table")));
    }

    void customerTableImport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.ltv"));
        const auto r = runCli({QStringLiteral("import"), dataPath(QStringLiteral("customer_table_features_ltv.csv")),
                               QStringLiteral("--project"), project, QStringLiteral("--customer-table"),
                               QStringLiteral("--map"), QStringLiteral("target=ltv_12m")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(queryInt(project, "SELECT count(*) FROM customer_dataset_values WHERE column_index = -1"), 3);
        QCOMPARE(queryInt(project, "SELECT CAST(sum(value) * 100 AS INTEGER) FROM customer_dataset_values "
                                   "WHERE column_index = -1"),
                 110075);
    }

    void demoBuildsAProjectFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("demo"));
        const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(queryInt(out + QStringLiteral("/demo.ltv"), "SELECT count(*) FROM transactions"), 6919);
        QCOMPARE(queryInt(out + QStringLiteral("/demo.ltv"), "SELECT count(*) FROM customers"), 2357);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
