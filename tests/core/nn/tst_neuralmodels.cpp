// The neural LTV models under the Model interface: registration, fitting on
// generated customers, prediction semantics, progress and cancel, and the
// serialisation round trip.

#include "SyntheticCustomers.h"
#include "eval/Ranking.h"
#include "models/ModelRegistry.h"
#include "models/nn/NeuralModel.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ltv;
using namespace ltv::models;

namespace {

QVariantMap smallOptions()
{
    return {{QStringLiteral("epochs"), 15},
            {QStringLiteral("hidden"), 16},
            {QStringLiteral("batchSize"), 128},
            {QStringLiteral("learningRate"), 3e-3},
            {QStringLiteral("threads"), 2}};
}

TrainingData trainingData(const testing::SyntheticCustomers &c)
{
    TrainingData d;
    d.features = &c.features;
    d.sequences = &c.sequences;
    d.labels = &c.labels;
    d.horizon = 6;
    d.unit = TimeUnit::Month;
    return d;
}

PredictionInput predictionInput(const testing::SyntheticCustomers &c)
{
    PredictionInput in;
    in.features = &c.features;
    in.sequences = &c.sequences;
    in.horizon = 6;
    in.unit = TimeUnit::Month;
    return in;
}

} // namespace

class TestNeuralModels : public QObject
{
    Q_OBJECT
private slots:
    void registered()
    {
        const ModelRegistry &r = ModelRegistry::builtin();
        QCOMPARE(r.ids(ModelFamily::NeuralNet),
                 (QStringList{QStringLiteral("mlp-ziln"), QStringLiteral("cnn"), QStringLiteral("gru")}));
        for (const QString &id : r.ids(ModelFamily::NeuralNet)) {
            const auto m = r.create(id);
            QCOMPARE(m->id(), id);
            QVERIFY(!m->isFitted());
            QVERIFY(!m->hyperparameters().isEmpty());
        }
    }

    void fitsAndRanksHoldoutCustomers_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("mlp-ziln") << QStringLiteral("mlp-ziln");
        QTest::newRow("cnn") << QStringLiteral("cnn");
        QTest::newRow("gru") << QStringLiteral("gru");
    }

    void fitsAndRanksHoldoutCustomers()
    {
        QFETCH(QString, model);
        const auto train = testing::makeSyntheticCustomers(3000, 12, 6, 1);
        const auto holdout = testing::makeSyntheticCustomers(2000, 12, 6, 2);
        auto m = ModelRegistry::builtin().create(model);
        QList<QVariantMap> epochs;
        const pipeline::JobContext job({}, [&](const QString &kind, const QVariantMap &data) {
            if (kind == u"epoch")
                epochs << data;
        });
        const FitReport report = m->fit(trainingData(train), smallOptions(), job);
        QVERIFY2(report.converged, qPrintable(report.message));
        QVERIFY(m->isFitted());
        QCOMPARE(epochs.size(), static_cast<qsizetype>(report.iterations));
        QVERIFY(epochs.back().value(QStringLiteral("val")).toDouble() <
                epochs.front().value(QStringLiteral("val")).toDouble());

        const Predictions p = m->predict(predictionInput(holdout));
        QCOMPARE(p.size(), holdout.labels.size());
        QCOMPARE(p.customer, holdout.features.customer);
        std::vector<double> actualActive;
        std::vector<double> pActive;
        // No customer's predicted mean exceeds the largest training label (same horizon).
        const double largest = *std::max_element(train.labels.revenue.begin(), train.labels.revenue.end());
        for (std::size_t i = 0; i < p.size(); ++i) {
            QVERIFY(std::isfinite(p.ltv[i]) && p.ltv[i] >= 0.0);
            QVERIFY(p.ltv[i] <= largest * (1.0 + 1e-12));
            QVERIFY(p.churnProbability[i] > 0.0 && p.churnProbability[i] < 1.0);
            QVERIFY(std::isnan(p.expectedPurchases[i]));
            actualActive.push_back(holdout.labels.active[i]);
            pActive.push_back(1.0 - p.churnProbability[i]);
        }
        // Ranking quality against the simulated truth; a random ranking scores about 0.
        const double gini = eval::normalizedGini(holdout.labels.revenue, p.ltv);
        qInfo("%s holdout normalized Gini %.3f", qPrintable(model), gini);
        QVERIFY2(gini > 0.6, qPrintable(QString::number(gini)));
        // Purchase probability orders the active customers first.
        QVERIFY(eval::normalizedGini(actualActive, pActive) > 0.3);
        // Calibration of the total: within 25% of the actual holdout revenue.
        double predicted = 0.0, actual = 0.0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            predicted += p.ltv[i];
            actual += holdout.labels.revenue[i];
        }
        qInfo("%s predicted/actual total %.3f", qPrintable(model), predicted / actual);
        QVERIFY(std::abs(predicted / actual - 1.0) < 0.25);
    }

    void serializationRoundTripPredictsIdentically_data() { fitsAndRanksHoldoutCustomers_data(); }

    void serializationRoundTripPredictsIdentically()
    {
        QFETCH(QString, model);
        const auto train = testing::makeSyntheticCustomers(600, 12, 6, 3);
        auto m = ModelRegistry::builtin().create(model);
        QVariantMap options = smallOptions();
        options.insert(QStringLiteral("epochs"), 2);
        QVERIFY(m->fit(trainingData(train), options, pipeline::JobContext()).converged);
        const QByteArray blob = m->serialize();
        auto restored = ModelRegistry::builtin().create(model);
        restored->deserialize(blob);
        QVERIFY(restored->isFitted());
        const Predictions a = m->predict(predictionInput(train));
        const Predictions b = restored->predict(predictionInput(train));
        QVERIFY(a.ltv == b.ltv);
        QVERIFY(a.churnProbability == b.churnProbability);
        QCOMPARE(restored->serialize(), blob);
        // A blob of another model is refused.
        auto other = ModelRegistry::builtin().create(model == u"gru" ? QStringLiteral("cnn") : QStringLiteral("gru"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, other->deserialize(blob));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, restored->deserialize(blob.left(blob.size() / 2)));
    }

    void sameSeedSameModel_data() { fitsAndRanksHoldoutCustomers_data(); }

    // Same seed and thread count (2, with dropout on): bit-identical weights.
    void sameSeedSameModel()
    {
        QFETCH(QString, model);
        const auto train = testing::makeSyntheticCustomers(600, 12, 6, 4);
        QVariantMap options = smallOptions();
        options.insert(QStringLiteral("epochs"), 3);
        auto a = ModelRegistry::builtin().create(model);
        auto b = ModelRegistry::builtin().create(model);
        a->fit(trainingData(train), options, pipeline::JobContext());
        b->fit(trainingData(train), options, pipeline::JobContext());
        QCOMPARE(a->serialize(), b->serialize());
    }

    void predictionHorizonAndDiscount()
    {
        const auto train = testing::makeSyntheticCustomers(600, 12, 6, 5);
        auto m = ModelRegistry::builtin().create(QStringLiteral("mlp-ziln"));
        QVariantMap options = smallOptions();
        options.insert(QStringLiteral("epochs"), 2);
        m->fit(trainingData(train), options, pipeline::JobContext());
        PredictionInput in = predictionInput(train);
        const Predictions base = m->predict(in);
        in.horizon = 12; // twice the trained horizon
        const Predictions twice = m->predict(in);
        in.annualDiscountRate = 0.1;
        const Predictions discounted = m->predict(in);
        // Mean discount factor over one year at 10%: (1 - 1/1.1) / ln(1.1).
        const double meanFactor = (1.0 - 1.0 / 1.1) / std::log(1.1);
        const double years = 12 * 30.4375 / 365.25;
        const double expectedFactor = (1.0 - std::pow(1.1, -years)) / (years * std::log(1.1));
        QVERIFY(std::abs(expectedFactor - meanFactor) < 1e-3); // 12 months is about a year
        for (std::size_t i = 0; i < base.size(); ++i) {
            QVERIFY(std::abs(twice.ltv[i] - 2.0 * base.ltv[i]) < 1e-9 * (1.0 + base.ltv[i]));
            QVERIFY(std::abs(discounted.ltv[i] - expectedFactor * twice.ltv[i]) < 1e-9 * (1.0 + base.ltv[i]));
            QCOMPARE(twice.churnProbability[i], base.churnProbability[i]);
        }
    }

    void mseVariantPredictsTheMeanOnly()
    {
        const auto train = testing::makeSyntheticCustomers(600, 12, 6, 6);
        auto m = ModelRegistry::builtin().create(QStringLiteral("mlp-ziln"));
        QVariantMap options = smallOptions();
        options.insert(QStringLiteral("epochs"), 2);
        options.insert(QStringLiteral("loss"), QStringLiteral("mse"));
        QVERIFY(m->fit(trainingData(train), options, pipeline::JobContext()).converged);
        const Predictions p = m->predict(predictionInput(train));
        QVERIFY(std::isnan(p.churnProbability.front()));
        QVERIFY(std::isfinite(p.ltv.front()));
        options.insert(QStringLiteral("loss"), QStringLiteral("huber"));
        QVERIFY(!m->fit(trainingData(train), options, pipeline::JobContext()).message.isEmpty());
    }

    void rejectsMismatchedInputs()
    {
        const auto train = testing::makeSyntheticCustomers(300, 12, 6, 7);
        auto gru = ModelRegistry::builtin().create(QStringLiteral("gru"));
        TrainingData noSequences = trainingData(train);
        noSequences.sequences = nullptr;
        const FitReport r = gru->fit(noSequences, smallOptions(), pipeline::JobContext());
        QVERIFY(!r.converged);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!gru->isFitted());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, gru->predict(predictionInput(train)));

        auto mlp = ModelRegistry::builtin().create(QStringLiteral("mlp-ziln"));
        QVariantMap options = smallOptions();
        options.insert(QStringLiteral("epochs"), 1);
        mlp->fit(trainingData(train), options, pipeline::JobContext());
        features::FeatureMatrix renamed = train.features;
        renamed.columns[0] = QStringLiteral("orders");
        PredictionInput in = predictionInput(train);
        in.features = &renamed;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, mlp->predict(in));
    }

    void cancelDuringFit()
    {
        const auto train = testing::makeSyntheticCustomers(1000, 12, 6, 8);
        auto m = ModelRegistry::builtin().create(QStringLiteral("cnn"));
        const pipeline::JobContext *self = nullptr;
        const pipeline::JobContext job({}, [&](const QString &, const QVariantMap &) { self->cancel(); });
        self = &job;
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, m->fit(trainingData(train), smallOptions(), job));
    }
};

QTEST_GUILESS_MAIN(TestNeuralModels)
#include "tst_neuralmodels.moc"
