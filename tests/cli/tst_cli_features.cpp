// `ltv summary` and `ltv quality` on a project built by `ltv demo` (the CDNOW
// sample imported through the importer): the summary CSV equals the reference.

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using ltv::test::dataPath;
using ltv::test::runCli;

namespace {

std::map<int, QStringList> readCsv(const QString &path, QString *header)
{
    QFile file(path);
    std::map<int, QStringList> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    *header = QString::fromUtf8(file.readLine()).trimmed();
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (fields.size() > 1)
            rows[fields[0].toInt()] = fields;
    }
    return rows;
}

} // namespace

class TestCliFeatures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), dir_.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        project_ = dir_.filePath(QStringLiteral("demo.ltv"));
        QVERIFY(QFile::exists(project_));
    }

    void summaryMatchesReference()
    {
        const QString out = dir_.filePath(QStringLiteral("summary.csv"));
        const auto r = runCli({QStringLiteral("summary"), QStringLiteral("--project"), project_,
                               QStringLiteral("--as-of"), QStringLiteral("1997-09-30"), QStringLiteral("--unit"),
                               QStringLiteral("week"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2357 customers")));
        QString header, refHeader;
        const auto rows = readCsv(out, &header);
        const auto reference =
            readCsv(dataPath(QStringLiteral("cdnow_customers_summary_with_transactions.csv")), &refHeader);
        QVERIFY(header.startsWith(QStringLiteral("customer_id,frequency,recency,T,monetary")));
        QCOMPARE(rows.size(), std::size_t{2357});
        QCOMPARE(reference.size(), std::size_t{2357});
        for (const auto &[id, ref] : reference) {
            const auto it = rows.find(id);
            QVERIFY2(it != rows.end(), qPrintable(QString::number(id)));
            const QStringList &got = it->second;
            QCOMPARE(got[1].toDouble(), ref[1].toDouble());
            QVERIFY(std::abs(std::round(got[2].toDouble() * 100) / 100 - ref[2].toDouble()) < 1e-9);
            QVERIFY(std::abs(std::round(got[3].toDouble() * 100) / 100 - ref[3].toDouble()) < 1e-9);
            QVERIFY(std::abs(got[4].toDouble() - ref[4].toDouble()) <= 0.005 + 1e-9);
        }
    }

    void summaryRejectsBadArguments()
    {
        auto r =
            runCli({QStringLiteral("summary"), QStringLiteral("--project"), project_, QStringLiteral("--as-of"),
                    QStringLiteral("1997-13-40"), QStringLiteral("--out"), dir_.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--as-of")));
        r = runCli({QStringLiteral("summary"), QStringLiteral("--project"), dir_.filePath(QStringLiteral("none.ltv")),
                    QStringLiteral("--as-of"), QStringLiteral("1997-09-30"), QStringLiteral("--out"),
                    dir_.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no project file")));
    }

    void qualityReport()
    {
        const QString cohorts = dir_.filePath(QStringLiteral("cohorts.csv"));
        const auto r =
            runCli({QStringLiteral("quality"), QStringLiteral("--project"), project_, QStringLiteral("--today"),
                    QStringLiteral("1998-06-30"), QStringLiteral("--cohorts"), cohorts});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Lines checked: 6919; kept for the analysis: 6919.")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Missing amounts: none.")));
        QVERIFY(r.out.contains(QStringLiteral("Lines dated after 1998-06-30: none.")));
        QVERIFY(r.out.contains(
            QStringLiteral("Missing amounts and quantities filled with the median of the known purchases; ")));
        QVERIFY(r.out.contains(QStringLiteral("Products: the data have no product column.")));
        QVERIFY(!r.out.contains(QStringLiteral("imputation median")));
        QFile file(cohorts);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1 + 18 + 17 + 16); // header + observed months of the three 1997 Q1 cohorts
        QVERIFY(lines[1].startsWith(QStringLiteral("1997-01,")));
        QVERIFY(lines[1].contains(QStringLiteral(",0,100.0000,")));

        const auto bad = runCli({QStringLiteral("quality"), QStringLiteral("--project"), project_,
                                 QStringLiteral("--outliers"), QStringLiteral("magic")});
        QCOMPARE(bad.exitCode, 2);
    }

private:
    QTemporaryDir dir_;
    QString project_;
};

QTEST_GUILESS_MAIN(TestCliFeatures)
#include "tst_cli_features.moc"
