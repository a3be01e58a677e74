// The auto model: chooses by validation Gini on the training window (MAE
// tie-break), refits the winner, predicts with it and round-trips.

#include "SyntheticData.h"

#include "eval/CrossValidation.h"
#include "models/ModelRegistry.h"
#include "models/ml/AutoModel.h"

#include <QTest>

using namespace ltv;
using namespace ltv::models;

class TestAutoModel : public QObject
{
    Q_OBJECT

    test::SyntheticSet train_ = test::makeSyntheticSet(900, 31);
    test::SyntheticSet test_ = test::makeSyntheticSet(300, 32);
    TrainingData data() const { return {nullptr, &train_.features, nullptr, &train_.labels, 39.0}; }

private slots:
    void choosesTheBestValidatedCandidate()
    {
        ml::AutoModel model;
        const QVariantMap options{{QStringLiteral("candidates"), QStringLiteral("linear,xgboost,unknown")},
                                  {QStringLiteral("folds"), 3},
                                  {QStringLiteral("seed"), 4},
                                  {QStringLiteral("xgboost.eta"), 0.3},
                                  {QStringLiteral("xgboost.purchasesModel"), false},
                                  {QStringLiteral("xgboost.topValueModel"), false}};
        const QVariantMap xgboostOptions{{QStringLiteral("eta"), 0.3},
                                         {QStringLiteral("purchasesModel"), false},
                                         {QStringLiteral("topValueModel"), false}};
        auto optionsOf = [&](const QString &id) {
            return id == QLatin1String("xgboost") ? xgboostOptions : QVariantMap();
        };
        const FitReport report = model.fit(data(), options, {});
        QVERIFY2(model.isFitted(), qPrintable(report.message));
        QCOMPARE(model.scores().size(), std::size_t{2}); // the unknown id is skipped
        // The scores are exactly the cross-validation of each candidate on the training rows.
        for (const auto &s : model.scores()) {
            const eval::CrossValidationResult cv = eval::crossValidate(s.model, data(), optionsOf(s.model), 3, 4, {});
            QCOMPARE(s.gini, cv.metrics.normalizedGini);
            QCOMPARE(s.mae, cv.metrics.mae);
        }
        const auto &a = model.scores()[0];
        const auto &b = model.scores()[1];
        const bool firstWins = a.gini > b.gini || (a.gini == b.gini && a.mae < b.mae);
        QCOMPARE(model.chosen(), firstWins ? a.model : b.model);
        QVERIFY(report.message.contains(model.chosen()));

        // It predicts exactly like the chosen model fitted on the whole training window.
        auto direct = ModelRegistry::builtin().create(model.chosen());
        direct->fit(data(), optionsOf(model.chosen()), {});
        const PredictionInput input{nullptr, &test_.features, nullptr, 39.0};
        const Predictions p = model.predict(input);
        QCOMPARE(p.ltv, direct->predict(input).ltv);
        QCOMPARE(p.model, QStringLiteral("auto"));
        QCOMPARE(p.options.value(QStringLiteral("chosenModel")).toString(), model.chosen());

        ml::AutoModel restored;
        restored.deserialize(model.serialize());
        QCOMPARE(restored.chosen(), model.chosen());
        QCOMPARE(restored.predict(input).ltv, p.ltv);
    }

    void needsLabels()
    {
        ml::AutoModel model;
        const FitReport report = model.fit({nullptr, &train_.features, nullptr, nullptr, 39.0}, {}, {});
        QVERIFY(!model.isFitted());
        QVERIFY(!report.message.isEmpty());
    }

    void registered() { QVERIFY(ModelRegistry::builtin().contains(QStringLiteral("auto"))); }
};

QTEST_GUILESS_MAIN(TestAutoModel)
#include "tst_automodel.moc"
