// The ridge / logistic baseline: exact solutions on small cases, the
// standardised coefficients, log1p target, contributions, no extrapolation
// beyond the training range, and round trip (also of the first saved format).

#include "SyntheticData.h"

#include "eval/Ranking.h"
#include "models/ModelRegistry.h"
#include "models/ml/LinearModel.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace ltv;
using namespace ltv::models;

namespace {

features::FeatureMatrix columnsOf(const std::vector<std::vector<double>> &cols, const QStringList &names)
{
    features::FeatureMatrix m;
    m.columns = names;
    for (std::size_t i = 0; i < cols[0].size(); ++i)
        m.customer.push_back(static_cast<std::int32_t>(i));
    for (const auto &c : cols)
        m.values.insert(m.values.end(), c.begin(), c.end());
    return m;
}

features::Labels labelsOf(const std::vector<double> &revenue, const std::vector<std::uint8_t> &active)
{
    features::Labels l;
    for (std::size_t i = 0; i < revenue.size(); ++i) {
        l.customer.push_back(static_cast<std::int32_t>(i));
        l.revenue.push_back(revenue[i]);
        l.purchases.push_back(active[i] ? 1.0 : 0.0);
        l.active.push_back(active[i]);
    }
    return l;
}

double sd(const std::vector<double> &v)
{
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    double s = 0;
    for (double x : v)
        s += (x - mean) * (x - mean);
    return std::sqrt(s / static_cast<double>(v.size()));
}

// Fits y = 3 + 2 x on x in 1..8 exactly (no penalty, no churn classifier).
void fitLine(ml::LinearModel &model)
{
    const std::vector<double> x{1, 2, 3, 4, 5, 6, 7, 8};
    std::vector<double> y;
    for (double v : x)
        y.push_back(3 + 2 * v);
    const features::FeatureMatrix train = columnsOf({x}, {QStringLiteral("x")});
    const features::Labels labels = labelsOf(y, std::vector<std::uint8_t>(8, 1));
    model.fit({nullptr, &train, nullptr, &labels, 39.0},
              {{QStringLiteral("l2"), 0.0}, {QStringLiteral("churnModel"), false}}, {});
}

} // namespace

class TestLinearModel : public QObject
{
    Q_OBJECT
private slots:
    void registered()
    {
        auto model = ModelRegistry::builtin().create(QStringLiteral("linear"));
        QVERIFY(model);
        QCOMPARE(model->family(), ModelFamily::MachineLearning);
    }

    void recoversAnExactLinearRule()
    {
        // y = 3 + 2 x1 - x2 without noise; without penalty the fit is exact and the
        // standardised coefficient of x1 is 2 * sd(x1).
        const std::vector<double> x1{1, 2, 3, 4, 5, 6, 7, 8};
        const std::vector<double> x2{0, 1, 0, 3, 1, 5, 2, 2};
        std::vector<double> y;
        for (std::size_t i = 0; i < x1.size(); ++i)
            y.push_back(3 + 2 * x1[i] - x2[i]);
        const features::FeatureMatrix x = columnsOf({x1, x2}, {QStringLiteral("x1"), QStringLiteral("x2")});
        const features::Labels labels = labelsOf(y, std::vector<std::uint8_t>(8, 1));
        ml::LinearModel model;
        const FitReport report = model.fit({nullptr, &x, nullptr, &labels, 39.0},
                                           {{QStringLiteral("l2"), 0.0}, {QStringLiteral("churnModel"), false}}, {});
        QVERIFY2(report.message.isEmpty(), qPrintable(report.message));
        const Predictions p = model.predict({nullptr, &x, nullptr, 39.0});
        for (std::size_t i = 0; i < y.size(); ++i)
            QVERIFY(std::abs(p.ltv[i] - y[i]) < 1e-9);
        bool found = false;
        for (const FittedParameter &fp : model.parameters())
            if (fp.name == QLatin1String("ltv:x1")) {
                QVERIFY(std::abs(fp.value - 2.0 * sd(x1)) < 1e-9);
                found = true;
            }
        QVERIFY(found);
        QVERIFY(std::isnan(p.churnProbability[0])); // churn classifier switched off
    }

    void neverExtrapolatesBeyondTheTrainingRange()
    {
        // y = 3 + 2 x on x in 1..8. Out of that range the model answers as at its edge.
        ml::LinearModel model;
        fitLine(model);
        const features::FeatureMatrix beyond = columnsOf({{100.0, -5.0, 4.5}}, {QStringLiteral("x")});
        const Predictions p = model.predict({nullptr, &beyond, nullptr, 39.0});
        QVERIFY(std::abs(p.ltv[0] - 19.0) < 1e-9); // as at x = 8, not 203
        QVERIFY(std::abs(p.ltv[1] - 5.0) < 1e-9);  // as at x = 1
        QVERIFY(std::abs(p.ltv[2] - 12.0) < 1e-9); // inside the range: the fitted rule
    }

    void readsTheFirstSavedFormat()
    {
        // A model saved before training ranges were kept (format 1) still loads
        // and predicts as it did then: without clamping.
        ml::LinearModel model;
        fitLine(model);
        // Format 2 = format 1 + two lists of one double (low, high) at the end; the version follows the magic.
        QByteArray blob = model.serialize();
        constexpr qsizetype kRangesBytes = 2 * (4 + 8);
        blob.chop(kRangesBytes);
        const qsizetype versionAt = 4 + qsizetype(sizeof("ltv-linear") - 1);
        QCOMPARE(blob.mid(versionAt, 4), QByteArray::fromHex("00000002"));
        blob.replace(versionAt, 4, QByteArray::fromHex("00000001"));
        ml::LinearModel restored;
        restored.deserialize(blob);
        const features::FeatureMatrix beyond = columnsOf({{100.0}}, {QStringLiteral("x")});
        QVERIFY(std::abs(restored.predict({nullptr, &beyond, nullptr, 39.0}).ltv[0] - 203.0) < 1e-9);
        QVERIFY(std::abs(model.predict({nullptr, &beyond, nullptr, 39.0}).ltv[0] - 19.0) < 1e-9);
    }

    void ridgeShrinksByTheClosedForm()
    {
        // One standardised feature z: b = mean(z y) / (1 + l2).
        const std::vector<double> x{1, 2, 4, 7, 11};
        const std::vector<double> y{2, 1, 5, 6, 12};
        const double l2 = 0.5;
        const features::FeatureMatrix m = columnsOf({x}, {QStringLiteral("x")});
        const features::Labels labels = labelsOf(y, std::vector<std::uint8_t>(5, 1));
        ml::LinearModel model;
        model.fit({nullptr, &m, nullptr, &labels, 1.0}, {{QStringLiteral("l2"), l2}}, {});
        const double mx = std::accumulate(x.begin(), x.end(), 0.0) / 5.0;
        double zy = 0;
        for (std::size_t i = 0; i < x.size(); ++i)
            zy += (x[i] - mx) / sd(x) * y[i];
        const double expected = zy / 5.0 / (1.0 + l2);
        const auto params = model.parameters();
        const auto it = std::find_if(params.begin(), params.end(),
                                     [](const FittedParameter &p) { return p.name == QLatin1String("ltv:x"); });
        QVERIFY(it != params.end());
        QVERIFY(std::abs(it->value - expected) < 1e-9);
    }

    void logisticMatchesGroupRatesWithoutPenalty()
    {
        // With one binary feature the unpenalised MLE predicts each group's churn rate.
        const std::vector<double> g{0, 0, 0, 0, 1, 1, 1, 1, 1};
        const std::vector<std::uint8_t> active{1, 1, 1, 0, 0, 0, 1, 0, 0}; // churn: 1/4 and 4/5
        const features::FeatureMatrix m = columnsOf({g}, {QStringLiteral("g")});
        const features::Labels labels = labelsOf(std::vector<double>(9, 0.0), active);
        ml::LinearModel model;
        const FitReport report = model.fit({nullptr, &m, nullptr, &labels, 1.0}, {{QStringLiteral("l2"), 0.0}}, {});
        QVERIFY(report.converged);
        const Predictions p = model.predict({nullptr, &m, nullptr, 1.0});
        QVERIFY(std::abs(p.churnProbability[0] - 0.25) < 1e-7);
        QVERIFY(std::abs(p.churnProbability[8] - 0.8) < 1e-7);
    }

    void learnsTheSyntheticRanking()
    {
        const test::SyntheticSet train = test::makeSyntheticSet(2000, 1);
        const test::SyntheticSet test = test::makeSyntheticSet(1000, 2);
        ml::LinearModel model;
        const FitReport report = model.fit({nullptr, &train.features, nullptr, &train.labels, 39.0}, {}, {});
        QVERIFY2(report.message.isEmpty(), qPrintable(report.message));
        const Predictions p = model.predict({nullptr, &test.features, nullptr, 39.0});
        QCOMPARE(p.size(), std::size_t{1000});
        // Far better than random on unseen customers, for value and churn.
        QVERIFY(eval::normalizedGini(test.labels.revenue, p.ltv) > 0.5);
        std::vector<double> churned;
        for (auto a : test.labels.active)
            churned.push_back(a ? 0.0 : 1.0);
        QVERIFY(eval::spearman(churned, p.churnProbability) > 0.5);
        QCOMPARE(p.topValueProbability.size(), std::size_t{1000});
        // The constant column carries no weight.
        for (const FittedParameter &fp : model.parameters())
            if (fp.name.endsWith(QLatin1String(":constant")))
                QCOMPARE(fp.value, 0.0);
    }

    void logTargetMatchesTheTrainingTotalAndStaysNonNegative()
    {
        const test::SyntheticSet train = test::makeSyntheticSet(1500, 3);
        ml::LinearModel model;
        model.fit({nullptr, &train.features, nullptr, &train.labels, 39.0}, {{QStringLiteral("logTarget"), true}}, {});
        const Predictions p = model.predict({nullptr, &train.features, nullptr, 39.0});
        for (double v : p.ltv)
            QVERIFY(v >= 0.0);
        // The back-transform is rescaled to match the training total exactly.
        const double predicted = std::accumulate(p.ltv.begin(), p.ltv.end(), 0.0);
        const double actual = std::accumulate(train.labels.revenue.begin(), train.labels.revenue.end(), 0.0);
        QVERIFY2(std::abs(predicted / actual - 1.0) < 1e-9, qPrintable(QString::number(predicted / actual)));
    }

    void contributionsSumToThePrediction()
    {
        const test::SyntheticSet train = test::makeSyntheticSet(800, 4);
        ml::LinearModel model;
        model.fit({nullptr, &train.features, nullptr, &train.labels, 39.0}, {{QStringLiteral("clampAtZero"), false}},
                  {});
        const PredictionInput input{nullptr, &train.features, nullptr, 39.0};
        const Predictions p = model.predict(input);
        const Contributions c = model.contributions(input, QStringLiteral("ltv"));
        QCOMPARE(c.scale, QStringLiteral("value"));
        QCOMPARE(c.columns.size(), train.features.cols() + 1);
        for (std::size_t i = 0; i < p.size(); ++i) {
            double sum = 0;
            for (qsizetype j = 0; j < c.columns.size(); ++j)
                sum += c.at(i, static_cast<std::size_t>(j));
            QVERIFY(std::abs(sum - p.ltv[i]) < 1e-9 * std::max(1.0, std::abs(p.ltv[i])));
        }
        const Contributions churn = model.contributions(input, QStringLiteral("churn"));
        QCOMPARE(churn.scale, QStringLiteral("logit"));
        double sum = 0;
        for (qsizetype j = 0; j < churn.columns.size(); ++j)
            sum += churn.at(0, static_cast<std::size_t>(j));
        QVERIFY(std::abs(1.0 / (1.0 + std::exp(-sum)) - p.churnProbability[0]) < 1e-12);
    }

    void roundTripPredictsIdentically()
    {
        const test::SyntheticSet train = test::makeSyntheticSet(500, 5);
        ml::LinearModel model;
        model.fit({nullptr, &train.features, nullptr, &train.labels, 39.0}, {{QStringLiteral("logTarget"), true}}, {});
        ml::LinearModel restored;
        restored.deserialize(model.serialize());
        QVERIFY(restored.isFitted());
        // Rows beyond the training range too: the restored model clamps them the same way.
        features::FeatureMatrix shifted = train.features;
        for (double &v : shifted.values)
            v = 3.0 * v + 1.0;
        for (const features::FeatureMatrix *rows :
             {&train.features, static_cast<const features::FeatureMatrix *>(&shifted)}) {
            const PredictionInput scaled{nullptr, rows, nullptr, 39.0};
            QCOMPARE(model.predict(scaled).ltv, restored.predict(scaled).ltv);
        }
        const PredictionInput input{nullptr, &train.features, nullptr, 39.0};
        const Predictions a = model.predict(input);
        const Predictions b = restored.predict(input);
        QCOMPARE(a.ltv, b.ltv);
        QCOMPARE(a.churnProbability, b.churnProbability);
        QCOMPARE(a.expectedPurchases, b.expectedPurchases);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, restored.deserialize(QByteArray("garbage")));
    }

    void matchesColumnsByName()
    {
        const test::SyntheticSet train = test::makeSyntheticSet(300, 6);
        ml::LinearModel model;
        model.fit({nullptr, &train.features, nullptr, &train.labels, 39.0}, {}, {});
        // The same data with the columns in reverse order predicts the same.
        features::FeatureMatrix reversed;
        reversed.customer = train.features.customer;
        for (std::int64_t c = train.features.cols() - 1; c >= 0; --c) {
            reversed.columns << train.features.columns[c];
            reversed.values.insert(reversed.values.end(), train.features.column(c),
                                   train.features.column(c) + train.features.rows());
        }
        QCOMPARE(model.predict({nullptr, &reversed, nullptr, 39.0}).ltv,
                 model.predict({nullptr, &train.features, nullptr, 39.0}).ltv);
        features::FeatureMatrix missing = reversed;
        missing.columns[0] = QStringLiteral("renamed");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, model.predict({nullptr, &missing, nullptr, 39.0}));
    }

    void rejectsMisalignedLabels()
    {
        test::SyntheticSet train = test::makeSyntheticSet(50, 7);
        std::swap(train.labels.customer[0], train.labels.customer[1]);
        ml::LinearModel model;
        const FitReport report = model.fit({nullptr, &train.features, nullptr, &train.labels, 39.0}, {}, {});
        QVERIFY(!report.message.isEmpty());
        QVERIFY(!model.isFitted());
    }
};

QTEST_GUILESS_MAIN(TestLinearModel)
#include "tst_linearmodel.moc"
