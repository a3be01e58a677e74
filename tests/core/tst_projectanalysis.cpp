// The headless analysis behind the report reads the project's saved segment
// settings: an edited RFM rule table and playbook change the report's segments.

#include "DemoProjectFixture.h"
#include "pipeline/Analysis.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "segments/SegmentSettings.h"
#include "store/Project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ltv;

class TestProjectAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString projectPath_;

    static pipeline::AnalysisSettings quickSettings()
    {
        pipeline::AnalysisSettings settings;
        settings.models = {QStringLiteral("bgnbd")};
        return settings;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        projectPath_ = ltv::test::buildDemoProjectIn(dir_);
    }

    void defaultsWithoutSavedSettings()
    {
        const pipeline::Analysis a =
            pipeline::runProjectAnalysis(projectPath_, quickSettings(), pipeline::JobContext());
        QVERIFY(a.rfm.segmentation.names.contains(QStringLiteral("Champions")));
        QCOMPARE(a.playbook, segments::defaultRfmPlaybook());
    }

    void savedRulesAndPlaybookAreUsed()
    {
        segments::RfmRuleTable rules = segments::defaultRfmRules();
        QVERIFY(!rules.rules.isEmpty());
        const QString original = rules.rules.first().name;
        rules.rules.first().name = QStringLiteral("Stars");
        segments::Playbook playbook = segments::defaultRfmPlaybook();
        {
            store::Project project = store::Project::open(projectPath_, false);
            segments::saveRfmRules(project.database(), rules);
        }
        const pipeline::Analysis a =
            pipeline::runProjectAnalysis(projectPath_, quickSettings(), pipeline::JobContext());
        QVERIFY(a.rfm.segmentation.names.contains(QStringLiteral("Stars")));
        QVERIFY(!a.rfm.segmentation.names.contains(original));

        // Counts still add up, and the same customers carry the renamed segment.
        std::size_t total = 0;
        for (std::size_t n : a.rfm.segmentation.counts())
            total += n;
        QCOMPARE(total, a.rfm.segmentation.size());

        playbook.entries.first().channel = QStringLiteral("Carrier pigeon");
        {
            store::Project project = store::Project::open(projectPath_, false);
            segments::saveRfmPlaybook(project.database(), playbook);
        }
        const pipeline::Analysis b =
            pipeline::runProjectAnalysis(projectPath_, quickSettings(), pipeline::JobContext());
        QCOMPARE(b.playbook, playbook);
    }
};

QTEST_GUILESS_MAIN(TestProjectAnalysis)
#include "tst_projectanalysis.moc"
