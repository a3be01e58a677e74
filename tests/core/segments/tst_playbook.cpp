// Playbook defaults, JSON form and per-row values; the retention list.

#include "segments/Playbook.h"
#include "segments/Retention.h"
#include "segments/Rfm.h"

#include "PredictionFixtures.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <set>

using namespace ltv;
using namespace ltv::segments;

class TestPlaybook : public QObject
{
    Q_OBJECT

private slots:
    void defaultsCoverEverySegmentAndAction()
    {
        const Playbook rfm = defaultRfmPlaybook();
        for (const RfmRule &rule : defaultRfmRules().rules)
            QVERIFY2(rfm.find(rule.name), qPrintable(rule.name));
        QVERIFY(rfm.find(othersSegmentName()));
        const Playbook grid = defaultValueRiskPlaybook();
        for (const QString &name : ValueRiskConfig::defaultCellNames())
            QVERIFY2(grid.find(name), qPrintable(name));
        std::set<ActionKind> actions;
        for (const PlaybookEntry &e : rfm.entries + grid.entries) {
            actions.insert(e.action);
            QVERIFY(!e.rationale.isEmpty());
            QVERIFY(e.maxSpendShareOfLtv <= 1.0 / 3.0 + 1e-12);
            QCOMPARE(e.uplift, defaultUplift(e.action));
        }
        QCOMPARE(actions.size(), std::size_t{7}); // every action of the catalogue is used
        QCOMPARE(rfm.find(QStringLiteral("Can't Lose Them"))->action, ActionKind::WinBack);
        QCOMPARE(rfm.find(QStringLiteral("Lost"))->action, ActionKind::Suppression);
        QCOMPARE(defaultUplift(ActionKind::Suppression), 0.0);
        QCOMPARE(defaultBasis(ActionKind::WinBack), UpliftBasis::ValueAtRisk);
    }

    void actionKeysRoundTrip()
    {
        for (const ActionKind a :
             {ActionKind::VipCare, ActionKind::LoyaltyProgramme, ActionKind::WinBack, ActionKind::OnboardingNurture,
              ActionKind::CrossSell, ActionKind::Suppression, ActionKind::InverseDiscount}) {
            ActionKind parsed = ActionKind::CrossSell;
            QVERIFY(parseActionKey(actionKey(a), &parsed));
            QCOMPARE(parsed, a);
            QVERIFY(!actionDisplayName(a).isEmpty());
        }
        ActionKind parsed;
        QVERIFY(!parseActionKey(QStringLiteral("spam"), &parsed));
    }

    void editedPlaybookRoundTrips()
    {
        Playbook edited = defaultRfmPlaybook();
        edited.entries[0].channel = QStringLiteral("SMS, \"priority\"");
        edited.entries[0].maxSpendShareOfLtv = 0.2;
        edited.entries[0].uplift = 0.07;
        edited.entries[1].action = ActionKind::CrossSell;
        edited.entries[1].basis = UpliftBasis::ValueAtRisk;
        Playbook parsed;
        QString error;
        QVERIFY2(Playbook::fromJson(edited.toJson(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.entries.size(), edited.entries.size());
        for (qsizetype i = 0; i < edited.entries.size(); ++i) {
            QCOMPARE(parsed.entries[i].segment, edited.entries[i].segment);
            QCOMPARE(parsed.entries[i].action, edited.entries[i].action);
            QCOMPARE(parsed.entries[i].channel, edited.entries[i].channel);
            QCOMPARE(parsed.entries[i].rationale, edited.entries[i].rationale);
            QCOMPARE(parsed.entries[i].maxSpendShareOfLtv, edited.entries[i].maxSpendShareOfLtv);
            QCOMPARE(parsed.entries[i].uplift, edited.entries[i].uplift);
            QCOMPARE(parsed.entries[i].basis, edited.entries[i].basis);
        }
        Playbook duplicate = edited;
        duplicate.entries << duplicate.entries[0];
        QVERIFY(!Playbook::fromJson(duplicate.toJson(), &parsed, &error));
        QVERIFY(error.contains(QStringLiteral("twice")));
        QByteArray badAction = edited.toJson();
        badAction.replace("\"vip_care\"", "\"spam\"");
        QVERIFY(!Playbook::fromJson(badAction, &parsed, &error));
        QVERIFY(error.contains(QStringLiteral("spam")));
        QCOMPARE(parsed.entries.size(), edited.entries.size()); // untouched on failure
    }

    void rowValues()
    {
        const models::Predictions p = test::syntheticPredictions({90, 30, 60, 12}, {0.1, 0.5, 0.8, 0.5});
        Segmentation s;
        s.names = {QStringLiteral("Champions"), QStringLiteral("At Risk"), QStringLiteral("Unlisted")};
        s.customer = {0, 1, 2, 3};
        s.segmentOf = {0, 1, 1, 2};
        const Table table = playbookTable(defaultRfmPlaybook(), s, p);
        QCOMPARE(table.rows.size(), std::size_t{3});
        QCOMPARE(table.rows[0][1], actionDisplayName(ActionKind::VipCare));
        QCOMPARE(table.rows[1][3], QStringLiteral("2"));
        QCOMPARE(table.rows[1][4], QStringLiteral("90.00"));
        QCOMPARE(table.rows[1][5], QStringLiteral("63.00")); // 30 x 0.5 + 60 x 0.8
        QCOMPARE(table.rows[1][6], QStringLiteral("15.00")); // mean of 30/3 and 60/3
        QCOMPARE(table.rows[0][7], QStringLiteral("30.00"));
        QCOMPARE(table.rows[2][3], QStringLiteral("1")); // counted even without a row
        QCOMPARE(table.rows[2][7], QStringLiteral("0.00"));
    }

    void retentionRanksByValueAtRisk()
    {
        features::TransactionSet set;
        set.customerIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        set.append(0, 10, 5.0);
        set.append(0, 20, -5.0, -1, -1, -1, true); // a return is not a purchase
        set.append(1, 15, 5.0);
        set.append(2, 30, 5.0);
        set.append(2, 40, 5.0);
        set.sortByCustomerAndDay();
        const std::vector<Day> last = lastPurchaseDays(set);
        QCOMPARE(last, (std::vector<Day>{10, 15, 40, kNoPurchase}));
        QCOMPARE(lastPurchaseDays(set, 35)[2], 30);

        models::Predictions p =
            test::syntheticPredictions({100, 50, 200, 80}, {0.3, 0.6, 0.15, std::numeric_limits<double>::quiet_NaN()});
        const std::vector<RetentionEntry> list = retentionList(p, last);
        QCOMPARE(list.size(), std::size_t{3}); // unknown risk is left out
        // value at risk: a 30, b 30, c 30 -> all tie: by customer index
        QCOMPARE(list[0].customer, 0);
        QCOMPARE(list[2].customer, 2);
        p.ltv[1] = 60; // b: 36
        const std::vector<RetentionEntry> top = retentionList(p, last, 2);
        QCOMPARE(top.size(), std::size_t{2});
        QCOMPARE(top[0].customer, 1);
        QVERIFY(std::abs(top[0].valueAtRisk - 36.0) < 1e-12);
        QCOMPARE(top[0].lastPurchase, 15);

        Segmentation s;
        s.names = {QStringLiteral("At Risk"), QStringLiteral("Lost")};
        s.customer = {0, 1, 2};
        s.segmentOf = {1, 0, 0};
        const Playbook playbook = defaultRfmPlaybook();
        const Table table = retentionTable(top, set.customerIds, &s, &playbook);
        QCOMPARE(table.rows[0],
                 (QStringList{QStringLiteral("1"), QStringLiteral("b"), QStringLiteral("60.00"),
                              QStringLiteral("0.6000"), QStringLiteral("36.00"), QStringLiteral("1970-01-16"),
                              QStringLiteral("At Risk"), QStringLiteral("win_back")}));
        QCOMPARE(table.rows[1][7], QStringLiteral("suppression"));
    }
};

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
