// The leaderboard: scoring predictions against holdout labels matched by
// customer, marking the best model per metric, and its JSON/CSV/text forms.

#include "eval/Leaderboard.h"
#include "features/FeatureMatrix.h"
#include "models/Model.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace ltv;

namespace {

features::Labels holdout()
{
    features::Labels l;
    l.customer = {10, 11, 12, 13};
    l.revenue = {0, 20, 5, 40};
    l.purchases = {0, 2, 1, 3};
    l.active = {0, 1, 1, 1};
    return l;
}

models::Predictions predictions(const QString &id, std::vector<std::int32_t> customers, std::vector<double> ltv,
                                std::vector<double> churn)
{
    models::Predictions p;
    p.model = id;
    p.customer = std::move(customers);
    p.ltv = std::move(ltv);
    p.churnProbability = std::move(churn);
    p.expectedPurchases.assign(p.customer.size(), std::nan(""));
    return p;
}

} // namespace

class TestLeaderboard : public QObject
{
    Q_OBJECT
private slots:
    void scoresByCustomerNotByRow()
    {
        // Same predictions, rows in another order: identical metrics.
        const auto a = eval::scorePredictions(
            predictions(QStringLiteral("m"), {10, 11, 12, 13}, {1, 18, 6, 35}, {0.9, 0.2, 0.4, 0.1}), holdout());
        const auto b = eval::scorePredictions(
            predictions(QStringLiteral("m"), {13, 12, 11, 10}, {35, 6, 18, 1}, {0.1, 0.4, 0.2, 0.9}), holdout());
        QCOMPARE(a.value.mae, b.value.mae);
        QCOMPARE(a.churn.auc, b.churn.auc);
        // |1| + |-2| + |1| + |-5| = 9 over 4 customers; the ranking is perfect.
        QCOMPARE(a.value.mae, 9.0 / 4.0);
        QCOMPARE(a.metric(QStringLiteral("gini")), 1.0);
        QCOMPARE(a.metric(QStringLiteral("churn_auc")), 1.0);
        QVERIFY(std::isnan(a.metric(QStringLiteral("purchases_mae")))); // not modelled
        QCOMPARE(a.metric(QStringLiteral("total_ratio")), 60.0 / 65.0);
    }

    void missingCustomerIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            eval::scorePredictions(predictions(QStringLiteral("m"), {10, 11, 12}, {1, 2, 3}, {0.5, 0.5, 0.5}),
                                   holdout()));
    }

    void marksTheBestPerMetric()
    {
        eval::Leaderboard board;
        board.rows.push_back(eval::scorePredictions(
            predictions(QStringLiteral("good"), {10, 11, 12, 13}, {1, 18, 6, 35}, {0.9, 0.2, 0.4, 0.1}), holdout()));
        board.rows.push_back(eval::scorePredictions(
            predictions(QStringLiteral("biased"), {10, 11, 12, 13}, {10, 30, 15, 50}, {0.1, 0.9, 0.4, 0.2}),
            holdout()));
        board.rows.push_back(eval::scorePredictions(
            predictions(QStringLiteral("nochurn"), {10, 11, 12, 13}, {2, 19, 7, 36}, {std::nan(""), 0, 0, 0}),
            holdout()));
        // MAE: good 9/4, biased 10, nochurn (2+1+2+4)/4 = 9/4: a tie, both marked.
        QCOMPARE(board.best(QStringLiteral("mae")), (std::vector<std::size_t>{0, 2}));
        // Totals 60, 105, 64 against 65: 64 is nearest to 1.
        QCOMPARE(board.best(QStringLiteral("total_ratio")), (std::vector<std::size_t>{2}));
        // Churn AUC: nochurn has no usable probabilities and cannot win.
        QCOMPARE(board.best(QStringLiteral("churn_auc")), (std::vector<std::size_t>{0}));
        QVERIFY(std::isnan(board.rows[2].metric(QStringLiteral("churn_auc"))));

        const QJsonObject json = board.toJson();
        QCOMPARE(json.value(QStringLiteral("best")).toObject().value(QStringLiteral("mae")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("models")).toArray().size(), 3);
        QVERIFY(json.value(QStringLiteral("models"))
                    .toArray()
                    .at(2)
                    .toObject()
                    .value(QStringLiteral("leaderboard"))
                    .toObject()
                    .value(QStringLiteral("churn_auc"))
                    .isNull());

        const QStringList csv = board.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 5); // header, 3 models, best
        QVERIFY(csv[0].startsWith(QLatin1String("model,rmse,mae,")));
        QVERIFY(csv[4].startsWith(QLatin1String("best,")));
        QVERIFY(csv[4].contains(QLatin1String("good|nochurn")));

        const QString text = board.toText();
        QVERIFY(text.contains(QLatin1String("2.250*")));
        QVERIFY(text.contains(QLatin1String("n/a")));
    }
};

QTEST_GUILESS_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
