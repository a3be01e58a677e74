// The evaluation pipeline on the bundled CDNOW sample: the ML training data
// of the shifted window cannot see the holdout, every model is scored by the
// same code, hybrid features are appended, and the CLI prints a leaderboard.

#include "IsoDay.h"
#include "TestSupport.h"

#include "features/Splits.h"
#include "models/ModelRegistry.h"
#include "models/ml/AutoModel.h"
#include "models/ml/HybridFeatures.h"
#include "pipeline/DemoData.h"
#include "pipeline/Evaluation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ltv;

namespace {

pipeline::EvaluationRequest request(std::int32_t horizonDays)
{
    pipeline::EvaluationRequest r;
    r.calibrationEnd = test::isoDay("1997-09-30");
    r.horizonDays = horizonDays;
    return r;
}

// The demo data with every holdout line changed and new holdout lines added,
// including a customer who only appears after the calibration end.
features::TransactionSet withAlteredHoldout(const features::TransactionSet &set, Day calibrationEnd)
{
    features::TransactionSet altered = set;
    for (std::size_t i = 0; i < altered.size(); ++i)
        if (altered.day[i] > calibrationEnd)
            altered.amount[i] *= 7.0;
    for (std::int32_t c = 0; c < 200; ++c)
        altered.append(c, calibrationEnd + 1 + c % 90, 123.0);
    altered.customerIds << QStringLiteral("late-customer");
    altered.append(altered.customerCount() - 1, calibrationEnd + 5, 50.0);
    altered.sortByCustomerAndDay();
    return altered;
}

// What a model trains on from `d` for a horizon of 13 weeks; the activity
// sequences only when `withSequences`.
models::TrainingData trainingOf(const pipeline::EvaluationData &d, bool withSequences = false)
{
    return {&d.trainingSummary, &d.trainingFeatures, withSequences ? &d.trainingSequences : nullptr, &d.trainingLabels,
            13.0};
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

    features::TransactionSet demo_ = pipeline::loadDemoTransactions();

    // The data of `req` prepared from the demo as it is (first) and with its
    // holdout altered (second).
    std::pair<pipeline::EvaluationData, pipeline::EvaluationData>
    preparedWithAlteredHoldout(const pipeline::EvaluationRequest &req) const
    {
        return {pipeline::prepareEvaluationData(demo_, req, {}),
                pipeline::prepareEvaluationData(withAlteredHoldout(demo_, req.calibrationEnd), req, {})};
    }

private slots:
    void linearBaselineDoesNotExtrapolateOnTheShiftedWindow()
    {
        // The Models page's default cut on the demo: the shifted window trains on
        // customers at most 14 weeks old and predicts for customers 33 to 46
        // weeks old. Without clamping to the training range the linear model
        // predicted 3.06 times the holdout revenue (RMSE 164.1, R2 -4.69).
        pipeline::EvaluationRequest req;
        req.calibrationEnd = test::isoDay("1997-11-18");
        req.horizonDays = 32 * 7;
        req.models = {QStringLiteral("linear")};
        req.protocol = pipeline::TrainingProtocol::ShiftedWindow;
        const pipeline::EvaluationResult result = pipeline::runEvaluation(demo_, req, {});
        QCOMPARE(result.leaderboard.rows.size(), std::size_t{1});
        const eval::LeaderboardRow &linear = result.leaderboard.rows[0];
        const double ratio = linear.metric(QStringLiteral("total_ratio"));
        QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QString::number(ratio)));
        QVERIFY2(linear.metric(QStringLiteral("r2")) > -0.5,
                 qPrintable(QString::number(linear.metric(QStringLiteral("r2")))));
        QVERIFY(linear.metric(QStringLiteral("rmse")) < 80.0);
        // Its churn and top-value classifiers converge (a full Newton step used to cycle on the top-value class).
        QCOMPARE(result.reports.size(), qsizetype(1));
        QVERIFY2(result.reports[0].warnings.isEmpty(), qPrintable(result.reports[0].warnings.join(u' ')));
        QVERIFY(result.reports[0].converged);
    }

    void shiftedWindowTrainingDataCannotSeeTheHoldout()
    {
        const pipeline::EvaluationRequest req = request(13 * 7); // features at 1997-07-01, labels to 09-30
        const auto [a, b] = preparedWithAlteredHoldout(req);
        QVERIFY(a.trainingLabels.size() > 1000);
        QCOMPARE(b.trainingFeatures.columns, a.trainingFeatures.columns);
        QCOMPARE(b.trainingFeatures.customer, a.trainingFeatures.customer);
        QCOMPARE(b.trainingFeatures.values, a.trainingFeatures.values);
        QCOMPARE(b.trainingLabels.revenue, a.trainingLabels.revenue);
        QCOMPARE(b.trainingLabels.purchases, a.trainingLabels.purchases);
        QCOMPARE(b.trainingLabels.active, a.trainingLabels.active);
        QCOMPARE(b.trainingLabels.topValue, a.trainingLabels.topValue);
        QCOMPARE(b.predictionFeatures.values, a.predictionFeatures.values);
        // The change did reach the holdout.
        QVERIFY(b.holdout.revenue != a.holdout.revenue);

        // So a model trained on it is the same model.
        for (const QString &id : {QStringLiteral("linear"), QStringLiteral("xgboost")}) {
            auto ma = models::ModelRegistry::builtin().create(id);
            auto mb = models::ModelRegistry::builtin().create(id);
            const QVariantMap fast{{QStringLiteral("eta"), 0.2}};
            ma->fit(trainingOf(a), fast, {});
            mb->fit(trainingOf(b), fast, {});
            const models::PredictionInput input{&a.calibration, &a.predictionFeatures, nullptr, 13.0};
            QCOMPARE(mb->predict(input).ltv, ma->predict(input).ltv);
        }
        // Nor can the auto model's choice: it validates on the training window only.
        const QVariantMap autoOptions{{QStringLiteral("candidates"), QStringLiteral("bgnbd,linear")},
                                      {QStringLiteral("folds"), 2}};
        models::ml::AutoModel autoA, autoB;
        autoA.fit(trainingOf(a), autoOptions, {});
        autoB.fit(trainingOf(b), autoOptions, {});
        QVERIFY(autoA.isFitted());
        QCOMPARE(autoB.chosen(), autoA.chosen());
        const models::PredictionInput input{&a.calibration, &a.predictionFeatures, nullptr, 13.0};
        QCOMPARE(autoB.predict(input).ltv, autoA.predict(input).ltv);
    }

    void sequencesCannotSeeTheHoldout_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("shifted") << int(pipeline::TrainingProtocol::ShiftedWindow);
        QTest::newRow("customer-split") << int(pipeline::TrainingProtocol::CustomerSplit);
    }

    void sequencesCannotSeeTheHoldout()
    {
        QFETCH(int, protocol);
        pipeline::EvaluationRequest req = request(13 * 7);
        req.protocol = static_cast<pipeline::TrainingProtocol>(protocol);
        req.models = {QStringLiteral("gru")};
        QVERIFY(pipeline::needsSequences(req));
        const auto [a, b] = preparedWithAlteredHoldout(req);
        // Sequences are built and aligned with the feature rows at both cuts.
        QVERIFY(a.trainingSequences.count() > 1000);
        QCOMPARE(a.trainingSequences.customer, a.trainingFeatures.customer);
        QCOMPARE(a.predictionSequences.customer, a.predictionFeatures.customer);
        QCOMPARE(a.trainingSequences.length, req.sequenceOptions.length);
        // Changing the holdout leaves every training sequence (and the prediction ones) unchanged.
        QCOMPARE(b.trainingSequences.customer, a.trainingSequences.customer);
        QCOMPARE(b.trainingSequences.values, a.trainingSequences.values);
        QCOMPARE(b.trainingSequences.mask, a.trainingSequences.mask);
        QCOMPARE(b.predictionSequences.customer, a.predictionSequences.customer);
        QCOMPARE(b.predictionSequences.values, a.predictionSequences.values);
        QVERIFY(b.holdout.revenue != a.holdout.revenue);

        // In the shifted window the labels end at the calibration end too, so the
        // GRU trained on either is the same network. (In the customer split the
        // training customers' labels are their holdout by design.)
        if (req.protocol == pipeline::TrainingProtocol::ShiftedWindow) {
            QCOMPARE(b.trainingLabels.revenue, a.trainingLabels.revenue);
            const QVariantMap fast{{QStringLiteral("epochs"), 3}, {QStringLiteral("threads"), 2}};
            auto ma = models::ModelRegistry::builtin().create(QStringLiteral("gru"));
            auto mb = models::ModelRegistry::builtin().create(QStringLiteral("gru"));
            ma->fit(trainingOf(a, true), fast, {});
            mb->fit(trainingOf(b, true), fast, {});
            QVERIFY(ma->isFitted());
            QCOMPARE(mb->serialize(), ma->serialize());
        }

        // Without a neural network no sequences are built.
        req.models = {QStringLiteral("linear")};
        QVERIFY(!pipeline::needsSequences(req));
        QCOMPARE(pipeline::prepareEvaluationData(demo_, req, {}).trainingSequences.count(), 0);
    }

    void neuralNetworksAreScored_data() { sequencesCannotSeeTheHoldout_data(); }

    void neuralNetworksAreScored()
    {
        QFETCH(int, protocol);
        pipeline::EvaluationRequest req = request(13 * 7);
        req.protocol = static_cast<pipeline::TrainingProtocol>(protocol);
        req.models = {QStringLiteral("bgnbd"), QStringLiteral("mlp-ziln"), QStringLiteral("cnn"),
                      QStringLiteral("gru")};
        const QVariantMap fast{{QStringLiteral("epochs"), 15}, {QStringLiteral("threads"), 2}};
        for (const QString &id : req.models.mid(1))
            req.modelOptions.insert(id, fast);
        const pipeline::EvaluationResult result = pipeline::runEvaluation(demo_, req, {});
        QCOMPARE(result.reports.size(), 4);
        for (const models::FitReport &report : result.reports)
            QVERIFY2(report.converged || report.message.isEmpty(), qPrintable(report.message));
        QCOMPARE(result.leaderboard.rows.size(), std::size_t{4});
        for (std::size_t m = 0; m < 4; ++m) {
            const eval::LeaderboardRow &row = result.leaderboard.rows[m];
            QCOMPARE(row.model, req.models[static_cast<qsizetype>(m)]);
            QCOMPARE(row.value.count, static_cast<int>(result.data.holdout.size()));
            qInfo("%s: Gini %.3f, churn AUC %.3f", qPrintable(row.model), row.metric(QStringLiteral("gini")),
                  row.metric(QStringLiteral("churn_auc")));
            // Fifteen epochs rank the holdout far better than chance.
            QVERIFY2(row.metric(QStringLiteral("gini")) > 0.5, qPrintable(row.model));
            QVERIFY2(row.metric(QStringLiteral("churn_auc")) > 0.65, qPrintable(row.model));
        }
    }

    // A network among auto's candidates gets the sequences: it is
    // cross-validated (finite validation Gini), like the other candidates.
    void autoValidatesNeuralCandidates()
    {
        pipeline::EvaluationRequest req = request(13 * 7);
        req.models = {QStringLiteral("auto")};
        QVERIFY(!pipeline::needsSequences(req)); // the default candidates are no networks
        req.modelOptions.insert(QStringLiteral("auto"), {{QStringLiteral("candidates"), QStringLiteral("linear,cnn")},
                                                         {QStringLiteral("cnn.epochs"), 2},
                                                         {QStringLiteral("cnn.threads"), 2}});
        QVERIFY(pipeline::needsSequences(req));
        const pipeline::EvaluationResult result = pipeline::runEvaluation(demo_, req, {});
        QCOMPARE(result.leaderboard.rows.size(), std::size_t{1});
        QVERIFY(result.data.trainingSequences.count() > 0);
        const QString message = result.reports.first().message;
        QVERIFY2(message.contains(QRegularExpression(QStringLiteral("cnn gini -?\\d\\.\\d{4} mae \\d"))),
                 qPrintable(message));
    }

    void everyModelIsScoredOnTheSameHoldout()
    {
        pipeline::EvaluationRequest req = request(39 * 7);
        req.models = {QStringLiteral("bgnbd"), QStringLiteral("pnbd"), QStringLiteral("linear"),
                      QStringLiteral("xgboost")};
        req.protocol = pipeline::TrainingProtocol::CustomerSplit;
        const pipeline::EvaluationResult result = pipeline::runEvaluation(demo_, req, {});
        QCOMPARE(result.leaderboard.rows.size(), static_cast<std::size_t>(req.models.size()));
        // 30% of the 2,357 customers are the test set, for every model.
        QCOMPARE(result.data.holdout.size(), std::size_t{707});
        for (const eval::LeaderboardRow &row : result.leaderboard.rows) {
            QCOMPARE(row.value.count, 707);
            QVERIFY2(std::isfinite(row.metric(QStringLiteral("gini"))), qPrintable(row.model));
            QVERIFY2(row.metric(QStringLiteral("churn_auc")) > 0.6, qPrintable(row.model));
        }
        QCOMPARE(result.leaderboard.context.value(QStringLiteral("protocol")).toString(),
                 QStringLiteral("customer-split"));
        // Each row says in words what its model was trained on (shown in the leaderboard and the report).
        for (const eval::LeaderboardRow &row : result.leaderboard.rows)
            QCOMPARE(row.note, row.model.contains(QStringLiteral("nbd")) ? QStringLiteral("calibration summary")
                                                                         : QStringLiteral("customer split"));
    }

    void shiftedWindowScoresEveryCalibrationCustomer()
    {
        pipeline::EvaluationRequest req = request(13 * 7);
        req.models = {QStringLiteral("linear"), QStringLiteral("bgnbd")};
        const pipeline::EvaluationResult result = pipeline::runEvaluation(demo_, req, {});
        QCOMPARE(result.data.holdout.size(), std::size_t{2357});
        QCOMPARE(result.leaderboard.rows.size(), std::size_t{2});
        for (const eval::LeaderboardRow &row : result.leaderboard.rows)
            QCOMPARE(row.value.count, 2357);
        // Training features are taken 13 weeks earlier, at the end of 1997-07-01.
        QCOMPARE(result.data.trainingSummary.asOf, test::isoDay("1997-07-01"));
        QVERIFY(result.data.trainingLabels.size() > 2000);
    }

    void shiftedWindowLongerThanTheHistoryIsExplained()
    {
        // CDNOW starts on 1997-01-01: 39 weeks before 1997-09-30 nobody had bought yet.
        pipeline::EvaluationRequest req = request(39 * 7);
        req.models = {QStringLiteral("bgnbd"), QStringLiteral("linear")};
        const pipeline::EvaluationResult result = pipeline::runEvaluation(demo_, req, {});
        QCOMPARE(result.data.trainingLabels.size(), std::size_t{0});
        QCOMPARE(result.leaderboard.rows.size(), std::size_t{1}); // BG/NBD only
        QCOMPARE(result.leaderboard.rows[0].model, QStringLiteral("bgnbd"));
        QVERIFY2(result.reports[1].message.contains(QLatin1String("customer split")),
                 qPrintable(result.reports[1].message));
    }

    void hybridFeaturesAreAppended()
    {
        pipeline::EvaluationRequest req = request(13 * 7);
        req.hybridSource = QStringLiteral("bgnbd");
        const pipeline::EvaluationData data = pipeline::prepareEvaluationData(demo_, req, {});
        for (const QString &name : models::ml::btydFeatureColumns(QStringLiteral("bgnbd"))) {
            const int train = data.trainingFeatures.indexOf(name);
            const int predict = data.predictionFeatures.indexOf(name);
            QVERIFY2(train >= 0 && predict >= 0, qPrintable(name));
        }
        const int alive = data.trainingFeatures.indexOf(QStringLiteral("bgnbd_p_alive"));
        for (std::int64_t r = 0; r < data.trainingFeatures.rows(); ++r) {
            const double p = data.trainingFeatures.at(r, alive);
            QVERIFY(p >= 0.0 && p <= 1.0);
        }
    }

    void unknownModelIsAnError()
    {
        pipeline::EvaluationRequest req = request(39 * 7);
        req.models = {QStringLiteral("no-such-model")};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pipeline::runEvaluation(demo_, req, {}));
    }

    void cliPrintsAndWritesTheLeaderboard()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("metrics.json"));
        const QString csv = dir.filePath(QStringLiteral("metrics.csv"));
        const test::ProcessResult r = test::runCli(
            {QStringLiteral("evaluate"), QStringLiteral("--demo"), QStringLiteral("--calibration-end"),
             QStringLiteral("1997-09-30"), QStringLiteral("--horizon"), QStringLiteral("39w"),
             QStringLiteral("--models"), QStringLiteral("linear"), QStringLiteral("--protocol"),
             QStringLiteral("customer-split"), QStringLiteral("--out"), json, QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Gini")));
        QVERIFY(r.out.contains(QLatin1String("linear")));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("models")).toArray().size(), 1);
        QCOMPARE(root.value(QStringLiteral("context")).toObject().value(QStringLiteral("horizonDays")).toInt(), 273);
        QVERIFY(QFile::exists(csv));

        const test::ProcessResult bad = test::runCli({QStringLiteral("evaluate"), QStringLiteral("--demo"),
                                                      QStringLiteral("--horizon"), QStringLiteral("soon")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY(bad.err.contains(QLatin1String("--horizon")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
