// One import is one transaction: a cancel or too many errors leave the
// project file exactly as before; re-imports and overlapping exports add
// only what is new; pseudonymisation never writes the raw id.

#include "ImportTestHelpers.h"

#include "io/CustomerTableImporter.h"
#include "io/Pseudonymizer.h"
#include "io/SyntheticRetail.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace ltv;

namespace {
struct Snapshot
{
    qint64 transactions = 0, customers = 0, products = 0, imports = 0, attributes = 0, total = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const store::Project &p)
{
    const auto &db = p.database();
    return {p.transactionCount(),
            p.customerCount(),
            p.productCount(),
            db.scalarInt("SELECT count(*) FROM imports"),
            db.scalarInt("SELECT count(*) FROM customer_attributes"),
            p.amountMinorTotal()};
}

QString integrity(const store::Project &p)
{
    store::Statement s = p.database().prepare("PRAGMA integrity_check");
    return s.step() ? s.columnText(0) : QString();
}

// Writes a generated Online-Retail-style file; returns its data lines (-1 if it cannot be written).
std::int64_t writeRetail(const QString &path, std::int64_t customers, std::uint64_t seed)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return -1;
    io::SyntheticRetailOptions g;
    g.customers = customers;
    g.seed = seed;
    return io::writeSyntheticRetail(out, g, pipeline::JobContext()).lines;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestImportAtomicity : public QObject
{
    Q_OBJECT
private slots:
    void cancelHalfwayLeavesProjectUnchanged()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("retail.csv"));
        QVERIFY(writeRetail(csv, 4000, 7) > 40000);
        const QString path = dir.filePath(QStringLiteral("p.ltv"));
        store::Project project = store::Project::open(path);
        // A first, complete import so that "unchanged" means something.
        const auto first = io::importTransactions(project, test::dataPath(QStringLiteral("comma_delimited_header.csv")),
                                                  {}, pipeline::JobContext());
        QCOMPARE(first.rowsImported, 3);
        const Snapshot before = snapshot(project);
        project.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QByteArray bytesBefore = fileHash(path);

        double progressAtCancel = 0.0;
        pipeline::JobContext job;
        job = pipeline::JobContext([&](double fraction, const QString &) {
            if (fraction >= 0.5 && progressAtCancel == 0.0) {
                progressAtCancel = fraction;
                job.cancel();
            }
        });
        bool cancelled = false;
        try {
            io::importTransactions(project, csv, {}, job);
        } catch (const pipeline::Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(progressAtCancel >= 0.5 && progressAtCancel < 0.9);
        QCOMPARE(snapshot(project), before);
        QCOMPARE(integrity(project), QStringLiteral("ok"));
        project.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QCOMPARE(fileHash(path), bytesBefore);

        // The same file imports completely afterwards.
        const auto full = io::importTransactions(project, csv, {}, pipeline::JobContext());
        QVERIFY2(!full.failed(), qPrintable(full.error));
        QVERIFY(full.balanced());
        QCOMPARE(project.transactionCount(), before.transactions + full.rowsImported);
        // The bulk insert runs without per-row foreign-key lookups; the result satisfies them all.
        QCOMPARE(project.database().scalarInt("SELECT count(*) FROM pragma_foreign_key_check"), std::int64_t(0));
        QCOMPARE(project.database().scalarInt("PRAGMA foreign_keys"), std::int64_t(1));
    }

    void aFullDiskWritesNothingAndSaysSo()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("retail.csv"));
        QVERIFY(writeRetail(csv, 2000, 3) > 20000);
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        QCOMPARE(io::importTransactions(project, test::dataPath(QStringLiteral("comma_delimited_header.csv")), {},
                                        pipeline::JobContext())
                     .rowsImported,
                 3);
        const Snapshot before = snapshot(project);
        // The file may not grow by more than 8 pages: SQLite then fails as on a full disk.
        const std::int64_t pages = project.database().scalarInt("PRAGMA page_count");
        project.database().exec(("PRAGMA max_page_count = " + std::to_string(pages + 8)).c_str());
        const auto report = io::importTransactions(project, csv, {}, pipeline::JobContext());
        QVERIFY(report.failed());
        QVERIFY2(report.error.contains(QStringLiteral("disk holding the project is full")), qPrintable(report.error));
        QVERIFY(!report.error.contains(QStringLiteral("INSERT"))); // no SQL in what the user reads
        QCOMPARE(report.sourceFile, QStringLiteral("retail.csv"));
        // The printed report does not pretend that zero rows were read.
        QVERIFY(report.toText().contains(QStringLiteral("Error: the disk holding the project is full")));
        QVERIFY(!report.toText().contains(QStringLiteral("Rows read")));
        QCOMPARE(snapshot(project), before);
        QCOMPARE(integrity(project), QStringLiteral("ok"));
    }

    void tooManyErrorsWritesNothing()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        const Snapshot before = snapshot(project);
        io::ImportOptions strict;
        strict.maxErrors = 2;
        const auto report = io::importTransactions(project, test::dataPath(QStringLiteral("bad_values_rejected.csv")),
                                                   strict, pipeline::JobContext());
        QVERIFY(report.failed());
        QVERIFY(report.error.contains(QStringLiteral("more than 2")));
        QCOMPARE(report.rowsRejected, 3);
        QCOMPARE(snapshot(project), before);
        QCOMPARE(integrity(project), QStringLiteral("ok"));
        strict.maxErrors = 3; // exactly the number of bad rows: imports the rest
        const auto ok = io::importTransactions(project, test::dataPath(QStringLiteral("bad_values_rejected.csv")),
                                               strict, pipeline::JobContext());
        QVERIFY(!ok.failed());
        QCOMPARE(project.transactionCount(), 2);
    }

    void sameFileTwiceAddsNothing()
    {
        test::ImportFixture f(QStringLiteral("comma_delimited_header.csv"));
        const Snapshot before = snapshot(*f.project);
        const auto again = io::importTransactions(
            *f.project, test::dataPath(QStringLiteral("comma_delimited_header.csv")), {}, pipeline::JobContext());
        QVERIFY(again.alreadyImported);
        QCOMPARE(again.rowsImported, 0);
        QCOMPARE(again.rowsDuplicate, 3);
        QVERIFY(again.balanced());
        QCOMPARE(snapshot(*f.project), before);
        const auto history = f.project->importHistory();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].sourceFile, QStringLiteral("comma_delimited_header.csv"));
        QCOMPARE(history[0].rowsImported, 3);
        QCOMPARE(history[0].contentHash.size(), qsizetype(64));
        QVERIFY(history[0].mappingJson.contains(QStringLiteral("\"customer\":\"customer_id\"")));
    }

    void overlappingNewerExportAddsOnlyNewRows()
    {
        test::ImportFixture f(QStringLiteral("duplicates_overlap_january.csv"));
        QCOMPARE(f.report.rowsImported, 3);
        const auto newer = io::importTransactions(
            *f.project, test::dataPath(QStringLiteral("duplicates_overlap_january_february.csv")), {},
            pipeline::JobContext());
        QCOMPARE(newer.rowsRead, 5);
        QCOMPARE(newer.rowsDuplicate, 3);
        QCOMPARE(newer.rowsImported, 2);
        QVERIFY(newer.balanced());
        QCOMPARE(f.project->transactionCount(), 5);
        QCOMPARE(f.project->amountMinorTotal(), 15000);
        const auto rows = f.rows();
        QCOMPARE(rows.back().customer, QStringLiteral("u1"));
        QCOMPARE(rows.back().invoice, QStringLiteral("A5"));
        QCOMPARE(f.project->importHistory().size(), 2);
    }

    void repeatedIdenticalRowsDeduplicateByOccurrence()
    {
        test::ImportFixture f(QStringLiteral("identical_rows_in_file.csv"));
        QCOMPARE(f.project->transactionCount(), 4);
        // A newer export holding the same three identical rows plus one more adds exactly one.
        QFile newer(f.dir.filePath(QStringLiteral("newer.csv")));
        QVERIFY(newer.open(QIODevice::WriteOnly));
        newer.write("customer,date,amount\ns1,2024-01-01,5.00\ns1,2024-01-01,5.00\ns1,2024-01-01,5.00\n"
                    "s1,2024-01-01,5.00\ns2,2024-01-01,5.00\n");
        newer.close();
        const auto report = io::importTransactions(*f.project, newer.fileName(), {}, pipeline::JobContext());
        QCOMPARE(report.rowsImported, 1);
        QCOMPARE(report.rowsDuplicate, 4);
        QCOMPARE(f.project->transactionCount(), 5);
    }

    void pseudonymisedIdsNeverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ltv"));
        const QString csv = dir.filePath(QStringLiteral("ids.csv"));
        {
            QFile out(csv);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("customer,date,amount,product\nalice@example.org,2024-01-01,1.00,P1\n"
                      "bob@example.org,2024-01-02,2.00,P2\nalice@example.org,2024-01-03,3.00,P1\n");
        }
        QByteArray secret;
        {
            store::Project project = store::Project::open(path);
            io::ImportOptions o;
            o.pseudonymize = true;
            const auto r = io::importTransactions(project, csv, o, pipeline::JobContext());
            QCOMPARE(r.rowsImported, 3);
            QCOMPARE(project.customerCount(), 2);
            secret = project.pseudonymSecret();
            QCOMPARE(secret.size(), qsizetype(32));
            const features::TransactionSet set = project.loadTransactionSet();
            const QString expected = QString::fromStdString(io::pseudonymize("alice@example.org", secret));
            QCOMPARE(expected.size(), qsizetype(32));
            QVERIFY(set.customerIds.contains(expected));
            // Independent HMAC-SHA256 with the same key gives the same pseudonym.
            const QByteArray mac =
                QMessageAuthenticationCode::hash("alice@example.org", secret, QCryptographicHash::Sha256);
            QCOMPARE(expected, QString::fromLatin1(mac.toHex().left(32)));
            // The same id maps to the same pseudonym in a later import.
            QFile more(dir.filePath(QStringLiteral("more.csv")));
            QVERIFY(more.open(QIODevice::WriteOnly));
            more.write("customer,date,amount\nalice@example.org,2024-02-01,9.00\n");
            more.close();
            const auto again = io::importTransactions(project, more.fileName(), o, pipeline::JobContext());
            QCOMPARE(again.rowsImported, 1);
            QCOMPARE(project.customerCount(), 2);
            project.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("alice"));
        QVERIFY(!bytes.contains("bob@"));
        QVERIFY(!bytes.contains("example.org"));
        QVERIFY(bytes.contains("P2")); // products are not personal and are stored as is
    }

    void customerTableBecomesATrainingDataset()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        io::ImportOptions o;
        o.mapping = {QStringLiteral("target=ltv_12m")};
        const auto report = io::importCustomerTable(
            project, test::dataPath(QStringLiteral("customer_table_features_ltv.csv")), o, pipeline::JobContext());
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.rowsImported, 3);
        const auto datasets = project.customerDatasets();
        QCOMPARE(datasets.size(), 1);
        const store::CustomerDataset &d = datasets[0];
        QCOMPARE(d.customerIds, (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
        QCOMPARE(d.columns, (QStringList{QStringLiteral("age"), QStringLiteral("orders"), QStringLiteral("region")}));
        QCOMPARE(d.targetColumn, QStringLiteral("ltv_12m"));
        QCOMPARE(d.values[0], 34.0);
        QCOMPARE(d.values[1], 5.0);
        QVERIFY(std::isnan(d.values[2])); // text feature
        QVERIFY(std::isnan(d.values[6])); // empty age of c3
        QCOMPARE(d.values[7], 12.0);
        QCOMPARE(d.target, (std::vector<double>{120.5, 0.0, 980.25}));
        const auto again = io::importCustomerTable(
            project, test::dataPath(QStringLiteral("customer_table_features_ltv.csv")), o, pipeline::JobContext());
        QVERIFY(again.alreadyImported);
        QCOMPARE(project.customerDatasets().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportAtomicity)
#include "tst_import_atomicity.moc"
