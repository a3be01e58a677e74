// Overlapping imports add exactly the rows the project does not hold yet,
// whichever way duplicates are found: in memory with the identity index
// rebuilt afterwards (a file at least a quarter of the project's size), or by
// the index itself (a small file into a much larger project). Expected counts and sums are
// computed here from the CSV text, independently of the importer.

#include "ImportTestHelpers.h"

#include "io/ImportDeduplicator.h"
#include "io/SyntheticRetail.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <cmath>
#include <map>

using namespace ltv;

namespace {

// A data line's identity (customer, date, amount, invoice, product) and amount in cents.
struct LineKey
{
    QByteArray key;
    qint64 cents = 0;
};

LineKey keyOf(const QByteArray &line)
{
    // Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID,Country (no quoting in generated files)
    const QList<QByteArray> f = line.split(',');
    const double quantity = f[2].toDouble();
    const double price = f[4].toDouble();
    qint64 cents = std::llround(quantity * price * 100.0);
    if (quantity < 0 || f[0].startsWith('C'))
        cents = -std::llabs(cents);
    return {f[5] + '|' + f[3].left(10) + '|' + QByteArray::number(cents) + '|' + f[0] + '|' + f[1], cents};
}

struct Expected
{
    qint64 imported = 0, duplicate = 0, centsAdded = 0;
};

// Rows of `newer` that are new after the `earlier` files were imported: the
// project holds as many rows of an identity as the file that had the most,
// and a file adds the occurrences beyond those.
std::map<QByteArray, qint64> heldAfter(const QList<QList<QByteArray>> &files)
{
    std::map<QByteArray, qint64> held;
    for (const QList<QByteArray> &file : files) {
        std::map<QByteArray, qint64> counts;
        for (const QByteArray &line : file)
            ++counts[keyOf(line).key];
        for (const auto &[key, count] : counts)
            held[key] = std::max(held[key], count);
    }
    return held;
}

// Stored rows per identity, keyed like keyOf().
std::map<QByteArray, qint64> storedCounts(const store::Database &db)
{
    std::map<QByteArray, qint64> counts;
    store::Statement s =
        db.prepare("SELECT c.external_id || '|' || date(t.day * 86400, 'unixepoch') || '|' || t.amount_minor || '|' || "
                   "t.invoice || '|' || ifnull(p.code, ''), count(*) FROM transactions t JOIN customers c ON c.id = "
                   "t.customer_id LEFT JOIN products p ON p.id = t.product_id "
                   "GROUP BY t.customer_id, t.day, t.amount_minor, t.invoice, t.product_id");
    while (s.step()) {
        const std::string_view key = s.columnUtf8(0);
        counts[QByteArray(key.data(), qsizetype(key.size()))] = s.columnInt(1);
    }
    return counts;
}

Expected expectedAfter(const QList<QList<QByteArray>> &earlier, const QList<QByteArray> &newer)
{
    std::map<QByteArray, qint64> held = heldAfter(earlier), seen;
    Expected e;
    for (const QByteArray &line : newer) {
        const LineKey k = keyOf(line);
        if (seen[k.key]++ < held[k.key]) {
            ++e.duplicate;
        } else {
            ++e.imported;
            e.centsAdded += k.cents;
        }
    }
    return e;
}

qint64 sumOf(const QList<QByteArray> &lines)
{
    qint64 total = 0;
    for (const QByteArray &line : lines)
        total += keyOf(line).cents;
    return total;
}

QString writeCsv(const QString &path, const QByteArray &header, const QList<QByteArray> &lines)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(header + '\n');
    for (const QByteArray &line : lines)
        out.write(line + '\n');
    return path;
}

std::int64_t estimatedRowsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    io::ImportLayout layout;
    QString error;
    if (!io::resolveLayout(file, {}, &layout, &error))
        return -1;
    return io::estimatedRows(layout);
}

} // namespace

class TestImportDedup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QByteArray header_;
    QList<QByteArray> lines_;

    // Imports lines [0, olderEnd) and then [newerBegin, end) plus repeats of
    // some overlapping lines, and checks every count against the CSV text.
    void checkOverlap(double olderEnd, double newerBegin, bool expectRebuild)
    {
        const auto n = lines_.size();
        const QList<QByteArray> older = lines_.mid(0, qsizetype(double(n) * olderEnd));
        QList<QByteArray> newer = lines_.mid(qsizetype(double(n) * newerBegin));
        // Identical lines repeated within the newer file: only repeats beyond the stored ones are new.
        const QList<QByteArray> repeated = lines_.mid(qsizetype(double(n) * newerBegin), 40);
        newer += repeated;
        newer += repeated;
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        const QString olderPath = writeCsv(dir_.filePath(tag + QStringLiteral("-older.csv")), header_, older);
        const QString newerPath = writeCsv(dir_.filePath(tag + QStringLiteral("-newer.csv")), header_, newer);

        store::Project project = store::Project::open(dir_.filePath(tag + QStringLiteral(".ltv")));
        const auto first = io::importTransactions(project, olderPath, {}, pipeline::JobContext());
        QVERIFY2(!first.failed(), qPrintable(first.error));
        const Expected e0 = expectedAfter({}, older);
        QCOMPARE(first.rowsImported, e0.imported);
        QCOMPARE(first.rowsDuplicate, 0);
        QCOMPARE(project.amountMinorTotal(), sumOf(older));

        // The strategy follows from the sizes: in memory unless the project outgrows the file severalfold.
        QCOMPARE(project.transactionCount() <=
                     io::ImportDeduplicator::kMaxStoredRowsPerFileRow * estimatedRowsOf(newerPath),
                 expectRebuild);
        const auto second = io::importTransactions(project, newerPath, {}, pipeline::JobContext());
        QVERIFY2(!second.failed(), qPrintable(second.error));
        const Expected e = expectedAfter({older}, newer);
        QVERIFY(e.duplicate > 80); // the overlap is real
        QCOMPARE(second.rowsRead, qint64(newer.size()));
        QCOMPARE(second.rowsImported, e.imported);
        QCOMPARE(second.rowsDuplicate, e.duplicate);
        QVERIFY(second.balanced());
        QCOMPARE(project.transactionCount(), e0.imported + e.imported);
        QCOMPARE(project.amountMinorTotal(), sumOf(older) + e.centsAdded);

        // The (customer, day) index is there again and consistent.
        const auto &db = project.database();
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'transactions_by_customer'"), 1);
        {
            store::Statement check = db.prepare("PRAGMA integrity_check");
            QVERIFY(check.step());
            QCOMPARE(check.columnText(0), QStringLiteral("ok"));
        }
        // Per identity the project holds as many rows as the file that had the most.
        QCOMPARE(storedCounts(db), heldAfter({older, newer}));

        // A third file holding both files back to back: an identity in both
        // now occurs more often than either held, so those extra occurrences are new.
        QList<QByteArray> both = older;
        both += newer;
        const QString bothPath = writeCsv(dir_.filePath(tag + QStringLiteral("-both.csv")), header_, both);
        const qint64 before = project.transactionCount();
        const auto third = io::importTransactions(project, bothPath, {}, pipeline::JobContext());
        QVERIFY2(!third.failed(), qPrintable(third.error));
        const Expected e3 = expectedAfter({older, newer}, both);
        QVERIFY(e3.imported > 80);
        QCOMPARE(third.rowsImported, e3.imported);
        QCOMPARE(third.rowsDuplicate, e3.duplicate);
        QCOMPARE(project.transactionCount(), before + e3.imported);
        QCOMPARE(project.amountMinorTotal(), sumOf(older) + e.centsAdded + e3.centsAdded);
        QCOMPARE(storedCounts(db), heldAfter({older, newer, both}));

        // The newer file's lines in reverse order (other bytes, same rows) add nothing.
        QList<QByteArray> reversed(newer.rbegin(), newer.rend());
        const QString reversedPath = writeCsv(dir_.filePath(tag + QStringLiteral("-reversed.csv")), header_, reversed);
        const auto fourth = io::importTransactions(project, reversedPath, {}, pipeline::JobContext());
        QVERIFY(!fourth.alreadyImported);
        QCOMPARE(fourth.rowsImported, 0);
        QCOMPARE(fourth.rowsDuplicate, qint64(reversed.size()));
        QCOMPARE(project.transactionCount(), before + e3.imported);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        io::SyntheticRetailOptions g;
        g.customers = 800;
        g.seed = 11;
        io::writeSyntheticRetail(buffer, g, pipeline::JobContext());
        QList<QByteArray> lines = buffer.data().split('\n');
        while (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        header_ = lines.takeFirst();
        lines_ = lines;
        QVERIFY(lines_.size() > 5000);
    }

    void largeFileIntoSmallerProjectFindsDuplicatesInMemory() { checkOverlap(0.3, 0.2, true); }
    // A newer export of part of the history, as when an analyst refreshes the data.
    void fileAThirdOfTheProjectFindsDuplicatesInMemory() { checkOverlap(0.9, 0.6, true); }
    void smallFileIntoMuchLargerProjectUsesTheIndex() { checkOverlap(0.9, 0.85, false); }
};

QTEST_GUILESS_MAIN(TestImportDedup)
#include "tst_import_dedup.moc"
