// The RFM rule table, value x risk grid and playbooks stored in the project:
// an edited set round-trips exactly through the project file, a project
// without saved settings gives the defaults, a broken saved part falls back
// to its default with a message, and clearing restores the defaults.

#include "segments/SegmentSettings.h"
#include "store/Project.h"
#include "store/ProjectSettings.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::segments;

namespace {
SegmentSettings editedSettings()
{
    SegmentSettings s;
    s.rfmRules.rules.prepend(RfmRule{QStringLiteral("Big Spenders, \"M5\" 大客户"), {1, 5}, {2, 5}, {5, 5}});
    s.rfmRules.rules.swapItemsAt(3, 4);
    s.rfmRules.rules[5].frequency = {2, 2};
    s.rfmRules.rules.removeLast();
    s.grid.topShare = 0.1;
    s.grid.middleShare = std::nextafter(0.6, 1.0); // a double that needs all its digits
    s.grid.metric = RiskMetric::NotAlive;
    s.grid.lowRiskBelow = 0.25;
    s.grid.highRiskAbove = 0.75;
    s.grid.cellNames[2] = QStringLiteral("Top, leaving: call them");
    s.rfmPlaybook.entries[0].action = ActionKind::LoyaltyProgramme;
    s.rfmPlaybook.entries[0].channel = QStringLiteral("SMS\nand mail");
    s.rfmPlaybook.entries[0].maxSpendShareOfLtv = 1.0 / 7.0;
    s.rfmPlaybook.entries[1].uplift = 0.0123456789012345;
    s.rfmPlaybook.entries[1].basis = UpliftBasis::ValueAtRisk;
    s.rfmPlaybook.entries[2].rationale = QString();
    s.rfmPlaybook.entries.append(PlaybookEntry{QStringLiteral("Big Spenders, \"M5\" 大客户"), ActionKind::VipCare,
                                               QStringLiteral("why"), QStringLiteral("phone"), 0.5, 0.04,
                                               UpliftBasis::PredictedValue});
    s.valueRiskPlaybook = defaultValueRiskPlaybook(s.grid);
    s.valueRiskPlaybook.entries[8].action = ActionKind::InverseDiscount;
    s.valueRiskPlaybook.entries[8].uplift = 1.0 / 3.0;
    s.savedRfmRules = s.savedGrid = s.savedRfmPlaybook = s.savedValueRiskPlaybook = true;
    return s;
}
} // namespace

class TestSegmentSettings : public QObject
{
    Q_OBJECT
private slots:
    void projectWithoutSavedSettingsGivesTheDefaults()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        QStringList problems;
        const SegmentSettings loaded = loadSegmentSettings(project.database(), &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(loaded.rfmRules == defaultRfmRules());
        QVERIFY(loaded.grid == ValueRiskConfig{});
        QVERIFY(loaded.rfmPlaybook == defaultRfmPlaybook());
        QVERIFY(loaded.valueRiskPlaybook == defaultValueRiskPlaybook());
        QVERIFY(!loaded.savedRfmRules && !loaded.savedGrid && !loaded.savedRfmPlaybook &&
                !loaded.savedValueRiskPlaybook);
        QVERIFY(loaded == SegmentSettings{});
    }

    void editedSettingsRoundTripExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ltv"));
        const SegmentSettings edited = editedSettings();
        QVERIFY(!(edited.rfmRules == defaultRfmRules()));
        QVERIFY(!(edited.grid == ValueRiskConfig{}));
        {
            store::Project project = store::Project::open(path);
            saveSegmentSettings(project.database(), edited);
        }
        store::Project project = store::Project::open(path, false);
        QStringList problems;
        const SegmentSettings loaded = loadSegmentSettings(project.database(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(loaded.rfmRules == edited.rfmRules);
        QCOMPARE(loaded.rfmRules.rules.size(), 11);
        QCOMPARE(loaded.rfmRules.rules[0].name, QStringLiteral("Big Spenders, \"M5\" 大客户"));
        QVERIFY(loaded.grid == edited.grid);
        QCOMPARE(loaded.grid.middleShare, std::nextafter(0.6, 1.0));
        QCOMPARE(loaded.grid.metric, RiskMetric::NotAlive);
        QVERIFY(loaded.rfmPlaybook == edited.rfmPlaybook);
        QCOMPARE(loaded.rfmPlaybook.entries[0].maxSpendShareOfLtv, 1.0 / 7.0);
        QCOMPARE(loaded.rfmPlaybook.entries[1].uplift, 0.0123456789012345);
        QCOMPARE(loaded.rfmPlaybook.entries[0].channel, QStringLiteral("SMS\nand mail"));
        QVERIFY(loaded.valueRiskPlaybook == edited.valueRiskPlaybook);
        QCOMPARE(loaded.valueRiskPlaybook.entries[2].segment, QStringLiteral("Top, leaving: call them"));
        QVERIFY(loaded == edited);
        // Saving what was loaded writes the same bytes again.
        const QByteArray before = store::ProjectSettings::encode(loaded.rfmPlaybook.toJsonObject());
        QCOMPARE(store::ProjectSettings::encode(edited.rfmPlaybook.toJsonObject()), before);
    }

    void eachPartIsSavedOnItsOwn()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        const SegmentSettings edited = editedSettings();
        saveValueRiskGrid(project.database(), edited.grid);
        SegmentSettings loaded = loadSegmentSettings(project.database());
        QVERIFY(loaded.savedGrid && !loaded.savedRfmRules && !loaded.savedRfmPlaybook &&
                !loaded.savedValueRiskPlaybook);
        QVERIFY(loaded.grid == edited.grid);
        QVERIFY(loaded.rfmRules == defaultRfmRules());
        // The grid playbook's default follows the saved cell names.
        QVERIFY(loaded.valueRiskPlaybook == defaultValueRiskPlaybook(edited.grid));
        QCOMPARE(loaded.valueRiskPlaybook.entries[2].segment, QStringLiteral("Top, leaving: call them"));

        saveRfmRules(project.database(), edited.rfmRules);
        saveRfmPlaybook(project.database(), edited.rfmPlaybook);
        saveValueRiskPlaybook(project.database(), edited.valueRiskPlaybook);
        loaded = loadSegmentSettings(project.database());
        QVERIFY(loaded == edited);

        clearSegmentSettings(project.database());
        QVERIFY(loadSegmentSettings(project.database()) == SegmentSettings{});
        QVERIFY(store::ProjectSettings(project.database()).keys().isEmpty());
    }

    void brokenSavedPartFallsBackWithAMessage()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        store::ProjectSettings settings(project.database());
        const SegmentSettings edited = editedSettings();
        saveRfmPlaybook(project.database(), edited.rfmPlaybook);
        // A rule with an impossible range, and a grid that is not an object.
        settings.setObject(
            rfmRulesSettingsKey(),
            QJsonObject{{QStringLiteral("version"), 1},
                        {QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                                         {QStringLiteral("r"), QJsonArray{0, 9}},
                                                                         {QStringLiteral("f"), QJsonArray{1, 5}},
                                                                         {QStringLiteral("m"), QJsonArray{1, 5}}}}}});
        settings.setString(valueRiskGridSettingsKey(), QStringLiteral("grid"));
        QStringList problems;
        const SegmentSettings loaded = loadSegmentSettings(project.database(), &problems);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems[0].contains(QStringLiteral("RFM rules")));
        QVERIFY(problems[0].contains(QStringLiteral("\"x\"")));
        QVERIFY(problems[1].contains(QStringLiteral("grid")));
        QVERIFY(loaded.rfmRules == defaultRfmRules());
        QVERIFY(loaded.grid == ValueRiskConfig{});
        QVERIFY(!loaded.savedRfmRules && !loaded.savedGrid);
        // The part that is fine is still used.
        QVERIFY(loaded.savedRfmPlaybook);
        QVERIFY(loaded.rfmPlaybook == edited.rfmPlaybook);
    }
};

QTEST_GUILESS_MAIN(TestSegmentSettings)
#include "tst_segmentsettings.moc"
