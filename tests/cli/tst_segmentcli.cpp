// `ltv segment` and `ltv recommend` on the bundled demo data.

#include "DemoProjectFixture.h"
#include "TestSupport.h"

#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "segments/Playbook.h"
#include "segments/SegmentSettings.h"
#include "store/Project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using ltv::test::importIntoProject;
using ltv::test::runCli;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The output without the lines that say where the settings came from.
QString withoutOrigins(QString out)
{
    QStringList kept;
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("RFM rules: ")) && !line.startsWith(QLatin1String("Value x risk grid: ")) &&
            !line.startsWith(QLatin1String("Playbook: ")))
            kept << line;
    return kept.join(QLatin1Char('\n'));
}

QList<QByteArray> csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().replace("\r\n", "\n").split('\n');
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
        const QString summary = dir.filePath(QStringLiteral("summary.csv"));
        const auto r = runCli({QStringLiteral("segment"), QStringLiteral("--demo"), QStringLiteral("--clusters"),
                               QStringLiteral("--out"), csv, QStringLiteral("--summary-out"), summary});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Customers: 2357")));
        QVERIFY(r.out.contains(QStringLiteral("Every segmentation above adds up to 2357 customers.")));
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
        // the summary CSV: customers per segment add up to 2357 in each of the four segmentations
        std::map<QByteArray, int> customersBy;
        const QList<QByteArray> summaryLines = csvLines(summary);
        QVERIFY(summaryLines[0].startsWith("segmentation,segment,customers"));
        for (qsizetype i = 1; i < summaryLines.size(); ++i) {
            const QList<QByteArray> cells = summaryLines[i].split(',');
            // a quoted cell name holds one comma: the count is then one column further
            customersBy[cells[0]] += cells[summaryLines[i].contains('"') ? 3 : 2].toInt();
        }
        QCOMPARE(customersBy.size(), std::size_t{4});
        for (const auto &[kind, count] : customersBy)
            QVERIFY2(count == 2357, kind.constData());
        for (const auto &[decile, count] : deciles)
            QVERIFY(count == 235 || count == 236);
    }

    void projectGivesTheSameSegmentsAsTheDemo()
    {
        // Import the bundled sample (source tree copy) into a project, then segment it.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("sample.ltv"));
        const auto imported = runCli(
            {QStringLiteral("import"), ltv::test::sourcePath(QStringLiteral("resources/demo/CDNOW_sample.txt")),
             QStringLiteral("--project"), project, QStringLiteral("--header"), QStringLiteral("no"),
             QStringLiteral("--map"), QStringLiteral("customer=2"), QStringLiteral("--map"), QStringLiteral("date=3"),
             QStringLiteral("--map"), QStringLiteral("quantity=4"), QStringLiteral("--map"), QStringLiteral("amount=5"),
             QStringLiteral("--date-format"), QStringLiteral("yyyyMMdd")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto fromProject = runCli({QStringLiteral("segment"), QStringLiteral("--project"), project});
        QVERIFY2(fromProject.exitCode == 0, qPrintable(fromProject.err));
        const auto fromDemo = runCli({QStringLiteral("segment"), QStringLiteral("--demo")});
        QCOMPARE(fromProject.out, fromDemo.out);
        const auto both =
            runCli({QStringLiteral("segment"), QStringLiteral("--demo"), QStringLiteral("--project"), project});
        QCOMPARE(both.exitCode, 2);
        const auto missing =
            runCli({QStringLiteral("recommend"), QStringLiteral("--project"), dir.filePath(QStringLiteral("no.ltv"))});
        QCOMPARE(missing.exitCode, 1);
    }

    void recommendWithProducts()
    {
        // A generated retail file has products and invoices: cross-sell and inventory run.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("retail.csv"));
        const QString project = dir.filePath(QStringLiteral("retail.ltv"));
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("1000"),
                         QStringLiteral("--out"), csv, QStringLiteral("--seed"), QStringLiteral("5")})
                     .exitCode,
                 0);
        const auto imported = importIntoProject(csv, project);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString rules = dir.filePath(QStringLiteral("rules.csv"));
        const QString suggestions = dir.filePath(QStringLiteral("suggestions.csv"));
        const QString inventory = dir.filePath(QStringLiteral("inventory.csv"));
        const auto r = runCli({QStringLiteral("recommend"), QStringLiteral("--project"), project,
                               QStringLiteral("--cross-sell-out"), rules, QStringLiteral("--suggestions-out"),
                               suggestions, QStringLiteral("--inventory-out"), inventory});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Inventory signal")));
        const QList<QByteArray> ruleLines = csvLines(rules);
        QVERIFY(ruleLines.size() > 1);
        QCOMPARE(ruleLines[0], QByteArray("antecedent,consequent,baskets,support,confidence,lift"));
        for (qsizetype i = 1; i < ruleLines.size(); ++i) {
            const QList<QByteArray> cells = ruleLines[i].split(',');
            QVERIFY(cells[2].toInt() >= 2);
            QVERIFY(cells[5].toDouble() >= 1.0);
            QVERIFY(cells[0] != cells[1]);
        }
        QVERIFY(csvLines(suggestions).size() > 1);
        const QList<QByteArray> inventoryLines = csvLines(inventory);
        QVERIFY(inventoryLines.size() > 1);
        for (qsizetype i = 2; i < inventoryLines.size(); ++i) // sorted by expected units
            QVERIFY(inventoryLines[i - 1].split(',')[1].toDouble() >= inventoryLines[i].split(',')[1].toDouble());
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
        const auto r = runCli({QStringLiteral("recommend"), QStringLiteral("--demo"), QStringLiteral("--playbook"),
                               json, QStringLiteral("--budget"), QStringLiteral("50"), QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QByteArray &line : csvLines(csv))
            QVERIFY(!line.contains(",Champions,"));
        const auto broken = runCli({QStringLiteral("recommend"), QStringLiteral("--demo"), QStringLiteral("--playbook"),
                                    dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(broken.exitCode, 2);
    }

    void projectSettingsAreUsedAndCanBeSaved()
    {
        QTemporaryDir dir;
        const QString project = ltv::test::buildDemoProjectIn(dir);
        // Edited settings saved in the project, and the same as files.
        ltv::segments::SegmentSettings edited;
        edited.rfmRules.rules[0].name = QStringLiteral("Best of all");
        edited.rfmRules.rules[0].recency.low = 5;
        edited.grid.topShare = 0.1;
        edited.grid.cellNames[0] = QStringLiteral("Top and safe");
        edited.valueRiskPlaybook = ltv::segments::defaultValueRiskPlaybook(edited.grid);
        edited.rfmPlaybook.entries[0].segment = QStringLiteral("Best of all");
        edited.rfmPlaybook.entries[0].uplift = 0.2;
        {
            ltv::store::Project p = ltv::store::Project::open(project, false);
            ltv::segments::saveSegmentSettings(p.database(), edited);
        }
        const QString rules = dir.filePath(QStringLiteral("rules.json"));
        const QString grid = dir.filePath(QStringLiteral("grid.json"));
        const QString playbook = dir.filePath(QStringLiteral("playbook.json"));
        QVERIFY(writeFile(rules, edited.rfmRules.toJson()));
        QVERIFY(writeFile(grid, edited.grid.toJson()));
        QVERIFY(writeFile(playbook, edited.rfmPlaybook.toJson()));

        const auto saved = runCli({QStringLiteral("segment"), QStringLiteral("--project"), project});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY(saved.out.contains(QStringLiteral("RFM rules: saved in the project")));
        QVERIFY(saved.out.contains(QStringLiteral("Value x risk grid: saved in the project")));
        QVERIFY(saved.out.contains(QStringLiteral("Best of all")));
        QVERIFY(saved.out.contains(QStringLiteral("Top and safe")));
        const auto files = runCli({QStringLiteral("segment"), QStringLiteral("--demo"), QStringLiteral("--rules"),
                                   rules, QStringLiteral("--grid"), grid});
        QVERIFY2(files.exitCode == 0, qPrintable(files.err));
        QVERIFY(files.out.contains(QStringLiteral("RFM rules: from ")));
        QCOMPARE(withoutOrigins(saved.out), withoutOrigins(files.out));
        const auto defaults = runCli({QStringLiteral("segment"), QStringLiteral("--demo")});
        QVERIFY(withoutOrigins(defaults.out) != withoutOrigins(saved.out));

        const auto plan = runCli({QStringLiteral("recommend"), QStringLiteral("--project"), project,
                                  QStringLiteral("--budget"), QStringLiteral("200")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY(plan.out.contains(QStringLiteral("Playbook: saved in the project")));
        // Files replace the saved parts (the demo project's customer ids keep
        // their leading zeros, unlike --demo, hence the same project here).
        const auto planFromFiles =
            runCli({QStringLiteral("recommend"), QStringLiteral("--project"), project, QStringLiteral("--rules"), rules,
                    QStringLiteral("--playbook"), playbook, QStringLiteral("--budget"), QStringLiteral("200")});
        QVERIFY(planFromFiles.out.contains(QStringLiteral("Playbook: from ")));
        QVERIFY2(planFromFiles.exitCode == 0, qPrintable(planFromFiles.err));
        QCOMPARE(withoutOrigins(plan.out), withoutOrigins(planFromFiles.out));

        // --save-settings writes the given files into another project.
        const QString other = ltv::test::buildDemoProjectIn(dir, QStringLiteral("other.ltv"));
        const auto store =
            runCli({QStringLiteral("recommend"), QStringLiteral("--project"), other, QStringLiteral("--rules"), rules,
                    QStringLiteral("--playbook"), playbook, QStringLiteral("--save-settings"),
                    QStringLiteral("--budget"), QStringLiteral("200")});
        QVERIFY2(store.exitCode == 0, qPrintable(store.err));
        QVERIFY(store.out.contains(QStringLiteral("Saved in the project: RFM rules, RFM playbook")));
        {
            ltv::store::Project p = ltv::store::Project::open(other, false);
            const ltv::segments::SegmentSettings loaded = ltv::segments::loadSegmentSettings(p.database());
            QVERIFY(loaded.rfmRules == edited.rfmRules);
            QVERIFY(loaded.rfmPlaybook == edited.rfmPlaybook);
            QVERIFY(!loaded.savedGrid && !loaded.savedValueRiskPlaybook);
        }
        const auto demoSave = runCli({QStringLiteral("segment"), QStringLiteral("--demo"), QStringLiteral("--rules"),
                                      rules, QStringLiteral("--save-settings")});
        QCOMPARE(demoSave.exitCode, 2);
        const auto nothing =
            runCli({QStringLiteral("segment"), QStringLiteral("--project"), other, QStringLiteral("--save-settings")});
        QCOMPARE(nothing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "tst_segmentcli.moc"
