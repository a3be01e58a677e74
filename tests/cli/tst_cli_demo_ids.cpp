// The bundled CDNOW demo names its customers alike wherever it is used: the
// --demo option of the commands, the demo project (buildDemoProject, used by
// `ltv demo` and the GUI) and a project into which the user imports the same
// file all keep the id as the file writes it, zero-padded ("0001").

#include "DemoProjectFixture.h"
#include "TestSupport.h"

#include "pipeline/DemoData.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;
using namespace ltv::test;

namespace {

// The customer_id column of an `ltv predict` CSV, in file order.
QStringList csvCustomerIds(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList ids;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            ids << line.section(QLatin1Char(','), 0, 0);
    }
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

class TestCliDemoIds : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;

    ProcessResult predict(const QStringList &source, const QString &csv)
    {
        return runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("bgnbd"),
                                  QStringLiteral("--as-of"), QStringLiteral("1997-09-30"), QStringLiteral("--out"),
                                  dir_.filePath(csv)} +
                      source);
    }

private slots:
    void demoOptionAndDemoProjectNameCustomersAlike()
    {
        const QString project = ltv::test::buildDemoProjectIn(dir_);
        const QStringList projectIds = store::Project::open(project, false).loadTransactionSet().customerIds;
        QCOMPARE(projectIds.size(), 2357);
        QVERIFY(projectIds.contains(QStringLiteral("0001")));

        const auto demo = predict({QStringLiteral("--demo")}, QStringLiteral("demo.csv"));
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QStringList demoIds = csvCustomerIds(dir_.filePath(QStringLiteral("demo.csv")));
        QCOMPARE(demoIds.size(), 2357);
        QCOMPARE(demoIds.first(), QStringLiteral("0001")); // sample customer 1 (master 00004)
        QCOMPARE(sorted(demoIds), sorted(projectIds));
        QCOMPARE(sorted(pipeline::loadDemoTransactions().customerIds), sorted(projectIds));

        // The same predictions for the same customer, whichever way the demo is read.
        const auto fromProject = predict({QStringLiteral("--project"), project}, QStringLiteral("project.csv"));
        QVERIFY2(fromProject.exitCode == 0, qPrintable(fromProject.err));
        QFile a(dir_.filePath(QStringLiteral("demo.csv"))), b(dir_.filePath(QStringLiteral("project.csv")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QStringList demoRows = QString::fromUtf8(a.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList projectRows = QString::fromUtf8(b.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        demoRows.sort();
        projectRows.sort();
        QCOMPARE(projectRows, demoRows);
    }

    void importingTheDemoFileGivesTheSameIds()
    {
        const QString file = dir_.filePath(QStringLiteral("CDNOW_sample.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pipeline::demoDataBytes());
        out.close();
        const QString project = dir_.filePath(QStringLiteral("imported.ltv"));
        const auto imported = runCli(
            {QStringLiteral("import"), file, QStringLiteral("--project"), project, QStringLiteral("--header"),
             QStringLiteral("no"), QStringLiteral("--delimiter"), QStringLiteral("whitespace"),
             QStringLiteral("--date-format"), QStringLiteral("yyyyMMdd"), QStringLiteral("--map"),
             QStringLiteral("customer=2"), QStringLiteral("--map"), QStringLiteral("date=3"), QStringLiteral("--map"),
             QStringLiteral("quantity=4"), QStringLiteral("--map"), QStringLiteral("amount=5")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        QCOMPARE(sorted(store::Project::open(project, false).loadTransactionSet().customerIds),
                 sorted(pipeline::loadDemoTransactions().customerIds));
    }
};

QTEST_GUILESS_MAIN(TestCliDemoIds)
#include "tst_cli_demo_ids.moc"
