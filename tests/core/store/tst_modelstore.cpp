// Fitted models and prediction runs in the project file: XGBoost, linear and
// BG/NBD models saved, the file closed and reopened, and the loaded model
// predicting bit-identically; prediction runs read back; the migration that
// added the training cut to old files.

#include "../ml/SyntheticData.h"
#include "DemoProjectFixture.h"

#include "features/Summarize.h"
#include "models/ModelRegistry.h"
#include "pipeline/DemoData.h"
#include "pipeline/DemoProject.h"
#include "store/ModelStore.h"
#include "store/Project.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace ltv;
using namespace ltv::models;

namespace {

// Bitwise equality, so NaN equals NaN and 0.1 + tiny does not pass.
bool identical(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

void requireIdentical(const Predictions &a, const Predictions &b)
{
    QVERIFY(a.size() > 0);
    QVERIFY(a.customer == b.customer);
    QVERIFY(identical(a.expectedPurchases, b.expectedPurchases));
    QVERIFY(identical(a.pAlive, b.pAlive));
    QVERIFY(identical(a.expectedSpend, b.expectedSpend));
    QVERIFY(identical(a.ltv, b.ltv));
    QVERIFY(identical(a.churnProbability, b.churnProbability));
    QVERIFY(identical(a.topValueProbability, b.topValueProbability));
}

} // namespace

class TestModelStore : public QObject
{
    Q_OBJECT

    test::SyntheticSet train_ = test::makeSyntheticSet(1500, 21);
    test::SyntheticSet test_ = test::makeSyntheticSet(500, 22);

    // Fits `id` on the synthetic table, saves it into a new project file,
    // closes the file, reopens it and predicts with the loaded model.
    void roundTripMl(const QString &id, const QVariantMap &options)
    {
        std::unique_ptr<Model> model = ModelRegistry::builtin().create(id);
        const TrainingData data{nullptr, &train_.features, nullptr, &train_.labels, 39.0, TimeUnit::Week};
        QVERIFY(model->fit(data, options, pipeline::JobContext()).converged);
        const PredictionInput input{nullptr, &test_.features, nullptr, 39.0, TimeUnit::Week, 0.0};
        const Predictions before = model->predict(input);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.ltv"));
        const QVariantMap training{{QStringLiteral("protocol"), QStringLiteral("shifted")},
                                   {QStringLiteral("horizonDays"), 273}};
        std::int64_t rowId = 0;
        {
            store::Project project = store::Project::open(path);
            store::ModelStore models(project.database());
            rowId = models.save(*model, options, training);
            QVERIFY(rowId > 0);
        }
        store::Project reopened = store::Project::open(path, false);
        store::ModelStore models(reopened.database());
        const std::optional<store::SavedModel> saved = models.latest(id);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->rowId, rowId);
        QCOMPARE(saved->modelId, id);
        QCOMPARE(saved->training.value(QStringLiteral("protocol")).toString(), QStringLiteral("shifted"));
        QCOMPARE(saved->training.value(QStringLiteral("horizonDays")).toInt(), 273);
        QCOMPARE(saved->parameters.size(), model->parameters().size());
        QVERIFY(saved->created.isValid());
        const std::unique_ptr<Model> loaded = models.load(rowId);
        QCOMPARE(loaded->id(), id);
        requireIdentical(before, loaded->predict(input));
    }

private slots:
    void xgboostRoundTripsThroughTheProjectFile()
    {
        roundTripMl(QStringLiteral("xgboost"), {{QStringLiteral("eta"), 0.2}, {QStringLiteral("rounds"), 80}});
    }

    void linearRoundTripsThroughTheProjectFile()
    {
        roundTripMl(QStringLiteral("linear"), {{QStringLiteral("logTarget"), true}});
    }

    void bgnbdRoundTripsThroughTheProjectFile()
    {
        const features::TransactionSet set = pipeline::loadDemoTransactions();
        Day asOf = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-09-30"), &asOf));
        const features::CustomerSummary summary = features::summarize(set, asOf);
        std::unique_ptr<Model> model = ModelRegistry::builtin().create(QStringLiteral("bgnbd"));
        const QVariantMap options{{QStringLiteral("excludeNonPositiveSpend"), true}};
        QVERIFY(model->fit({&summary, nullptr, nullptr, nullptr, 39.0, TimeUnit::Week}, options, pipeline::JobContext())
                    .converged);
        PredictionInput input;
        input.summary = &summary;
        input.horizon = 39.0;
        input.annualDiscountRate = 0.1;
        const Predictions before = model->predict(input);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.ltv"));
        std::int64_t rowId = 0;
        {
            store::Project project = store::Project::open(path);
            rowId = store::ModelStore(project.database()).save(*model, options, {});
        }
        store::Project reopened = store::Project::open(path, false);
        store::ModelStore models(reopened.database());
        const std::unique_ptr<Model> loaded = models.load(rowId);
        requireIdentical(before, loaded->predict(input));
        // The published BG/NBD r = 0.2426 (docs/models-btyd.md): the parameters are stored readable too.
        const store::SavedModel saved = *models.find(rowId);
        QCOMPARE(saved.parameters.first().name, QStringLiteral("r"));
        QVERIFY(std::abs(saved.parameters.first().value - 0.2426) < 0.2426 * 1e-3);
    }

    void listsNewestFirstAndRefusesWhatItCannotLoad()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("l.ltv")));
        store::ModelStore models(project.database());
        std::unique_ptr<Model> unfitted = ModelRegistry::builtin().create(QStringLiteral("linear"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, models.save(*unfitted, {}, {}));
        QVERIFY(!models.latest(QStringLiteral("linear")).has_value());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, models.load(12345));

        std::unique_ptr<Model> a = ModelRegistry::builtin().create(QStringLiteral("linear"));
        const TrainingData data{nullptr, &train_.features, nullptr, &train_.labels, 39.0, TimeUnit::Week};
        a->fit(data, {}, pipeline::JobContext());
        const std::int64_t first = models.save(*a, {{QStringLiteral("l2"), 0.01}}, {});
        const std::int64_t second = models.save(*a, {{QStringLiteral("l2"), 0.5}}, {});
        QCOMPARE(models.list().size(), 2);
        QCOMPARE(models.list(QStringLiteral("linear")).first().rowId, second);
        QCOMPARE(models.list(QStringLiteral("linear")).last().rowId, first);
        QCOMPARE(models.latest(QStringLiteral("linear"))->options.value(QStringLiteral("l2")).toDouble(), 0.5);
        QVERIFY(models.list(QStringLiteral("xgboost")).isEmpty());

        // A corrupt blob is an error, never a silently wrong model.
        store::Statement corrupt = project.database().prepare("UPDATE models SET blob = ?1 WHERE id = ?2");
        corrupt.bindBlob(1, QByteArray("garbage")).bind(2, first).execute();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, models.load(first));
    }

    void predictionRunsAreStoredPerCustomer()
    {
        QTemporaryDir dir;
        const QString path = ltv::test::buildDemoProjectIn(dir, QStringLiteral("r.ltv"));
        store::Project project = store::Project::open(path, false);
        const features::TransactionSet set = project.loadTransactionSet();
        Day asOf = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-09-30"), &asOf));
        const features::CustomerSummary summary = features::summarize(set, asOf);
        std::unique_ptr<Model> model = ModelRegistry::builtin().create(QStringLiteral("bgnbd"));
        model->fit({&summary, nullptr, nullptr, nullptr, 39.0, TimeUnit::Week},
                   {{QStringLiteral("excludeNonPositiveSpend"), true}}, pipeline::JobContext());
        PredictionInput input;
        input.summary = &summary;
        input.horizon = 39.0;
        const Predictions p = model->predict(input);
        store::ModelStore models(project.database());
        const std::int64_t modelRow = models.save(*model, {}, {});
        const std::int64_t run = models.savePredictionRun(modelRow, p, set.customerIds,
                                                          {{QStringLiteral("asOf"), QStringLiteral("1997-09-30")}});

        const std::optional<store::PredictionRun> stored = models.predictionRun(run);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->modelRowId, modelRow);
        QCOMPARE(stored->options.value(QStringLiteral("asOf")).toString(), QStringLiteral("1997-09-30"));
        QCOMPARE(stored->options.value(QStringLiteral("model")).toString(), QStringLiteral("bgnbd"));
        QCOMPARE(static_cast<std::size_t>(stored->customerIds.size()), p.size());
        for (const QString &name : {QStringLiteral("expected_purchases"), QStringLiteral("p_alive"),
                                    QStringLiteral("ltv"), QStringLiteral("churn_probability")})
            QVERIFY2(stored->columns.contains(name), qPrintable(name));
        QVERIFY(!stored->columns.contains(QStringLiteral("top_value_probability"))); // BG/NBD does not model it
        // Customers come back in id order, which is the TransactionSet's order.
        for (std::size_t i = 0; i < p.size(); ++i) {
            QCOMPARE(stored->customerIds[static_cast<qsizetype>(i)], set.customerIds[p.customer[i]]);
            QCOMPARE(stored->columns.value(QStringLiteral("p_alive"))[i], p.pAlive[i]);
            QCOMPARE(stored->columns.value(QStringLiteral("ltv"))[i], p.ltv[i]);
        }
        QVERIFY(!models.predictionRun(run + 1).has_value());
        // An unknown customer aborts the whole run: nothing half-written stays.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 models.savePredictionRun(modelRow, p, QStringList{QStringLiteral("nobody")}, {}));
        QCOMPARE(project.database().scalarInt("SELECT count(*) FROM runs"), std::int64_t(1));
    }

    void oldProjectsGainTheTrainingCutColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.ltv"));
        {
            // Turn a new file back into a schema-1 file.
            store::Project project = store::Project::open(path);
            project.database().exec("DROP INDEX models_by_id; ALTER TABLE models DROP COLUMN training_json; "
                                    "PRAGMA user_version = 1");
            project.database().exec("INSERT INTO models (model_id, created) VALUES ('bgnbd', '2020-01-01T00:00:00Z')");
        }
        store::Project project = store::Project::open(path, false);
        QCOMPARE(project.database().scalarInt("PRAGMA user_version"), std::int64_t(store::currentSchemaVersion()));
        const std::optional<store::SavedModel> old =
            store::ModelStore(project.database()).latest(QStringLiteral("bgnbd"));
        QVERIFY(old.has_value());
        QVERIFY(old->training.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
