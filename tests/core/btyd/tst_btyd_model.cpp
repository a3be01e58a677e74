// BTYD models behind the Model interface: registry, predictions with
// discounted CLV (seed formula and lifetimes' monthly convention), unit
// conversion, and save/load round trips that predict identically.

#include "CdnowSummary.h"
#include "models/ModelRegistry.h"
#include "models/btyd/BtydModel.h"
#include "models/btyd/Clv.h"

#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::models;
using namespace ltv::models::btyd;

class TestBtydModel : public QObject
{
    Q_OBJECT
private slots:
    void registryHasEveryBtydModel()
    {
        const ModelRegistry &registry = ModelRegistry::builtin();
        for (const QString &id :
             {QStringLiteral("bgnbd"), QStringLiteral("pnbd"), QStringLiteral("mbgnbd"), QStringLiteral("gg")}) {
            QVERIFY(registry.ids(ModelFamily::Btyd).contains(id));
            const std::unique_ptr<Model> model = registry.create(id);
            QVERIFY(model);
            QCOMPARE(model->id(), id);
            QCOMPARE(model->family(), ModelFamily::Btyd);
            QVERIFY(!model->isFitted());
            QVERIFY(!model->hyperparameters().isEmpty());
        }
    }

    void discountRates()
    {
        // 1% a month is 12.6825% a year.
        QVERIFY(std::abs(perPeriodRate(std::pow(1.01, 12.0) - 1.0, daysPerUnit(TimeUnit::Month)) - 0.01) < 1e-14);
        QVERIFY(std::abs(monthLength(TimeUnit::Week) - 30.4375 / 7.0) < 1e-14);
        QCOMPARE(monthLength(TimeUnit::Month), 1.0);
        // Seed formula: sum_t (1+r)^-t revenue_t.
        QVERIFY(std::abs(discountedValue({100.0, 100.0, 50.0}, 0.1) - (100 / 1.1 + 100 / 1.21 + 50 / 1.331)) < 1e-12);
    }

    void predictionsCarryDiscountedClv()
    {
        const features::CustomerSummary s = test::loadCdnowSummary();
        BtydModel model(QStringLiteral("bgnbd"));
        TrainingData data;
        data.summary = &s;
        QVERIFY(model.fit(data, {}, pipeline::JobContext()).converged);
        const TransactionModel &tm = *model.transactionModel();
        const GammaGamma &gg = *model.spendModel();

        PredictionInput input;
        input.summary = &s;
        input.horizon = 52.0;
        input.unit = TimeUnit::Week;
        input.annualDiscountRate = std::pow(1.01, 12.0) - 1.0; // 1% a month, lifetimes' default
        const Predictions p = model.predict(input);
        QCOMPARE(p.model, QStringLiteral("bgnbd"));
        QCOMPARE(p.size(), s.size());
        QCOMPARE(p.customer, s.customer);
        QVERIFY(p.dataCut.contains(QStringLiteral("1997-09-30")));

        // Customer 1 (x=2, t_x=30.43, T=38.86), recomputed here month by month as
        // lifetimes' customer_lifetime_value does: monthly steps of 30.4375/7 weeks,
        // discounted by 1.01^-month; the 52-week horizon ends 0.0286 months into month 12.
        const double x = s.frequency[0], tx = s.recency[0], T = s.age[0];
        const double spend = gg.conditionalExpectedSpend(x, s.monetary[0]);
        const double month = 30.4375 / 7.0;
        std::vector<double> revenue;
        double previous = 0.0, last = 0.0;
        for (int k = 1; k * month < 52.0 + month; ++k) {
            const double end = std::min(k * month, 52.0);
            const double cumulative = tm.conditionalExpectedPurchases(end, x, tx, T);
            revenue.push_back(spend * (cumulative - previous));
            previous = cumulative;
            last = end;
        }
        QCOMPARE(revenue.size(), std::size_t(12));
        // The seed formula with whole periods, corrected for the short last period's discount exponent.
        double expected = discountedValue(std::vector<double>(revenue.begin(), revenue.end() - 1), 0.01);
        expected += revenue.back() * std::pow(1.01, -last / month);
        QVERIFY(std::abs(p.ltv[0] - expected) < 1e-10 * expected);
        QVERIFY(std::abs(p.expectedPurchases[0] - tm.conditionalExpectedPurchases(52.0, x, tx, T)) < 1e-14);
        QCOMPARE(p.expectedSpend[0], spend);
        QCOMPARE(p.pAlive[0], tm.probabilityAlive(x, tx, T));
        QVERIFY(std::abs(p.churnProbability[0] - tm.probabilityNoPurchase(52.0, x, tx, T)) < 1e-15);
        // Undiscounted LTV is spend x expected purchases; discounting lowers it.
        input.annualDiscountRate = 0.0;
        const Predictions flat = model.predict(input);
        for (std::size_t i = 0; i < s.size(); i += 97) {
            QVERIFY(std::abs(flat.ltv[i] - flat.expectedSpend[i] * flat.expectedPurchases[i]) <
                    1e-9 * std::max(1.0, flat.ltv[i]));
            QVERIFY(p.ltv[i] < flat.ltv[i]);
            QVERIFY(p.churnProbability[i] >= 0.0 && p.churnProbability[i] <= 1.0);
        }
    }

    void unitsAreConverted()
    {
        // The same customers summarised in days predict the same as in weeks.
        const features::CustomerSummary weeks = test::loadCdnowSummary();
        features::CustomerSummary days = weeks;
        days.unit = TimeUnit::Day;
        for (std::size_t i = 0; i < days.size(); ++i) {
            days.recency[i] *= 7.0;
            days.age[i] *= 7.0;
        }
        BtydModel model(QStringLiteral("pnbd"));
        TrainingData data;
        data.summary = &weeks;
        QVERIFY(model.fit(data, {}, pipeline::JobContext()).converged);
        PredictionInput a, b;
        a.summary = &weeks;
        a.horizon = 39.0;
        b.summary = &days;
        b.horizon = 273.0;
        b.unit = TimeUnit::Day;
        const Predictions pa = model.predict(a), pb = model.predict(b);
        for (std::size_t i = 0; i < weeks.size(); i += 50)
            QVERIFY(std::abs(pa.expectedPurchases[i] - pb.expectedPurchases[i]) < 1e-9);
    }

    void saveLoadPredictsIdentically_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("bgnbd") << QStringLiteral("bgnbd");
        QTest::newRow("pnbd") << QStringLiteral("pnbd");
        QTest::newRow("mbgnbd") << QStringLiteral("mbgnbd");
        QTest::newRow("gg") << QStringLiteral("gg");
    }

    void saveLoadPredictsIdentically()
    {
        QFETCH(QString, id);
        const features::CustomerSummary s = test::loadCdnowSummary();
        const std::unique_ptr<Model> model = ModelRegistry::builtin().create(id);
        TrainingData data;
        data.summary = &s;
        const FitReport report = model->fit(data, {}, pipeline::JobContext());
        QVERIFY2(report.converged, qPrintable(report.message));
        const QByteArray blob = model->serialize();

        const std::unique_ptr<Model> restored = ModelRegistry::builtin().create(id);
        restored->deserialize(blob);
        QVERIFY(restored->isFitted());
        const QList<FittedParameter> before = model->parameters(), after = restored->parameters();
        QCOMPARE(after.size(), before.size());
        for (int j = 0; j < before.size(); ++j) {
            QCOMPARE(after[j].name, before[j].name);
            QCOMPARE(after[j].value, before[j].value);
            QCOMPARE(after[j].standardError, before[j].standardError);
        }
        PredictionInput input;
        input.summary = &s;
        input.annualDiscountRate = 0.1;
        const Predictions p1 = model->predict(input), p2 = restored->predict(input);
        auto same = [](const std::vector<double> &a, const std::vector<double> &b) {
            return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](double u, double v) {
                       return u == v || (std::isnan(u) && std::isnan(v));
                   });
        };
        QVERIFY(same(p1.expectedPurchases, p2.expectedPurchases));
        QVERIFY(same(p1.pAlive, p2.pAlive));
        QVERIFY(same(p1.expectedSpend, p2.expectedSpend));
        QVERIFY(same(p1.ltv, p2.ltv));
        QVERIFY(same(p1.churnProbability, p2.churnProbability));

        // A blob of another model is refused.
        const std::unique_ptr<Model> other =
            ModelRegistry::builtin().create(id == QLatin1String("gg") ? QStringLiteral("bgnbd") : QStringLiteral("gg"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, other->deserialize(blob));
    }

    void invalidSummaryFailsClearly()
    {
        features::CustomerSummary s = test::loadCdnowSummary();
        s.recency[5] = s.age[5] + 1.0; // recency beyond age
        BtydModel model(QStringLiteral("bgnbd"));
        TrainingData data;
        data.summary = &s;
        const FitReport report = model.fit(data, {}, pipeline::JobContext());
        QVERIFY(!report.converged);
        QVERIFY2(report.message.contains(QStringLiteral("row 5")), qPrintable(report.message));
    }

    void penalizerShrinksParameters()
    {
        const features::CustomerSummary s = test::loadCdnowSummary();
        BtydModel plain(QStringLiteral("bgnbd")), penalised(QStringLiteral("bgnbd"));
        TrainingData data;
        data.summary = &s;
        QVERIFY(plain.fit(data, {{QStringLiteral("spendModel"), false}}, pipeline::JobContext()).converged);
        QVERIFY(penalised
                    .fit(data, {{QStringLiteral("spendModel"), false}, {QStringLiteral("penalizer"), 0.01}},
                         pipeline::JobContext())
                    .converged);
        double sumPlain = 0.0, sumPenalised = 0.0;
        for (int j = 0; j < 4; ++j) {
            sumPlain += std::pow(plain.parameters()[j].value, 2);
            sumPenalised += std::pow(penalised.parameters()[j].value, 2);
        }
        QVERIFY(sumPenalised < sumPlain);
        QVERIFY(penalised.transactionLogLikelihood() < plain.transactionLogLikelihood());
    }

    void cancellationStopsTheFit()
    {
        const features::CustomerSummary s = test::loadCdnowSummary();
        BtydModel model(QStringLiteral("pnbd"));
        TrainingData data;
        data.summary = &s;
        pipeline::JobContext job;
        job.cancel();
        QVERIFY_THROWS_EXCEPTION(pipeline::Cancelled, model.fit(data, {}, job));
    }
};

QTEST_GUILESS_MAIN(TestBtydModel)
#include "tst_btyd_model.moc"
