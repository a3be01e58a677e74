// Gamma-Gamma spend model: CDNOW fit against the published values, gradient,
// lifetimes' documented spend predictions, the q <= 1 warning and the
// refusal of non-positive spend.

#include "CdnowSummary.h"
#include "models/btyd/BtydModel.h"
#include "models/btyd/GammaGamma.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace ltv;
using namespace ltv::models;
using namespace ltv::models::btyd;

class TestBtydGammaGamma : public QObject
{
    Q_OBJECT
private slots:
    void fitMatchesPublished()
    {
        const features::CustomerSummary s = test::loadCdnowSummary();
        int repeat = 0;
        for (double x : s.frequency)
            repeat += x > 0.0;
        QCOMPARE(repeat, 946);
        BtydModel model(QStringLiteral("gg"));
        TrainingData data;
        data.summary = &s;
        const FitReport report = model.fit(data, {}, pipeline::JobContext());
        QVERIFY2(report.converged, qPrintable(report.message));
        QVERIFY(report.warnings.isEmpty());
        const QList<FittedParameter> params = model.parameters();
        QCOMPARE(params.size(), 3);
        const double published[] = {6.25, 3.74, 15.44};
        for (int j = 0; j < 3; ++j) {
            QVERIFY2(std::abs(params[j].value / published[j] - 1.0) < 5e-3,
                     qPrintable(QStringLiteral("%1 = %2").arg(params[j].name).arg(params[j].value, 0, 'g', 8)));
            QVERIFY(params[j].standardError > 0.0);
        }
        QVERIFY2(std::abs(report.logLikelihood - -4055.92) < 0.05,
                 qPrintable(QString::number(report.logLikelihood, 'f', 3)));

        // lifetimes' documentation: customers 1 (x=2, 22.35), 2 (x=1, 11.77) and 3 (x=0).
        const GammaGamma *gg = model.spendModel();
        QVERIFY(gg);
        QVERIFY(std::abs(gg->conditionalExpectedSpend(2.0, 22.35) - 24.658616) < 0.01);
        QVERIFY(std::abs(gg->conditionalExpectedSpend(1.0, 11.77) - 18.911480) < 0.01);
        QVERIFY(std::abs(gg->conditionalExpectedSpend(0.0, 0.0) - 35.171003) < 0.01);

        PredictionInput input;
        input.summary = &s;
        const Predictions p = model.predict(input);
        QCOMPARE(p.size(), s.size());
        QCOMPARE(p.expectedSpend[0], gg->conditionalExpectedSpend(s.frequency[0], s.monetary[0]));
        QVERIFY(std::isnan(p.expectedPurchases[0]) && std::isnan(p.ltv[0])); // spend model alone
    }

    void analyticGradientMatchesFiniteDifferences()
    {
        const features::CustomerSummary s = test::loadCdnowSummary();
        const SpendRows rows = GammaGamma::collapse(s.frequency.data(), s.monetary.data(), s.size());
        QCOMPARE(rows.totalWeight, 946.0);
        const std::vector<double> p = {4.0, 2.5, 20.0};
        double grad[3];
        GammaGamma::logLikelihood(rows, p.data(), grad);
        for (int j = 0; j < 3; ++j) {
            const double h = 1e-6 * p[j];
            std::vector<double> hi = p, lo = p;
            hi[j] += h;
            lo[j] -= h;
            const double fd = (GammaGamma::logLikelihood(rows, hi.data(), nullptr) -
                               GammaGamma::logLikelihood(rows, lo.data(), nullptr)) /
                              (2.0 * h);
            QVERIFY2(std::abs(fd - grad[j]) < 1e-5 * std::max(1.0, std::abs(fd)),
                     qPrintable(QStringLiteral("param %1: analytic %2, numeric %3").arg(j).arg(grad[j]).arg(fd)));
        }
    }

    void warnsWhenMeanSpendUndefined()
    {
        // Simulated from the model with q = 0.8: spend ~ Gamma(p, nu), nu ~ Gamma(q, gamma).
        std::mt19937_64 rng(7);
        std::gamma_distribution<double> nuDist(0.8, 1.0 / 10.0);
        std::poisson_distribution<int> extra(3.0);
        features::CustomerSummary s;
        for (int i = 0; i < 20000; ++i) {
            const int x = 1 + extra(rng);
            std::gamma_distribution<double> spend(4.0, 1.0 / nuDist(rng));
            double total = 0.0;
            for (int k = 0; k < x; ++k)
                total += spend(rng);
            s.customer.push_back(i);
            s.frequency.push_back(x);
            s.recency.push_back(10.0);
            s.age.push_back(20.0);
            s.monetary.push_back(total / x);
        }
        BtydModel model(QStringLiteral("gg"));
        TrainingData data;
        data.summary = &s;
        const FitReport report = model.fit(data, {}, pipeline::JobContext());
        QVERIFY2(report.converged, qPrintable(report.message));
        const double q = model.parameters()[1].value;
        QVERIFY2(q < 1.0 && std::abs(q - 0.8) < 0.1, qPrintable(QString::number(q)));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(report.warnings.first().contains(QStringLiteral("q = ")));
        QVERIFY(std::isnan(model.spendModel()->populationMeanSpend()));
        QVERIFY(std::isfinite(model.spendModel()->conditionalExpectedSpend(3.0, 50.0)));
    }

    void refusesNonPositiveSpend()
    {
        features::CustomerSummary s = test::loadCdnowSummary();
        QVERIFY(s.frequency[0] > 0.0);
        s.monetary[0] = -5.0; // a repeat buyer whose returns exceed purchases
        BtydModel gg(QStringLiteral("gg"));
        TrainingData data;
        data.summary = &s;
        const FitReport report = gg.fit(data, {}, pipeline::JobContext());
        QVERIFY(!report.converged);
        QVERIFY(!gg.isFitted());
        QVERIFY2(report.message.contains(QStringLiteral("positive mean spend")), qPrintable(report.message));

        // By default a transaction model then skips the spend model with a warning.
        BtydModel skipping(QStringLiteral("bgnbd"));
        const FitReport skipReport = skipping.fit(data, {}, pipeline::JobContext());
        QVERIFY(skipReport.converged);
        QVERIFY(!skipping.spendModel());
        QVERIFY(skipReport.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("positive mean spend")));

        // With excludeNonPositiveSpend the customer is left out of the spend fit, with a warning.
        BtydModel bg(QStringLiteral("bgnbd"));
        const FitReport bgReport =
            bg.fit(data, {{QStringLiteral("excludeNonPositiveSpend"), true}}, pipeline::JobContext());
        QVERIFY(bgReport.converged);
        QVERIFY(bg.spendModel());
        QVERIFY2(bgReport.warnings.join(QLatin1Char(' '))
                     .contains(QStringLiteral("1 repeat buyer(s) with zero or negative")),
                 qPrintable(bgReport.warnings.join(QLatin1Char(' '))));
        QCOMPARE(bg.parameters().size(), 7);
        QVERIFY(std::abs(bg.parameters()[4].value / 6.25 - 1.0) < 0.05); // p barely moves without one of 946

        // Without monetary values at all, the transaction model stands alone and LTV is NaN.
        features::CustomerSummary noMoney = s;
        noMoney.monetary.clear();
        data.summary = &noMoney;
        BtydModel plain(QStringLiteral("bgnbd"));
        QVERIFY(plain.fit(data, {}, pipeline::JobContext()).converged);
        QVERIFY(!plain.spendModel());
        PredictionInput input;
        input.summary = &noMoney;
        const Predictions p = plain.predict(input);
        QVERIFY(std::isfinite(p.expectedPurchases[0]) && std::isnan(p.ltv[0]));
    }
};

QTEST_GUILESS_MAIN(TestBtydGammaGamma)
#include "tst_btyd_gammagamma.moc"
