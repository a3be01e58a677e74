// The discounted value column of the model comparison: the mean discount
// factor against numerical integration, and each model family's discounted
// value per evaluated customer against an independent computation from its
// own predictions on the demo data.

#include "models/ModelRegistry.h"
#include "pipeline/DemoData.h"
#include "pipeline/DiscountedValue.h"
#include "pipeline/Evaluation.h"

#include "PredictionFixtures.h"

#include <QTest>

#include <cmath>

using namespace ltv;

class TestDiscountedValue : public QObject
{
    Q_OBJECT
private slots:
    void meanDiscountFactorMatchesIntegration()
    {
        for (const double rate : {0.05, 0.1, 0.25, 1.0})
            for (const double days : {30.0, 182.0, 365.25, 1000.0}) {
                const double years = days / 365.25;
                double integral = 0.0;
                const int steps = 40000;
                for (int k = 0; k < steps; ++k)
                    integral += std::pow(1.0 + rate, -years * (k + 0.5) / steps) / steps;
                QVERIFY2(std::abs(pipeline::meanDiscountFactor(days, rate) - integral) < 1e-8,
                         qPrintable(QStringLiteral("rate %1, %2 days").arg(rate).arg(days)));
            }
        QCOMPARE(pipeline::meanDiscountFactor(182.0, 0.0), 1.0);
        QCOMPARE(pipeline::meanDiscountFactor(0.0, 0.1), 1.0);
    }

    void everyFamilyIsDiscountedOnce()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        pipeline::EvaluationRequest request;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &request.calibrationEnd));
        request.horizonDays = 26 * 7;
        request.models = {QStringLiteral("bgnbd"), QStringLiteral("linear")};
        request.annualDiscountRate = 0.2;
        const pipeline::EvaluationResult at20 = pipeline::runEvaluation(set, request, pipeline::JobContext());
        QCOMPARE(at20.leaderboard.context.value(QStringLiteral("annualDiscountRate")).toDouble(), 0.2);
        QCOMPARE(at20.leaderboard.rows.size(), std::size_t{2});

        // BG/NBD discounts month by month itself: its own predictions at 20 %, averaged here.
        const pipeline::EvaluationData &data = at20.data;
        std::unique_ptr<models::Model> bgnbd = models::ModelRegistry::builtin().create(QStringLiteral("bgnbd"));
        bgnbd->fit({&data.calibration, nullptr, nullptr, nullptr, 26.0, TimeUnit::Week}, {}, pipeline::JobContext());
        models::PredictionInput input;
        input.summary = &data.calibration;
        input.horizon = 26.0;
        input.unit = TimeUnit::Week;
        input.annualDiscountRate = 0.2;
        const double expected = test::meanLtvOver(bgnbd->predict(input), data.holdout);
        const double shown = at20.leaderboard.rows[0].discountedValuePerCustomer;
        QVERIFY2(std::abs(shown - expected) < 1e-9 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(expected)));
        // ... and less than undiscounted.
        QVERIFY(shown < test::meanLtvOver(at20.predictions[0], data.holdout));
        QVERIFY(pipeline::discountsItself(*bgnbd, at20.predictions[0]));

        // The linear model predicts undiscounted revenue: the mean factor scales it.
        std::unique_ptr<models::Model> linear = models::ModelRegistry::builtin().create(QStringLiteral("linear"));
        QVERIFY(!pipeline::discountsItself(*linear, at20.predictions[1]));
        const double linearExpected =
            test::meanLtvOver(at20.predictions[1], data.holdout) * pipeline::meanDiscountFactor(26.0 * 7.0, 0.2);
        const double linearShown = at20.leaderboard.rows[1].discountedValuePerCustomer;
        QVERIFY2(std::abs(linearShown - linearExpected) < 1e-9 * linearExpected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(linearShown).arg(linearExpected)));

        // The scores do not depend on the rate.
        request.annualDiscountRate = 0.0;
        const pipeline::EvaluationResult at0 = pipeline::runEvaluation(set, request, pipeline::JobContext());
        for (std::size_t r = 0; r < 2; ++r)
            QCOMPARE(at0.leaderboard.rows[r].metric(QStringLiteral("gini")),
                     at20.leaderboard.rows[r].metric(QStringLiteral("gini")));
        QVERIFY(std::abs(at0.leaderboard.rows[0].discountedValuePerCustomer -
                         test::meanLtvOver(at0.predictions[0], at0.data.holdout)) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestDiscountedValue)
#include "tst_discountedvalue.moc"
