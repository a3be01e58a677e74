// The RFM rules editor shows the built-in rule names in the interface
// language (they are stored as English keys in the project) and follows a
// live language switch; names a user typed are shown as typed, and opening
// the editor on a translated name without changing it keeps the built-in key.

#include "DemoProjectFixture.h"
#include "LanguageManager.h"
#include "ProjectSession.h"
#include "jobs/JobRunner.h"
#include "pages/SegmentsPage.h"
#include "pages/segments/RfmRulesModel.h"
#include "pages/segments/SegmentsSession.h"
#include "segments/RfmRules.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;

class TestRfmRuleNames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ltv::test::useClearedTestSettings();
        QVERIFY(dir_.isValid());
        demoPath_ = ltv::test::buildDemoProjectIn(dir_);
    }

    void cleanup() { ui::LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void builtInNamesFollowTheLanguageAndTypedNamesStay()
    {
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        ui::JobRunner runner;
        ui::ProjectSession session;
        QString error;
        QVERIFY2(session.open(demoPath_, false, &error), qPrintable(error));
        ui::SegmentsSession segments(&session, &runner);
        ui::SegmentsPage page(&segments);
        ui::RfmRulesModel *rules = page.rulesModel();
        const segments::RfmRuleTable defaults = segments::defaultRfmRules();
        QVERIFY(rules->rules() == defaults);
        const auto name = [rules](int row, int role = Qt::DisplayRole) {
            return rules->index(row, ui::RfmRulesModel::Name).data(role).toString();
        };
        QCOMPARE(name(0), QStringLiteral("Champions"));
        QCOMPARE(name(8), QStringLiteral("At Risk"));

        // Live switch to Chinese: the view is told, and the defaults read in Chinese (from the glossary).
        QSignalSpy changed(rules, &QAbstractItemModel::dataChanged);
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        QTRY_COMPARE(name(0), QStringLiteral("冠军客户"));
        const auto namesRefreshed = [&changed, rules] {
            for (const QList<QVariant> &signal : changed) {
                const QModelIndex from = signal.at(0).toModelIndex();
                const QModelIndex to = signal.at(1).toModelIndex();
                if (from.row() == 0 && from.column() <= ui::RfmRulesModel::Name && to.row() == rules->rowCount() - 1 &&
                    to.column() >= ui::RfmRulesModel::Name)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(namesRefreshed());
        QCOMPARE(name(8), QStringLiteral("有流失风险"));
        QCOMPARE(name(0, Qt::EditRole), QStringLiteral("冠军客户"));
        for (int row = 0; row < rules->rowCount(); ++row)
            QVERIFY2(name(row) != defaults.rules[row].name, qPrintable(name(row)));
        // The stored keys stay English: the playbook and saved tables use them.
        QCOMPARE(rules->rules().rules[0].name, QStringLiteral("Champions"));

        // Committing the editor unchanged (the translated text) keeps the key.
        QVERIFY(!rules->setData(rules->index(0, ui::RfmRulesModel::Name), QStringLiteral("冠军客户")));
        QCOMPARE(rules->rules().rules[0].name, QStringLiteral("Champions"));
        QVERIFY(segments.rules() == defaults);

        // A typed name is stored and shown as typed, in either language.
        QVERIFY(rules->setData(rules->index(1, ui::RfmRulesModel::Name), QStringLiteral("Best buyers")));
        QCOMPARE(rules->rules().rules[1].name, QStringLiteral("Best buyers"));
        QCOMPARE(name(1), QStringLiteral("Best buyers"));
        QCOMPARE(segments.rules().rules[1].name, QStringLiteral("Best buyers"));

        // Back to English: the defaults read in English again, the typed name unchanged.
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(name(0), QStringLiteral("Champions"));
        QCOMPARE(name(1), QStringLiteral("Best buyers"));
        QCOMPARE(name(8), QStringLiteral("At Risk"));
    }

private:
    QTemporaryDir dir_;
    QString demoPath_;
};

QTEST_MAIN(TestRfmRuleNames)
#include "tst_rfmrulenames.moc"
