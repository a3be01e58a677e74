// XGBoost through its C API: learning, determinism, early stopping, exact
// round trip through the saved bytes, and TreeSHAP contributions that add up.

#include "SyntheticData.h"

#include "eval/Classification.h"
#include "eval/Ranking.h"
#include "models/ModelRegistry.h"
#include "models/ml/XGBoostModel.h"

#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::models;

namespace {

std::vector<std::uint8_t> churned(const features::Labels &labels)
{
    std::vector<std::uint8_t> out;
    for (auto a : labels.active)
        out.push_back(a ? 0 : 1);
    return out;
}

double rowSum(const Contributions &c, std::size_t row)
{
    double sum = 0.0;
    for (qsizetype j = 0; j < c.columns.size(); ++j)
        sum += c.at(row, static_cast<std::size_t>(j));
    return sum;
}

} // namespace

class TestXGBoostModel : public QObject
{
    Q_OBJECT

    test::SyntheticSet train_ = test::makeSyntheticSet(2000, 11);
    test::SyntheticSet test_ = test::makeSyntheticSet(1000, 12);

    ml::XGBoostModel fitted_; // default outputs, fitted once in initTestCase

    TrainingData trainingData() const { return {nullptr, &train_.features, nullptr, &train_.labels, 39.0}; }
    PredictionInput testInput() const { return {nullptr, &test_.features, nullptr, 39.0}; }
    // A faster learning rate keeps the suite quick; only the value output where that is all a test needs.
    static QVariantMap fast(bool valueOnly = false)
    {
        QVariantMap o{{QStringLiteral("eta"), 0.15}};
        if (valueOnly) {
            o.insert(QStringLiteral("churnModel"), false);
            o.insert(QStringLiteral("purchasesModel"), false);
            o.insert(QStringLiteral("topValueModel"), false);
        }
        return o;
    }

private slots:
    void initTestCase()
    {
        const FitReport report = fitted_.fit(trainingData(), fast(), {});
        QVERIFY2(report.converged, qPrintable(report.message));
    }

    void registered()
    {
        auto model = ModelRegistry::builtin().create(QStringLiteral("xgboost"));
        QVERIFY(model);
        QCOMPARE(model->id(), QStringLiteral("xgboost"));
    }

    void learnsValueAndChurnOnUnseenCustomers()
    {
        const Predictions p = fitted_.predict(testInput());
        QCOMPARE(p.size(), std::size_t{1000});
        const double gini = eval::normalizedGini(test_.labels.revenue, p.ltv);
        QVERIFY2(gini > 0.6, qPrintable(QString::number(gini)));
        const double auc = eval::rocAuc(churned(test_.labels), p.churnProbability);
        QVERIFY2(auc > 0.85, qPrintable(QString::number(auc)));
        for (std::size_t i = 0; i < p.size(); ++i) {
            QVERIFY(p.ltv[i] >= 0.0); // Tweedie predicts a positive mean
            QVERIFY(p.churnProbability[i] > 0.0 && p.churnProbability[i] < 1.0);
        }
        QCOMPARE(p.topValueProbability.size(), std::size_t{1000});
        QVERIFY(std::isnan(p.pAlive[0]));
    }

    void sameSeedSamePredictions()
    {
        ml::XGBoostModel a, b, c;
        a.fit(trainingData(), fast(true), {});
        b.fit(trainingData(), fast(true), {});
        QVariantMap otherSeed = fast(true);
        otherSeed.insert(QStringLiteral("seed"), 7);
        c.fit(trainingData(), otherSeed, {});
        QCOMPARE(a.predict(testInput()).ltv, b.predict(testInput()).ltv);
        QVERIFY(a.predict(testInput()).ltv != c.predict(testInput()).ltv);
    }

    void earlyStoppingKeepsTheBestRound()
    {
        ml::XGBoostModel model;
        QVariantMap options = fast(true);
        options.insert(QStringLiteral("eta"), 0.5);
        options.insert(QStringLiteral("rounds"), 2000);
        const FitReport report = model.fit(trainingData(), options, {});
        double rounds = 0;
        for (const FittedParameter &p : model.parameters())
            if (p.name == QLatin1String("ltv:rounds"))
                rounds = p.value;
        QVERIFY2(rounds >= 1 && rounds < 500, qPrintable(QString::number(rounds)));
        QCOMPARE(report.iterations > 0, true);
    }

    void roundTripPredictsIdentically()
    {
        const ml::XGBoostModel &model = fitted_;
        const QByteArray blob = model.serialize();
        ml::XGBoostModel restored;
        restored.deserialize(blob);
        QVERIFY(restored.isFitted());
        const Predictions a = model.predict(testInput());
        const Predictions b = restored.predict(testInput());
        QCOMPARE(a.ltv, b.ltv);
        QCOMPARE(a.expectedPurchases, b.expectedPurchases);
        QCOMPARE(a.churnProbability, b.churnProbability);
        QCOMPARE(a.topValueProbability, b.topValueProbability);
        // Saving the restored model gives the same bytes again.
        QCOMPARE(restored.serialize(), blob);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, restored.deserialize(blob.left(blob.size() / 2)));
    }

    void contributionsSumToThePrediction()
    {
        for (const QString &objective : {QStringLiteral("squarederror"), QStringLiteral("tweedie")}) {
            ml::XGBoostModel model;
            QVariantMap options = fast();
            options.insert(QStringLiteral("objective"), objective);
            options.insert(QStringLiteral("purchasesModel"), false);
            options.insert(QStringLiteral("topValueModel"), false);
            model.fit(trainingData(), options, {});
            const Predictions p = model.predict(testInput());
            const Contributions ltv = model.contributions(testInput(), QStringLiteral("ltv"));
            QCOMPARE(ltv.columns.size(), test_.features.cols() + 1);
            QCOMPARE(ltv.values.size(), p.size() * static_cast<std::size_t>(ltv.columns.size()));
            QCOMPARE(ltv.scale,
                     objective == QLatin1String("tweedie") ? QStringLiteral("log") : QStringLiteral("value"));
            for (std::size_t i = 0; i < p.size(); ++i) {
                const double sum = rowSum(ltv, i);
                const double reconstructed = ltv.scale == QLatin1String("log") ? std::exp(sum) : sum;
                // float32 arithmetic inside XGBoost
                QVERIFY2(std::abs(reconstructed - p.ltv[i]) < 1e-4 * std::max(1.0, std::abs(p.ltv[i])),
                         qPrintable(QStringLiteral("%1 vs %2").arg(reconstructed).arg(p.ltv[i])));
            }
            const Contributions churn = model.contributions(testInput(), QStringLiteral("churn"));
            QCOMPARE(churn.scale, QStringLiteral("logit"));
            for (std::size_t i = 0; i < p.size(); ++i)
                QVERIFY(std::abs(1.0 / (1.0 + std::exp(-rowSum(churn, i))) - p.churnProbability[i]) < 1e-5);
        }
    }

    void importanceFavoursTheDrivers()
    {
        const ml::XGBoostModel &model = fitted_;
        double frequency = 0, noise = 0, constant = -1, total = 0;
        for (const FeatureImportance &f : model.importance()) {
            if (f.target != QLatin1String("ltv"))
                continue;
            total += f.value;
            if (f.feature == QLatin1String("frequency"))
                frequency = f.value;
            if (f.feature == QLatin1String("noise"))
                noise = f.value;
            if (f.feature == QLatin1String("constant"))
                constant = f.value;
        }
        QVERIFY(std::abs(total - 1.0) < 1e-9);
        QVERIFY(frequency > noise);
        QCOMPARE(constant, 0.0);
    }

    void cancellationStopsTraining()
    {
        pipeline::JobContext job;
        job.cancel();
        ml::XGBoostModel model;
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, model.fit(trainingData(), {}, job));
    }

    // The balance factor restores predicted total = actual total on the
    // boosting rows, which the few early rounds of a log-link model miss.
    void balanceMatchesTheTrainingTotal()
    {
        QVariantMap options = fast(true);
        options.insert(QStringLiteral("validationFraction"), 0.0); // boost on every row
        options.insert(QStringLiteral("rounds"), 15);
        double actual = 0.0;
        for (double y : train_.labels.revenue)
            actual += std::max(y, 0.0);
        const PredictionInput onTraining{nullptr, &train_.features, nullptr, 39.0};
        auto ratio = [&](const QString &balance) {
            ml::XGBoostModel model;
            options.insert(QStringLiteral("balance"), balance);
            model.fit(trainingData(), options, {});
            double predicted = 0.0;
            for (double v : model.predict(onTraining).ltv)
                predicted += v;
            return predicted / actual;
        };
        const double unbalanced = ratio(QStringLiteral("none"));
        const double balanced = ratio(QStringLiteral("training"));
        QVERIFY2(std::abs(unbalanced - 1.0) > 0.01, qPrintable(QString::number(unbalanced)));
        QVERIFY2(std::abs(balanced - 1.0) < 1e-5, qPrintable(QString::number(balanced)));
        ml::XGBoostModel model;
        QVERIFY(
            !model.fit(trainingData(), {{QStringLiteral("balance"), QStringLiteral("median")}}, {}).message.isEmpty());
        QVERIFY(!model.isFitted());
    }

    void rejectsUnknownObjective()
    {
        ml::XGBoostModel model;
        const FitReport report =
            model.fit(trainingData(), {{QStringLiteral("objective"), QStringLiteral("huber")}}, {});
        QVERIFY(!report.message.isEmpty());
        QVERIFY(!model.isFitted());
    }
};

QTEST_GUILESS_MAIN(TestXGBoostModel)
#include "tst_xgboostmodel.moc"
