// Seeded k-fold cross-validation and the grid search.

#include "../ml/SyntheticData.h"

#include "eval/CrossValidation.h"
#include "eval/Folds.h"
#include "features/FeatureMatrixBuilder.h"
#include "features/Splits.h"
#include "models/ModelRegistry.h"

#include <QTest>

#include <cmath>

using namespace ltv;

class TestCrossValidation : public QObject
{
    Q_OBJECT

    test::SyntheticSet set_ = test::makeSyntheticSet(600, 21);
    models::TrainingData data() const { return {nullptr, &set_.features, nullptr, &set_.labels, 39.0}; }

private slots:
    void foldsAreBalancedAndSeeded()
    {
        const std::vector<int> a = eval::kFoldAssignment(103, 5, 9);
        QCOMPARE(a, eval::kFoldAssignment(103, 5, 9));
        QVERIFY(a != eval::kFoldAssignment(103, 5, 10));
        std::vector<int> counts(5, 0);
        for (int f : a) {
            QVERIFY(f >= 0 && f < 5);
            ++counts[static_cast<std::size_t>(f)];
        }
        for (int c : counts)
            QVERIFY(c == 20 || c == 21);
        QCOMPARE(eval::rowsInFold(a, 2).size() + eval::rowsNotInFold(a, 2).size(), std::size_t{103});
    }

    void outOfFoldPredictionsComeFromModelsThatDidNotSeeTheRow()
    {
        const eval::CrossValidationResult cv =
            eval::crossValidate(QStringLiteral("linear"), data(), {}, 5, 3, pipeline::JobContext());
        QCOMPARE(cv.folds, 5);
        QCOMPARE(cv.foldGini.size(), std::size_t{5});
        for (double v : cv.outOfFold)
            QVERIFY(std::isfinite(v));
        QVERIFY(cv.metrics.normalizedGini > 0.5);

        // Refit fold 0 by hand: the same predictions for its rows.
        const std::vector<int> folds = eval::kFoldAssignment(600, 5, 3);
        const auto trainRows = eval::rowsNotInFold(folds, 0);
        const auto testRows = eval::rowsInFold(folds, 0);
        const features::FeatureMatrix trainX = features::selectRows(set_.features, trainRows);
        const features::Labels trainY = features::selectRows(set_.labels, trainRows);
        const features::FeatureMatrix testX = features::selectRows(set_.features, testRows);
        auto model = models::ModelRegistry::builtin().create(QStringLiteral("linear"));
        model->fit({nullptr, &trainX, nullptr, &trainY, 39.0}, {}, {});
        const models::Predictions p = model->predict({nullptr, &testX, nullptr, 39.0});
        for (std::size_t i = 0; i < testRows.size(); ++i)
            QCOMPARE(cv.outOfFold[testRows[i]], p.ltv[i]);

        // Reproducible.
        QCOMPARE(eval::crossValidate(QStringLiteral("linear"), data(), {}, 5, 3, {}).outOfFold, cv.outOfFold);
    }

    void unknownModelIsRejected()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 eval::crossValidate(QStringLiteral("nope"), data(), {}, 3, 1, {}));
    }

    void gridSearchTriesEveryCombinationAndPicksByGini()
    {
        const eval::ParameterGrid grid{{QStringLiteral("l2"), {0.01, 10.0}},
                                       {QStringLiteral("logTarget"), {false, true}}};
        const eval::GridSearchResult result =
            eval::gridSearch(QStringLiteral("linear"), data(), grid, {{QStringLiteral("churnModel"), false}}, 3, 5, {});
        QCOMPARE(result.trials.size(), std::size_t{4});
        // The last option varies fastest; base options are kept.
        QCOMPARE(result.trials[1].options.value(QStringLiteral("l2")).toDouble(), 0.01);
        QCOMPARE(result.trials[1].options.value(QStringLiteral("logTarget")).toBool(), true);
        QCOMPARE(result.trials[2].options.value(QStringLiteral("l2")).toDouble(), 10.0);
        QCOMPARE(result.trials[3].options.value(QStringLiteral("churnModel")).toBool(), false);
        for (const auto &t : result.trials)
            QVERIFY(!eval::ranksBefore(t.metrics, result.trials[result.bestIndex].metrics));
        QCOMPARE(result.bestOptions(), result.trials[result.bestIndex].options);
    }

    void ranksByGiniThenMae()
    {
        eval::RegressionMetrics a, b;
        a.normalizedGini = 0.5;
        a.mae = 10;
        b.normalizedGini = 0.4;
        b.mae = 1;
        QVERIFY(eval::ranksBefore(a, b));
        b.normalizedGini = 0.5;
        QVERIFY(eval::ranksBefore(b, a)); // tie on Gini: lower MAE first
        b.normalizedGini = std::nan("");
        QVERIFY(eval::ranksBefore(a, b));
    }
};

QTEST_GUILESS_MAIN(TestCrossValidation)
#include "tst_crossvalidation.moc"
