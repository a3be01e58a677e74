// The chart data an evaluation run keeps of its fitted models: the BTYD
// calibration, tracking and matrix data come from the very model that was
// fitted (a refit gives the same cells), count purchases like summarize(), and
// the explainable ML models' importance is the model's own.

#include "features/Splits.h"
#include "features/Summarize.h"
#include "models/ModelRegistry.h"
#include "models/btyd/BtydModel.h"
#include "pipeline/DemoData.h"
#include "pipeline/Evaluation.h"
#include "pipeline/EvaluationCharts.h"

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace ltv;

class TestEvaluationCharts : public QObject
{
    Q_OBJECT
private slots:
    void repeatDaysCountLikeSummarize()
    {
        features::TransactionSet set = pipeline::loadDemoTransactions();
        set.sortByCustomerAndDay();
        Day asOf = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-09-30"), &asOf));
        const features::CustomerSummary summary = features::summarize(set, asOf);
        const pipeline::RepeatPurchaseDays days = pipeline::repeatPurchaseDays(set, summary, asOf);
        QCOMPARE(days.firstPurchase.size(), summary.size());
        double repeats = 0.0;
        for (std::size_t i = 0; i < summary.size(); ++i) {
            repeats += summary.frequency[i];
            QCOMPARE(days.firstPurchase[i], summary.firstPurchase[i]);
        }
        QCOMPARE(static_cast<double>(days.repeatDays.size()), repeats);

        QCOMPARE(pipeline::trackingStepDays(0, 546), 7);
        QCOMPARE(pipeline::trackingStepDays(0, 10 * 365), 21); // 174 points, at most ~260
    }

    void btydChartDataComeFromTheFittedModel()
    {
        pipeline::EvaluationRequest request;
        // A shifted window whose training cut (1997-07-02) has customers for the linear model.
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &request.calibrationEnd));
        request.horizonDays = 26 * 7;
        request.models = {QStringLiteral("bgnbd"), QStringLiteral("gg"), QStringLiteral("linear")};
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        const pipeline::EvaluationResult result = pipeline::runEvaluation(set, request, pipeline::JobContext());
        QCOMPARE(result.predictions.size(), std::size_t{3});
        // gg has no transaction model, linear no BTYD data.
        QCOMPARE(result.charts.btyd.size(), std::size_t{1});
        const pipeline::BtydChartData *charts = result.charts.btydOf(QStringLiteral("bgnbd"));
        QVERIFY(charts);
        QCOMPARE(charts->horizon, 26.0);

        // The same fit again (deterministic) gives every matrix cell.
        models::btyd::BtydModel refit(QStringLiteral("bgnbd"));
        models::TrainingData training;
        training.summary = &result.data.calibration;
        training.horizon = 26.0;
        refit.fit(training, {}, pipeline::JobContext());
        QVERIFY(refit.isFitted());
        const models::btyd::TransactionModel &model = *refit.transactionModel();
        const models::btyd::FrequencyRecencyMatrix &alive = charts->pAlive;
        QVERIFY(alive.age > 0.0 && alive.recency.size() >= 7 && alive.frequency.size() >= 7);
        double oldest = 0.0;
        for (double T : result.data.calibration.age)
            oldest = std::max(oldest, T);
        QVERIFY(alive.age <= oldest && alive.age >= 0.95 * oldest - 1.0);
        QCOMPARE(alive.age, std::round(alive.age)); // whole units: readable row labels
        for (std::size_t r = 0; r < alive.recency.size(); ++r)
            for (std::size_t c = 1; c < alive.frequency.size(); ++c) {
                const double x = alive.frequency[c];
                const double tx = alive.recency[r];
                QVERIFY(std::abs(alive.at(r, c) - model.probabilityAlive(x, tx, alive.age)) < 1e-9);
                QVERIFY(std::abs(charts->expectedPurchases.at(r, c) -
                                 model.conditionalExpectedPurchases(26.0, x, tx, alive.age)) < 1e-9);
            }

        // Calibration vs holdout: every evaluated customer in one bucket, the
        // actual means recomputed from the holdout labels.
        std::map<int, std::pair<double, double>> bucket; // frequency bucket -> (customers, purchases)
        std::map<std::int32_t, double> frequencyOf;
        for (std::size_t i = 0; i < result.data.calibration.size(); ++i)
            frequencyOf[result.data.calibration.customer[i]] = result.data.calibration.frequency[i];
        for (std::size_t i = 0; i < result.data.holdout.size(); ++i) {
            const int b = std::min(7, static_cast<int>(frequencyOf.at(result.data.holdout.customer[i])));
            bucket[b].first += 1.0;
            bucket[b].second += result.data.holdout.purchases[i];
        }
        QCOMPARE(charts->calibration.size(), bucket.size());
        for (const models::btyd::CalibrationHoldoutRow &row : charts->calibration) {
            QCOMPARE(static_cast<double>(row.customers), bucket[row.frequency].first);
            QVERIFY(std::abs(row.actual - bucket[row.frequency].second / bucket[row.frequency].first) < 1e-12);
            QVERIFY(row.predicted > 0.0);
        }

        // Tracking: weekly points to the holdout end; the actual count at each
        // point recounted from the distinct purchase days of the cohort.
        const models::btyd::TrackingSeries &tracking = charts->tracking;
        QVERIFY(tracking.day.size() > 60);
        QVERIFY(tracking.day.back() <= request.calibrationEnd + request.horizonDays);
        QVERIFY(tracking.day.back() > request.calibrationEnd + request.horizonDays - 7);
        std::map<std::int32_t, std::set<Day>> days;
        for (std::size_t i = 0; i < set.size(); ++i)
            if (frequencyOf.count(set.customer[i]) && !features::isReturnLine(set, i))
                days[set.customer[i]].insert(set.day[i]);
        for (std::size_t k = 0; k < tracking.day.size(); k += 9) {
            double repeats = 0.0;
            for (const auto &[customer, purchaseDays] : days)
                for (Day d : purchaseDays)
                    if (d != *purchaseDays.begin() && d <= tracking.day[k])
                        repeats += 1.0;
            QCOMPARE(tracking.actualCumulative[k], repeats);
            QVERIFY(std::abs(tracking.expectedCumulative[k] - tracking.actualCumulative[k]) <=
                    0.15 * tracking.actualCumulative[k] + 60.0); // BG/NBD tracks CDNOW closely
        }

        // The linear model's importance, as the model reports it.
        QCOMPARE(result.charts.importance.size(), std::size_t{1});
        const pipeline::ImportanceChartData *importance = result.charts.importanceOf(QStringLiteral("linear"));
        QVERIFY(importance);
        std::map<QString, double> total;
        for (const models::FeatureImportance &f : importance->importance)
            total[f.target] += f.value;
        QVERIFY(total.count(QStringLiteral("ltv")) && total.count(QStringLiteral("churn")));
        for (const auto &[target, sum] : total)
            QVERIFY2(std::abs(sum - 1.0) < 1e-9, qPrintable(target));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationCharts)
#include "tst_evaluationcharts.moc"
