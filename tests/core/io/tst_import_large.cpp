// Large imports (over io::BulkImportJournal::kMinFileBytes): with no other
// connection open they write through a rollback journal, with a reader open
// they stay in the write-ahead log. Under both, a crash of `ltv import`
// (SIGKILL once it has written pages into the project) or a cancel halfway
// leaves the project's contents exactly as before, and readers never wait.

#include "TestSupport.h"

#include "io/BulkImportJournal.h"
#include "io/Importer.h"
#include "io/SyntheticRetail.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

using namespace ltv;

namespace {

// What the project holds, independent of its page layout: counts and a hash of every stored row.
struct Contents
{
    qint64 transactions = 0, customers = 0, products = 0, imports = 0;
    QByteArray rowsHash;
    bool operator==(const Contents &) const = default;
};

Contents contents(const store::Project &p)
{
    const auto &db = p.database();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    store::Statement s = db.prepare("SELECT id, customer_id, day, amount_minor, quantity, invoice, product_id, "
                                    "is_return FROM transactions ORDER BY id");
    while (s.step())
        for (int c = 0; c < s.columnCount(); ++c)
            hash.addData(QByteArray(s.columnText(c).toUtf8()).append('|'));
    return {p.transactionCount(), p.customerCount(), p.productCount(), db.scalarInt("SELECT count(*) FROM imports"),
            hash.result()};
}

QString pragmaText(const store::Project &p, const char *sql)
{
    store::Statement s = p.database().prepare(sql);
    return s.step() ? s.columnText(0) : QString();
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).exists() ? QFileInfo(path).size() : -1;
}

} // namespace

class TestImportLarge : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString csv_;

    // A project holding one small import, closed.
    QString preparedProject(const QString &name)
    {
        const QString path = dir_.filePath(name);
        store::Project project = store::Project::open(path);
        const auto first = io::importTransactions(project, test::dataPath(QStringLiteral("comma_delimited_header.csv")),
                                                  {}, pipeline::JobContext());
        if (first.rowsImported != 3)
            return {};
        return path;
    }

    // Starts `ltv import` and kills it once written(path) says it has written
    // into the project; fails if the import ends first.
    bool killImportOnce(const QString &project, const std::function<bool()> &written)
    {
        QProcess import;
        import.start(QStringLiteral(LTV_CLI_PATH),
                     {QStringLiteral("import"), csv_, QStringLiteral("--project"), project});
        if (!import.waitForStarted())
            return false;
        QElapsedTimer waited;
        waited.start();
        while (import.state() == QProcess::Running && !written() && waited.elapsed() < 120000)
            QThread::msleep(2);
        const bool stillRunning = import.state() == QProcess::Running;
        import.kill();
        import.waitForFinished();
        return stillRunning && written();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        csv_ = dir_.filePath(QStringLiteral("retail.csv"));
        QFile out(csv_);
        QVERIFY(out.open(QIODevice::WriteOnly));
        io::SyntheticRetailOptions g;
        g.customers = 1'000'000;
        g.maxLines = 1'500'000; // far more than the import's 32 MiB page cache holds
        g.seed = 11;
        QCOMPARE(io::writeSyntheticRetail(out, g, pipeline::JobContext()).lines, std::int64_t(1'500'000));
    }

    void aSoleConnectionImportsUnderARollbackJournalAndReturnsToWal()
    {
        QVERIFY(QFileInfo(csv_).size() >= io::BulkImportJournal::kMinFileBytes);
        const QString path = preparedProject(QStringLiteral("complete.ltv"));
        QVERIFY(!path.isEmpty());
        store::Project project = store::Project::open(path);
        QString modeDuringImport;
        const pipeline::JobContext job([&](double fraction, const QString &) {
            if (fraction >= 0.5 && modeDuringImport.isEmpty())
                modeDuringImport = pragmaText(project, "PRAGMA journal_mode");
        });
        const auto report = io::importTransactions(project, csv_, {}, job);
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(report.rowsImported, std::int64_t(1'500'000));
        QCOMPARE(modeDuringImport, QStringLiteral("delete"));
        QCOMPARE(pragmaText(project, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(project.database().scalarInt("PRAGMA synchronous"), std::int64_t(1)); // NORMAL again
        QCOMPARE(project.transactionCount(), 3 + report.rowsImported);
        QCOMPARE(pragmaText(project, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void cancelledRollbackJournalImportLeavesProjectUnchanged()
    {
        const QString path = preparedProject(QStringLiteral("cancelled.ltv"));
        QVERIFY(!path.isEmpty());
        store::Project project = store::Project::open(path);
        const Contents before = contents(project);
        QString modeAtCancel;
        pipeline::JobContext job;
        job = pipeline::JobContext([&](double fraction, const QString &) {
            if (fraction >= 0.5 && modeAtCancel.isEmpty()) {
                modeAtCancel = pragmaText(project, "PRAGMA journal_mode");
                job.cancel();
            }
        });
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, io::importTransactions(project, csv_, {}, job));
        QCOMPARE(modeAtCancel, QStringLiteral("delete"));
        QCOMPARE(contents(project), before);
        QCOMPARE(pragmaText(project, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(pragmaText(project, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    }

    void aFullDiskUnderTheRollbackJournalWritesNothing()
    {
        const QString path = preparedProject(QStringLiteral("full.ltv"));
        QVERIFY(!path.isEmpty());
        store::Project project = store::Project::open(path);
        const Contents before = contents(project);
        // Room for about 16 MiB more: the import fails after spilling pages into the file.
        const std::int64_t pages = project.database().scalarInt("PRAGMA page_count");
        project.database().exec(("PRAGMA max_page_count = " + std::to_string(pages + 1024)).c_str());
        QString modeDuringImport;
        const pipeline::JobContext job([&](double fraction, const QString &) {
            if (fraction >= 0.1 && modeDuringImport.isEmpty())
                modeDuringImport = pragmaText(project, "PRAGMA journal_mode");
        });
        const auto report = io::importTransactions(project, csv_, {}, job);
        QCOMPARE(modeDuringImport, QStringLiteral("delete"));
        QVERIFY2(report.error.contains(QStringLiteral("disk holding the project is full")), qPrintable(report.error));
        QCOMPARE(contents(project), before);
        QCOMPARE(pragmaText(project, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(pragmaText(project, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    }

    void anOpenReaderKeepsTheImportInWalAndNeverWaits()
    {
        const QString path = preparedProject(QStringLiteral("read.ltv"));
        QVERIFY(!path.isEmpty());
        // The GUI keeps its own connection open while a worker imports.
        store::Project reader = store::Project::open(path);
        reader.database().setBusyTimeout(0); // a lock held against it would fail the read at once
        const Contents before = contents(reader);
        store::Project writer = store::Project::open(path);
        QString modeDuringImport;
        std::optional<Contents> seenByReader;
        const pipeline::JobContext job([&](double fraction, const QString &) {
            if (fraction >= 0.5 && !seenByReader) {
                modeDuringImport = pragmaText(writer, "PRAGMA journal_mode");
                seenByReader = contents(reader);
            }
        });
        const auto report = io::importTransactions(writer, csv_, {}, job);
        QVERIFY2(!report.failed(), qPrintable(report.error));
        QCOMPARE(modeDuringImport, QStringLiteral("wal"));
        QVERIFY(seenByReader.has_value());
        QCOMPARE(*seenByReader, before); // read while the import ran, without waiting
        QCOMPARE(reader.transactionCount(), before.transactions + report.rowsImported);
    }

    void killedRollbackJournalImportLeavesProjectUnchanged()
    {
        const QString path = preparedProject(QStringLiteral("alone.ltv"));
        QVERIFY(!path.isEmpty());
        Contents before;
        {
            const store::Project project = store::Project::open(path);
            before = contents(project);
        }
        const qint64 sizeBefore = fileSize(path);
        const QString journal = path + QStringLiteral("-journal");
        // The project file itself grows: the import has spilled pages into it.
        QVERIFY2(
            killImportOnce(path, [&] { return fileSize(journal) >= 0 && fileSize(path) > sizeBefore + (4 << 20); }),
            "the import ended before it wrote into the project file; make the CSV larger");
        QVERIFY2(fileSize(journal) >= 0, "no rollback journal was left behind by the killed import");

        const store::Project project = store::Project::open(path);
        QCOMPARE(contents(project), before);
        QCOMPARE(pragmaText(project, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(pragmaText(project, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QVERIFY(!QFileInfo::exists(journal));
    }

    void killedWriteAheadLogImportLeavesProjectUnchanged()
    {
        const QString path = preparedProject(QStringLiteral("shared.ltv"));
        QVERIFY(!path.isEmpty());
        // An open reader, as the GUI keeps one: the import must stay in WAL.
        std::optional<store::Project> reader(store::Project::open(path));
        const Contents before = contents(*reader);
        const QString wal = path + QStringLiteral("-wal");
        const QString journal = path + QStringLiteral("-journal");
        bool sawJournal = false;
        QVERIFY2(killImportOnce(path,
                                [&] {
                                    sawJournal = sawJournal || QFileInfo::exists(journal);
                                    return fileSize(wal) > (8 << 20);
                                }),
                 "the import ended before it wrote into the write-ahead log; make the CSV larger");
        QVERIFY(!sawJournal);
        QCOMPARE(contents(*reader), before); // the reader was never blocked and sees no part of the import
        reader.reset();

        const store::Project project = store::Project::open(path);
        QCOMPARE(contents(project), before);
        QCOMPARE(pragmaText(project, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(pragmaText(project, "PRAGMA journal_mode"), QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(TestImportLarge)
#include "tst_import_large.moc"
