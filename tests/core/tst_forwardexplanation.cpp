// The explainable model behind the Customers page's feature contributions:
// trained on the shifted window that ends at the as-of day, applied to the
// features at that day, with contributions that add up to its prediction.

#include "features/Summarize.h"
#include "pipeline/DemoData.h"
#include "pipeline/ForwardExplanation.h"

#include <QTest>

#include <cmath>

using namespace ltv;

class TestForwardExplanation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        set_ = pipeline::loadDemoTransactions();
        asOf_ = set_.dayRange().second;
    }

    void contributionsAddUpToThePrediction_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("xgboost") << QStringLiteral("xgboost");
        QTest::newRow("linear") << QStringLiteral("linear");
    }

    void contributionsAddUpToThePrediction()
    {
        QFETCH(QString, model);
        pipeline::ExplanationRequest request;
        request.modelId = model;
        request.asOf = asOf_;
        request.horizonDays = 364;
        const pipeline::ForwardExplanation e = explainForward(set_, request, pipeline::JobContext());
        QVERIFY2(e.ok(), qPrintable(e.error));
        QVERIFY(e.model);
        QCOMPARE(e.trainingAsOf, asOf_ - 364);
        // CDNOW's cohort all bought first in early 1997: everyone is in both cuts.
        QCOMPARE(e.trainingCustomers, static_cast<std::size_t>(set_.customerCount()));
        QCOMPARE(e.predictions.size(), static_cast<std::size_t>(set_.customerCount()));
        QCOMPARE(e.contributions.customer, e.features.customer);
        QCOMPARE(e.predictions.customer, e.features.customer);
        QCOMPARE(e.contributions.columns.size(), e.features.columns.size() + 1);
        QCOMPARE(e.contributions.scale, QStringLiteral("value"));
        if (model == QLatin1String("xgboost")) {
            QCOMPARE(e.options.value(QStringLiteral("objective")).toString(), QStringLiteral("squarederror"));
            QCOMPARE(e.model->explainableTargets(), QStringList{QStringLiteral("ltv")});
        }
        // Features as of asOf: the summary's repeat purchases.
        const features::CustomerSummary summary = features::summarize(set_, asOf_);
        const int frequency = e.features.indexOf(QStringLiteral("frequency"));
        QVERIFY(frequency >= 0);
        for (std::size_t i = 0; i < summary.size(); i += 37) {
            const std::int64_t r = e.row(summary.customer[i]);
            QVERIFY(r >= 0);
            QCOMPARE(e.features.at(r, frequency), summary.frequency[i]);
        }
        // base + contributions = prediction, for every customer. XGBoost works
        // in float32: its sum differs from its prediction by rounding only,
        // bounded relative to the size of the terms added.
        double worst = 0.0;
        for (std::size_t r = 0; r < e.predictions.size(); ++r) {
            double magnitude = std::abs(e.base(r));
            for (qsizetype j = 0; j + 1 < e.contributions.columns.size(); ++j)
                magnitude += std::abs(e.contributions.at(r, static_cast<std::size_t>(j)));
            const double error = std::abs(e.base(r) + e.contributionSum(r) - e.predictions.ltv[r]);
            worst = std::max(worst, error / std::max(1.0, magnitude));
        }
        qInfo("largest error of base + contributions: %.3g of the terms' magnitude", worst);
        QVERIFY2(worst <= (model == QLatin1String("xgboost") ? 1e-6 : 1e-12), qPrintable(QString::number(worst)));
        if (model != QLatin1String("xgboost")) {
            QCOMPARE(e.validationCustomers, std::size_t{0}); // the linear model keeps no fold
            return;
        }
        // Its accuracy on the fold early stopping held out (20% of the
        // training customers): better than predicting the mean.
        QVERIFY2(std::abs(static_cast<double>(e.validationCustomers) - 0.2 * set_.customerCount()) <= 1.0,
                 qPrintable(QString::number(e.validationCustomers)));
        qInfo("validation RMSE %.2f, predicting the mean %.2f", e.validationRmse, e.validationMeanRmse);
        QVERIFY(std::isfinite(e.validationRmse) && std::isfinite(e.validationMeanRmse));
        QVERIFY(e.validationRmse < e.validationMeanRmse);
        // The model learned something: predictions differ between customers and
        // their total is of the order of the revenue of the training horizon.
        double total = 0.0, low = 1e300, high = -1e300;
        for (double v : e.predictions.ltv) {
            total += v;
            low = std::min(low, v);
            high = std::max(high, v);
        }
        QVERIFY(high - low > 10.0);
        double revenue = 0.0;
        for (std::size_t i = 0; i < set_.size(); ++i)
            if (set_.day[i] > asOf_ - 364)
                revenue += set_.amount[i];
        qInfo("predicted revenue %.1f, revenue of the training horizon %.1f", total, revenue);
        QVERIFY2(total > 0.3 * revenue && total < 3.0 * revenue,
                 qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(revenue)));
    }

    void aHorizonBeforeEveryFirstPurchaseIsReported()
    {
        pipeline::ExplanationRequest request;
        request.asOf = asOf_;
        request.horizonDays = asOf_ - set_.dayRange().first + 7;
        const pipeline::ForwardExplanation e = explainForward(set_, request, pipeline::JobContext());
        QVERIFY(!e.ok());
        QVERIFY(!e.model);
        QVERIFY(e.error.contains(QStringLiteral("shorter horizon")));
    }

    void aBtydModelIsRefused()
    {
        pipeline::ExplanationRequest request;
        request.modelId = QStringLiteral("bgnbd");
        request.asOf = asOf_;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, explainForward(set_, request, pipeline::JobContext()));
    }

private:
    features::TransactionSet set_;
    Day asOf_ = 0;
};

QTEST_GUILESS_MAIN(TestForwardExplanation)
#include "tst_forwardexplanation.moc"
