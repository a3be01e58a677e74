// `ltv segment` and `ltv recommend` on the bundled demo data.

#include "TestSupport.h"

#include "segments/Playbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using ltv::test::runCli;

namespace {
QList<QByteArray> csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

class TestSegmentCli : public QObject
{
    Q_OBJECT
private slots:
    void segmentWritesEveryCustomer()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("segments.csv"));
        const auto r = runCli({QStringLiteral("segment"), QStringLiteral("--demo"), QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Customers: 2357")));
        QVERIFY(r.out.contains(QStringLiteral("Champions")));
        QVERIFY(r.out.contains(QStringLiteral("High value, high risk: win back now")));
        const QList<QByteArray> lines = csvLines(csv);
        QCOMPARE(lines.size(), 2358);
        QVERIFY(lines[0].startsWith("customer_id,recency,frequency,monetary,r,f,m,rfm_segment"));
        // decile counts in the CSV add up and are balanced
        std::map<QByteArray, int> deciles;
        const int decileColumn = static_cast<int>(lines[0].split(',').indexOf("ltv_decile"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // value_risk_segment is quoted (it has a comma): take columns from the right
            const QList<QByteArray> cells = lines[i].split(',');
            ++deciles[cells[cells.size() - (lines[0].split(',').size() - decileColumn)]];
        }
        QCOMPARE(deciles.size(), std::size_t{10});
        for (const auto &[decile, count] : deciles)
            QVERIFY(count == 235 || count == 236);
    }

    void segmentNeedsData()
    {
        const auto r = runCli({QStringLiteral("segment")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        const auto bad = runCli({QStringLiteral("segment"), QStringLiteral("--demo"), QStringLiteral("--model"),
                                 QStringLiteral("xgboost")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("bgnbd")));
    }

    void recommendStaysWithinBudget()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("actions.csv"));
        const auto r = runCli({QStringLiteral("recommend"), QStringLiteral("--demo"), QStringLiteral("--budget"),
                               QStringLiteral("100"), QStringLiteral("--cost-per-contact"), QStringLiteral("0.5"),
                               QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Playbook")));
        QVERIFY(r.out.contains(QStringLiteral("No product column")));
        const QList<QByteArray> lines = csvLines(csv);
        QCOMPARE(lines.size(), 201); // 100 / 0.5 contacts + header: the demo has more eligible customers
        double spend = 0.0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            spend += cells[4].toDouble();
            QVERIFY(cells[2] != "suppression");
        }
        QCOMPARE(spend, 100.0);
    }

    void editedPlaybookIsApplied()
    {
        QTemporaryDir dir;
        ltv::segments::Playbook playbook = ltv::segments::defaultRfmPlaybook();
        for (auto &entry : playbook.entries)
            if (entry.segment == QLatin1String("Champions")) {
                entry.action = ltv::segments::ActionKind::Suppression;
                entry.uplift = 0.0;
            }
        const QString json = dir.filePath(QStringLiteral("playbook.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(playbook.toJson());
        file.close();
        const QString csv = dir.filePath(QStringLiteral("actions.csv"));
        const auto r = runCli({QStringLiteral("recommend"), QStringLiteral("--demo"), QStringLiteral("--playbook"), json,
                               QStringLiteral("--budget"), QStringLiteral("50"), QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QByteArray &line : csvLines(csv))
            QVERIFY(!line.contains(",Champions,"));
        const auto broken = runCli({QStringLiteral("recommend"), QStringLiteral("--demo"), QStringLiteral("--playbook"),
                                    dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(broken.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "tst_segmentcli.moc"
