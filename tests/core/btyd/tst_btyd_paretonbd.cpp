// Pareto/NBD: the stable 2F1, the likelihood against quadrature of its
// defining integral (both alpha/beta branches, alpha = beta, t_x = T, heavy
// buyers), gradients, the CDNOW fit and BTYD's published prediction.

#include "CdnowSummary.h"
#include "models/btyd/BtydModel.h"
#include "models/btyd/Hypergeometric.h"
#include "models/btyd/ParetoNbd.h"

#include <QTest>

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <cmath>

using namespace ltv;
using namespace ltv::models;
using namespace ltv::models::btyd;

namespace {

// log L by direct quadrature of the dropout-time integral:
// L = G(r+x) a^r b^s / G(r) [ (a+T)^-(r+x) (b+T)^-s + s int_tx^T (a+u)^-(r+x) (b+u)^-(s+1) du ]
double quadratureLogLikelihood(const std::vector<double> &p, double x, double tx, double T)
{
    const double r = p[0], alpha = p[1], s = p[2], beta = p[3];
    // Scale by the integrand at tx to keep values in range for heavy buyers.
    const double logScale = -(r + x) * std::log(alpha + tx) - s * std::log(beta + tx);
    auto integrand = [&](double u) {
        return std::exp(-(r + x) * std::log(alpha + u) - (s + 1.0) * std::log(beta + u) - logScale);
    };
    const double integral =
        tx < T ? boost::math::quadrature::gauss_kronrod<double, 61>::integrate(integrand, tx, T, 15, 1e-11) : 0.0;
    const double alive = std::exp(-(r + x) * std::log(alpha + T) - s * std::log(beta + T) - logScale);
    return std::lgamma(r + x) - std::lgamma(r) + r * std::log(alpha) + s * std::log(beta) + logScale +
           std::log(alive + s * integral);
}

} // namespace

class TestBtydParetoNbd : public QObject
{
    Q_OBJECT
private slots:
    void hypergeometricMatchesHighPrecisionValues()
    {
        // log 2F1 reference values from a 40-digit evaluation.
        struct Case
        {
            double a, b, c, z, log;
        };
        const Case cases[] = {{0.5, 1.5, 2.0, 0.3, 0.13073117329665124385},
                              {0.2425945, 2.4258881, 2.218808, 0.9464, 0.8697086784876472845},
                              {500.24, 502.4, 502.2, 0.5, 346.87818422006143423},
                              {1.0, 26.55, 28.16, 0.05, 0.0482937663919876837},
                              {10.0, 3.0, 12.5, 0.99, 7.2514538960451484176},
                              {3.0, -0.2, 4.1, 0.7, -0.14957448608612029634}};
        for (const Case &c : cases) {
            const LogHypergeometric v = logHyp2f1(c.a, c.b, c.c, c.z);
            QCOMPARE(v.sign, 1);
            QVERIFY2(std::abs(v.log - c.log) < 1e-12 * std::max(1.0, std::abs(c.log)),
                     qPrintable(QStringLiteral("2F1(%1,%2;%3;%4): %5 vs %6")
                                    .arg(c.a)
                                    .arg(c.b)
                                    .arg(c.c)
                                    .arg(c.z)
                                    .arg(v.log, 0, 'g', 17)
                                    .arg(c.log, 0, 'g', 17)));
        }
        // 2F1(1, p; c; z) derivatives against finite differences.
        const double p = 3.2, c = 5.7, z = 0.6, h = 1e-6;
        const UnitHypergeometric u = unitHyp2f1(p, c, z);
        QVERIFY(std::abs(u.value - hyp2f1(1.0, p, c, z)) < 1e-14 * u.value);
        QVERIFY(std::abs(u.dp - (unitHyp2f1(p + h, c, z).value - unitHyp2f1(p - h, c, z).value) / (2 * h)) < 1e-7);
        QVERIFY(std::abs(u.dc - (unitHyp2f1(p, c + h, z).value - unitHyp2f1(p, c - h, z).value) / (2 * h)) < 1e-7);
        QVERIFY(std::abs(u.dz - (unitHyp2f1(p, c, z + h).value - unitHyp2f1(p, c, z - h).value) / (2 * h)) < 1e-7);
    }

    void likelihoodMatchesQuadrature_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("beta");
        QTest::newRow("alpha < beta") << 10.578 << 11.67;
        QTest::newRow("alpha > beta") << 12.0 << 3.0;
        QTest::newRow("alpha = beta") << 7.5 << 7.5;
    }

    void likelihoodMatchesQuadrature()
    {
        QFETCH(double, alpha);
        QFETCH(double, beta);
        const std::vector<double> p = {0.5532, alpha, 0.6062, beta};
        const double customers[][3] = {{0, 0, 38.86},    {2, 30.43, 38.86}, {26, 30.86, 31},
                                       {1, 1.71, 38.86}, {7, 20.0, 20.0},   {120, 35.0, 38.0}};
        for (const auto &c : customers) {
            const double ll = ParetoNbd::customerLogLikelihood(p.data(), c[0], c[1], c[2], nullptr);
            const double ref = quadratureLogLikelihood(p, c[0], c[1], c[2]);
            QVERIFY2(std::abs(ll - ref) < 1e-9 * std::max(1.0, std::abs(ref)),
                     qPrintable(QStringLiteral("x=%1: %2 vs %3").arg(c[0]).arg(ll, 0, 'g', 15).arg(ref, 0, 'g', 15)));
        }
    }

    void analyticGradientMatchesFiniteDifferences()
    {
        const std::vector<std::vector<double>> points = {
            {0.55, 10.5, 0.6, 11.7}, {0.9, 14.0, 0.4, 3.0}, {0.7, 8.0, 1.3, 8.0}};
        const double customers[][3] = {{0, 0, 38.86}, {2, 30.43, 38.86}, {26, 30.86, 31}, {300, 20.0, 39.0}};
        for (const std::vector<double> &p : points) {
            for (const auto &c : customers) {
                double grad[4];
                ParetoNbd::customerLogLikelihood(p.data(), c[0], c[1], c[2], grad);
                for (int j = 0; j < 4; ++j) {
                    const double h = 1e-6 * p[j];
                    std::vector<double> hi = p, lo = p;
                    hi[j] += h;
                    lo[j] -= h;
                    const double fd = (ParetoNbd::customerLogLikelihood(hi.data(), c[0], c[1], c[2], nullptr) -
                                       ParetoNbd::customerLogLikelihood(lo.data(), c[0], c[1], c[2], nullptr)) /
                                      (2.0 * h);
                    QVERIFY2(std::abs(fd - grad[j]) < 1e-5 * std::max(1.0, std::abs(fd)),
                             qPrintable(QStringLiteral("x=%1 param %2: analytic %3, numeric %4")
                                            .arg(c[0])
                                            .arg(j)
                                            .arg(grad[j])
                                            .arg(fd)));
                }
            }
        }
        // The collapsed, multi-threaded total (2F1 terms shared per distinct (x, t))
        // equals the per-customer sum, value and gradient, for both series forms.
        const features::CustomerSummary s = test::loadCdnowSummary();
        const CollapsedRows rows = collapseRows(s.frequency.data(), s.recency.data(), s.age.data(), s.size());
        QVERIFY(rows.pairX.size() < rows.size());
        ParetoNbd model;
        for (const std::vector<double> &p : points) {
            double total = 0.0;
            double totalGrad[4] = {0.0, 0.0, 0.0, 0.0};
            for (std::size_t i = 0; i < s.size(); ++i) {
                double g[4];
                total += ParetoNbd::customerLogLikelihood(p.data(), s.frequency[i], s.recency[i], s.age[i], g);
                for (int j = 0; j < 4; ++j)
                    totalGrad[j] += g[j];
            }
            double grad[4];
            QVERIFY(std::abs(model.logLikelihood(rows, p.data(), grad) - total) < 1e-8 * std::abs(total));
            QVERIFY(std::abs(model.logLikelihood(rows, p.data(), nullptr) - total) < 1e-8 * std::abs(total));
            for (int j = 0; j < 4; ++j)
                QVERIFY2(std::abs(grad[j] - totalGrad[j]) < 1e-8 * std::max(1.0, std::abs(totalGrad[j])),
                         qPrintable(QStringLiteral("param %1: %2 vs %3").arg(j).arg(grad[j]).arg(totalGrad[j])));
        }
    }

    void fitMatchesPublishedOptimum()
    {
        const features::CustomerSummary s = test::loadCdnowSummary();
        BtydModel model(QStringLiteral("pnbd"));
        TrainingData data;
        data.summary = &s;
        const FitReport report = model.fit(data, {{QStringLiteral("spendModel"), false}}, pipeline::JobContext());
        QVERIFY2(report.converged, qPrintable(report.message));
        const std::vector<double> published = {0.55315, 10.57633, 0.60625, 11.67150};
        const QList<FittedParameter> params = model.parameters();
        QCOMPARE(params.size(), 4);
        for (int j = 0; j < 4; ++j) {
            QVERIFY2(std::abs(params[j].value / published[j] - 1.0) < 5e-3,
                     qPrintable(QStringLiteral("%1 = %2").arg(params[j].name).arg(params[j].value, 0, 'g', 10)));
            QVERIFY(params[j].standardError > 0.0);
        }
        QVERIFY2(std::abs(report.logLikelihood - -9594.976) < 0.05,
                 qPrintable(QString::number(report.logLikelihood, 'f', 4)));

        // BTYD: x = 26, t_x = 30.86, T = 31 expects 25.46 purchases in the next 52 weeks.
        const double e = model.transactionModel()->conditionalExpectedPurchases(52.0, 26.0, 30.86, 31.0);
        QVERIFY2(std::abs(e - 25.46) < 0.005, qPrintable(QString::number(e, 'g', 8)));
    }

    void heavyBuyerStaysFinite()
    {
        ParetoNbd model;
        for (const std::vector<double> &p :
             {std::vector<double>{0.5532, 10.578, 0.6062, 11.67}, std::vector<double>{0.5532, 15.0, 0.6062, 2.0}}) {
            model.setParameters(p);
            double grad[4];
            const double ll = ParetoNbd::customerLogLikelihood(p.data(), 500.0, 38.95, 39.0, grad);
            QVERIFY(std::isfinite(ll));
            for (double g : grad)
                QVERIFY(std::isfinite(g));
            QVERIFY(std::abs(ll - quadratureLogLikelihood(p, 500.0, 38.95, 39.0)) < 1e-9 * std::abs(ll));
            const double alive = model.probabilityAlive(500.0, 38.95, 39.0);
            QVERIFY(alive > 0.0 && alive <= 1.0);
            const double e = model.conditionalExpectedPurchases(52.0, 500.0, 38.95, 39.0);
            QVERIFY2(std::isfinite(e) && e > 100.0,
                     qPrintable(QStringLiteral("E = %1, P(alive) = %2").arg(e).arg(alive)));
            QVERIFY(std::isfinite(model.probabilityNoPurchase(52.0, 500.0, 38.95, 39.0)));
        }
        // Just purchased (t_x = T): certainly alive.
        model.setParameters({0.5532, 10.578, 0.6062, 11.67});
        QCOMPARE(model.probabilityAlive(3.0, 20.0, 20.0), 1.0);
    }

    void purchaseDistributionAndNoPurchaseProbability()
    {
        ParetoNbd model;
        const std::vector<double> p = {0.5532, 10.578, 0.6062, 11.67};
        model.setParameters(p);
        for (double t : {5.0, 39.0}) {
            double total = 0.0, mean = 0.0;
            for (int k = 0; k < 400; ++k) {
                const double pk = model.probabilityOfPurchases(k, t);
                total += pk;
                mean += k * pk;
            }
            QVERIFY(std::abs(total - 1.0) < 1e-8);
            QVERIFY(std::abs(mean - model.expectedPurchases(t)) < 1e-6);
        }
        // P(no purchase in (T, T+t] | alive) by quadrature over the remaining lifetime.
        const double r = p[0], alpha = p[1], s = p[2], beta = p[3];
        const double x = 4.0, tx = 25.0, T = 38.0, t = 26.0;
        auto integrand = [&](double u) {
            return s * std::pow(beta + T, s) * std::pow(beta + T + u, -(s + 1.0)) *
                   std::pow((alpha + T) / (alpha + T + u), r + x);
        };
        const double noPurchaseAlive =
            std::pow((beta + T) / (beta + T + t), s) * std::pow((alpha + T) / (alpha + T + t), r + x) +
            boost::math::quadrature::gauss_kronrod<double, 61>::integrate(integrand, 0.0, t);
        const double alive = model.probabilityAlive(x, tx, T);
        QVERIFY(std::abs(model.probabilityNoPurchase(t, x, tx, T) - (1.0 - alive + alive * noPurchaseAlive)) < 1e-10);
        QVERIFY(std::abs(model.probabilityAliveAt(t, x, tx, T) - alive * std::pow((beta + T) / (beta + T + t), s)) <
                1e-12);
    }
};

QTEST_GUILESS_MAIN(TestBtydParetoNbd)
#include "tst_btyd_paretonbd.moc"
