// The automatic training protocol: the shifted window when its training window
// is usable (ShiftedWindowRules), otherwise the customer split, with the
// reason. On the CDNOW demo a 39-week horizon puts the shifted window's cut
// before the cohort's first purchase (customer split), a 13-week one leaves
// every customer with history (shifted window). The automatic run gives the
// same numbers as a run that names the chosen protocol.

#include "features/Splits.h"
#include "features/Summarize.h"
#include "pipeline/DemoData.h"
#include "pipeline/Evaluation.h"
#include "pipeline/TrainingProtocol.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace ltv;
using pipeline::TrainingProtocol;

namespace {

Day iso(const char *text)
{
    Day day = 0;
    dayFromIso(QString::fromLatin1(text), &day);
    return day;
}

pipeline::EvaluationRequest demoRequest(std::int32_t horizonDays, TrainingProtocol protocol)
{
    pipeline::EvaluationRequest request;
    request.calibrationEnd = iso("1997-09-30");
    request.horizonDays = horizonDays;
    request.protocol = protocol;
    request.models = {QStringLiteral("bgnbd"), QStringLiteral("linear")};
    return request;
}

const eval::LeaderboardRow *rowOf(const eval::Leaderboard &board, const QString &id)
{
    for (const eval::LeaderboardRow &row : board.rows)
        if (row.model == id)
            return &row;
    return nullptr;
}

// Every metric of every row equal (both NaN counts as equal): the same data, the same fits.
bool sameLeaderboard(const eval::Leaderboard &a, const eval::Leaderboard &b, QString *why)
{
    if (a.rows.size() != b.rows.size()) {
        *why = QStringLiteral("%1 rows vs %2").arg(a.rows.size()).arg(b.rows.size());
        return false;
    }
    for (std::size_t r = 0; r < a.rows.size(); ++r)
        for (const eval::MetricSpec &spec : eval::leaderboardMetrics()) {
            const double x = a.rows[r].metric(spec.key);
            const double y = b.rows[r].metric(spec.key);
            if (std::isnan(x) && std::isnan(y))
                continue;
            if (a.rows[r].model != b.rows[r].model || std::abs(x - y) > 1e-12 * std::max(1.0, std::abs(y))) {
                *why = QStringLiteral("%1 %2: %3 vs %4").arg(a.rows[r].model, spec.key).arg(x).arg(y);
                return false;
            }
        }
    return true;
}

// `buyers` of `early` customers first buy on day 0 and again on day 200; the
// rest of them only on day 0; `late` customers first buy on day 250. With the
// calibration end on day 300 and a 140-day horizon, the cut is day 160.
features::TransactionSet synthetic(int early, int buyers, int late)
{
    features::TransactionSet set;
    for (int c = 0; c < early + late; ++c) {
        set.customerIds << QStringLiteral("c%1").arg(c);
        const bool isEarly = c < early;
        set.append(c, isEarly ? 0 : 250, 10.0);
        if (isEarly && c < buyers)
            set.append(c, 200, 20.0);
    }
    set.sortByCustomerAndDay();
    return set;
}

} // namespace

class TestTrainingProtocol : public QObject
{
    Q_OBJECT
private slots:
    void namesParseBack()
    {
        for (const TrainingProtocol p :
             {TrainingProtocol::ShiftedWindow, TrainingProtocol::CustomerSplit, TrainingProtocol::Automatic}) {
            TrainingProtocol parsed = TrainingProtocol::ShiftedWindow;
            QVERIFY(pipeline::parseTrainingProtocol(pipeline::trainingProtocolName(p), &parsed));
            QCOMPARE(parsed, p);
        }
        QCOMPARE(pipeline::trainingProtocolName(TrainingProtocol::Automatic), QStringLiteral("auto"));
        TrainingProtocol parsed = TrainingProtocol::ShiftedWindow;
        QVERIFY(!pipeline::parseTrainingProtocol(QStringLiteral("sometimes"), &parsed));
    }

    void demoAt39WeeksHasNothingBeforeTheCut()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        const pipeline::ShiftedWindowCheck check = pipeline::checkShiftedWindow(set, iso("1997-09-30"), 273);
        QCOMPARE(isoFromDay(check.trainingCut), QStringLiteral("1996-12-31"));
        QCOMPARE(isoFromDay(check.firstPurchase), QStringLiteral("1997-01-01"));
        QCOMPARE(check.trainingCustomers, std::size_t{0});
        // Independently: the customers summarize() finds at the calibration end.
        features::TransactionSet sorted = set;
        sorted.sortByCustomerAndDay();
        QCOMPARE(check.calibrationCustomers, features::summarize(sorted, iso("1997-09-30")).size());
        QCOMPARE(check.calibrationCustomers, std::size_t{2357});
        QVERIFY(!check.usable);
        QCOMPARE(
            check.reason(),
            QStringLiteral("the shifted window's training cut 1996-12-31 is before the first purchase 1997-01-01"));

        const pipeline::TrainingProtocolChoice choice =
            pipeline::chooseTrainingProtocol(set, TrainingProtocol::Automatic, iso("1997-09-30"), 273);
        QCOMPARE(choice.protocol, TrainingProtocol::CustomerSplit);
        QVERIFY(choice.automatic);
        QCOMPARE(choice.describe(), QStringLiteral("customer split (chosen automatically: the shifted window's "
                                                   "training cut 1996-12-31 is before the first purchase 1997-01-01)"));
        // A named protocol is kept, even when it cannot train.
        const pipeline::TrainingProtocolChoice named =
            pipeline::chooseTrainingProtocol(set, TrainingProtocol::ShiftedWindow, iso("1997-09-30"), 273);
        QCOMPARE(named.protocol, TrainingProtocol::ShiftedWindow);
        QVERIFY(!named.automatic);
        QCOMPARE(named.describe(), QStringLiteral("shifted window"));
    }

    void demoAt13WeeksLeavesEveryCustomerHistory()
    {
        features::TransactionSet set = pipeline::loadDemoTransactions();
        set.sortByCustomerAndDay();
        const Day calibrationEnd = iso("1997-09-30");
        const pipeline::ShiftedWindowCheck check = pipeline::checkShiftedWindow(set, calibrationEnd, 91);
        QCOMPARE(isoFromDay(check.trainingCut), QStringLiteral("1997-07-01"));
        QVERIFY2(check.usable, qPrintable(check.reason()));
        // The counts the shifted window's own split gives.
        const features::ShiftedWindow window = features::shiftedWindowSplit(set, calibrationEnd, 91);
        QCOMPARE(check.trainingCustomers, window.trainingLabels.size());
        const auto buyers = static_cast<std::size_t>(
            std::accumulate(window.trainingLabels.active.begin(), window.trainingLabels.active.end(), 0));
        QCOMPARE(check.buyersInLabelPeriod, buyers);
        QVERIFY(buyers >= pipeline::ShiftedWindowRules::kMinLabelOutcomes);
        QCOMPARE(check.reason(), QStringLiteral("the shifted window's training cut 1997-07-01 leaves %1 customers with "
                                                "history, %2 of whom bought in the label period to 1997-09-30")
                                     .arg(window.trainingLabels.size())
                                     .arg(buyers));
    }

    void eachRuleDecides_data()
    {
        QTest::addColumn<int>("early");
        QTest::addColumn<int>("buyers");
        QTest::addColumn<int>("late");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("reason");
        QTest::newRow("enough of everything") << 60 << 20 << 100 << true << QStringLiteral("leaves 60 customers");
        QTest::newRow("too few customers") << 49 << 20 << 0 << false
                                           << QStringLiteral("only 49 customers bought on or before the shifted "
                                                             "window's training cut 1970-06-10 (at least 50 are "
                                                             "needed)");
        QTest::newRow("too small a share")
            << 60 << 20 << 300 << false << QStringLiteral("only 60 of the 360 customers (16.7 %) bought");
        QTest::newRow("nobody buys in the label period")
            << 60 << 9 << 0 << false
            << QStringLiteral("only 9 of the 60 training customers bought in the shifted window's label period "
                              "1970-06-11 to 1970-10-28 (at least 10 are needed)");
        QTest::newRow("everybody buys in the label period")
            << 60 << 51 << 0 << false << QStringLiteral("only 9 of the 60 training customers made no purchase");
    }

    void eachRuleDecides()
    {
        QFETCH(int, early);
        QFETCH(int, buyers);
        QFETCH(int, late);
        QFETCH(bool, usable);
        QFETCH(QString, reason);
        const features::TransactionSet set = synthetic(early, buyers, late);
        const pipeline::ShiftedWindowCheck check = pipeline::checkShiftedWindow(set, 300, 140);
        QCOMPARE(check.trainingCut, Day{160});
        QCOMPARE(check.trainingCustomers, static_cast<std::size_t>(early));
        QCOMPARE(check.calibrationCustomers, static_cast<std::size_t>(early + late));
        QCOMPARE(check.buyersInLabelPeriod, static_cast<std::size_t>(buyers));
        QCOMPARE(check.usable, usable);
        QVERIFY2(check.reason().contains(reason), qPrintable(check.reason()));
        const pipeline::TrainingProtocolChoice choice =
            pipeline::chooseTrainingProtocol(set, TrainingProtocol::Automatic, 300, 140);
        QCOMPARE(choice.protocol, usable ? TrainingProtocol::ShiftedWindow : TrainingProtocol::CustomerSplit);
    }

    void linesAfterTheCalibrationEndAndReturnsDoNotCount()
    {
        features::TransactionSet set = synthetic(60, 20, 0);
        set.customerIds << QStringLiteral("future") << QStringLiteral("refund");
        set.append(60, 301, 10.0); // first buys after the calibration end
        set.append(61, 10, -5.0);  // only a return before the cut
        set.sortByCustomerAndDay();
        const pipeline::ShiftedWindowCheck check = pipeline::checkShiftedWindow(set, 300, 140);
        QCOMPARE(check.calibrationCustomers, std::size_t{60});
        QCOMPARE(check.trainingCustomers, std::size_t{60});
    }

    void automaticDemoAt39WeeksTrainsOnTheCustomerSplit()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        const pipeline::EvaluationResult automatic =
            pipeline::runEvaluation(set, demoRequest(273, TrainingProtocol::Automatic), pipeline::JobContext());
        QCOMPARE(automatic.data.protocol.protocol, TrainingProtocol::CustomerSplit);
        QVERIFY(automatic.data.protocol.automatic);
        QVERIFY(automatic.data.protocol.reason().contains(QStringLiteral("1996-12-31")));
        QCOMPARE(automatic.leaderboard.context.value(QStringLiteral("protocol")).toString(),
                 QStringLiteral("customer-split"));
        QVERIFY(automatic.leaderboard.context.value(QStringLiteral("protocolChosenAutomatically")).toBool());
        const eval::LeaderboardRow *linear = rowOf(automatic.leaderboard, QStringLiteral("linear"));
        QVERIFY2(linear, "the ML model has training rows");
        QCOMPARE(linear->note, QStringLiteral("customer split"));
        QVERIFY(automatic.data.trainingLabels.size() > 1000);

        const pipeline::EvaluationResult named =
            pipeline::runEvaluation(set, demoRequest(273, TrainingProtocol::CustomerSplit), pipeline::JobContext());
        QVERIFY(!named.data.protocol.automatic);
        QString why;
        QVERIFY2(sameLeaderboard(automatic.leaderboard, named.leaderboard, &why), qPrintable(why));
        QCOMPARE(automatic.data.split.describe(), named.data.split.describe());
    }

    void automaticDemoAt13WeeksTrainsOnTheShiftedWindow()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        const pipeline::EvaluationResult automatic =
            pipeline::runEvaluation(set, demoRequest(91, TrainingProtocol::Automatic), pipeline::JobContext());
        QCOMPARE(automatic.data.protocol.protocol, TrainingProtocol::ShiftedWindow);
        QVERIFY(automatic.data.protocol.automatic);
        QVERIFY(automatic.data.protocol.describe().startsWith(
            QStringLiteral("shifted window (chosen automatically: the shifted window's training cut 1997-07-01")));
        QVERIFY(rowOf(automatic.leaderboard, QStringLiteral("linear")));

        const pipeline::EvaluationResult named =
            pipeline::runEvaluation(set, demoRequest(91, TrainingProtocol::ShiftedWindow), pipeline::JobContext());
        QString why;
        QVERIFY2(sameLeaderboard(automatic.leaderboard, named.leaderboard, &why), qPrintable(why));
        QCOMPARE(automatic.data.split.describe(), named.data.split.describe());
    }

    void namedShiftedWindowAt39WeeksStillCannotTrain()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        const pipeline::EvaluationResult result =
            pipeline::runEvaluation(set, demoRequest(273, TrainingProtocol::ShiftedWindow), pipeline::JobContext());
        QCOMPARE(result.data.protocol.protocol, TrainingProtocol::ShiftedWindow);
        QVERIFY(!result.data.protocol.automatic);
        QVERIFY(!rowOf(result.leaderboard, QStringLiteral("linear")));
        QVERIFY(rowOf(result.leaderboard, QStringLiteral("bgnbd")));
        QCOMPARE(result.reports.size(), qsizetype{2});
        QVERIFY2(result.reports[1].message.contains(QStringLiteral("nothing to train on")),
                 qPrintable(result.reports[1].message));
    }
};

QTEST_GUILESS_MAIN(TestTrainingProtocol)
#include "tst_trainingprotocol.moc"
