// Gradient checks of every nn building block and loss against central finite
// differences (double precision, relative error < 1e-5), plus the optimiser.

#include "GradientCheck.h"
#include "models/nn/Adam.h"
#include "models/nn/Convolution.h"
#include "models/nn/Gru.h"
#include "models/nn/Layers.h"
#include "models/nn/Losses.h"
#include "models/nn/Network.h"

#include <QTest>

#include <cmath>

using namespace ltv::models::nn;
using namespace ltv::models::nn::testing;

namespace {
constexpr double kTolerance = 1e-5;
}

class TestNnLayers : public QObject
{
    Q_OBJECT
private slots:
    void denseGradients()
    {
        Rng rng(1);
        Dense layer(5, 4, Init::He, rng);
        layer.bias.value = randomMatrix(4, 1, rng);
        Matrix x = randomMatrix(5, 7, rng);
        const Matrix g = randomMatrix(4, 7, rng);
        layer.forward(x);
        zeroGradients(layer.params());
        const Matrix dx = layer.backward(g);
        const auto objective = [&] { return weightedSum(layer.forward(x), g); };
        QVERIFY(relativeError(layer.weight.grad, numericGradient(layer.weight.value, objective)) < kTolerance);
        QVERIFY(relativeError(layer.bias.grad, numericGradient(layer.bias.value, objective)) < kTolerance);
        QVERIFY(relativeError(dx, numericGradient(x, objective)) < kTolerance);
    }

    void activationGradients_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("relu") << static_cast<int>(ActivationKind::ReLU);
        QTest::newRow("gelu") << static_cast<int>(ActivationKind::GELU);
        QTest::newRow("tanh") << static_cast<int>(ActivationKind::Tanh);
    }

    void activationGradients()
    {
        QFETCH(int, kind);
        Rng rng(2);
        Activation act(static_cast<ActivationKind>(kind));
        Matrix x = randomMatrix(6, 5, rng, -2.0, 2.0);
        // Keep inputs away from the ReLU kink so finite differences are valid.
        x = x.unaryExpr([](double v) { return std::abs(v) < 0.05 ? v + 0.1 : v; });
        const Matrix g = randomMatrix(6, 5, rng);
        act.forward(x);
        const Matrix dx = act.backward(g);
        const double err = relativeError(dx, numericGradient(x, [&] { return weightedSum(act.forward(x), g); }));
        QVERIFY2(err < kTolerance, qPrintable(QString::number(err)));
    }

    void geluMatchesDefinition()
    {
        Activation act(ActivationKind::GELU);
        Matrix x(1, 3);
        x << -1.0, 0.0, 2.0;
        const Matrix y = act.forward(x);
        // x * Phi(x): Phi(-1) = 0.158655253931457, Phi(2) = 0.977249868051821
        QVERIFY(std::abs(y(0, 0) + 0.158655253931457) < 1e-12);
        QCOMPARE(y(0, 1), 0.0);
        QVERIFY(std::abs(y(0, 2) - 2.0 * 0.977249868051821) < 1e-12);
    }

    void dropoutGradientsAndScaling()
    {
        Rng rng(3);
        Dropout drop(0.3, 99);
        Matrix x = randomMatrix(8, 6, rng);
        const Matrix g = randomMatrix(8, 6, rng);
        drop.reseed(7);
        const Matrix y = drop.forward(x, true);
        const Matrix dx = drop.backward(g);
        const auto objective = [&] {
            drop.reseed(7); // the same mask on every evaluation
            return weightedSum(drop.forward(x, true), g);
        };
        QVERIFY(relativeError(dx, numericGradient(x, objective)) < kTolerance);
        // Kept units are scaled by 1/(1-p), dropped ones are zero; inference is the identity.
        for (Eigen::Index i = 0; i < y.size(); ++i)
            QVERIFY(y.data()[i] == 0.0 || std::abs(y.data()[i] - x.data()[i] / 0.7) < 1e-12);
        QCOMPARE(drop.forward(x, false), x);
        // The keep rate is about 1 - p.
        Matrix ones = Matrix::Ones(100, 100);
        const double kept = (drop.forward(ones, true).array() > 0.0).cast<double>().mean();
        QVERIFY(std::abs(kept - 0.7) < 0.02);
    }

    void embeddingGradients()
    {
        Rng rng(4);
        Embedding emb(6, 3, rng);
        const std::vector<int> ids{0, 2, 2, 5, 1};
        const Matrix g = randomMatrix(3, 5, rng);
        const Matrix y = emb.forward(ids);
        QCOMPARE(Matrix(y.col(1)), Matrix(emb.table.value.col(2)));
        zeroGradients(emb.params());
        emb.backward(g);
        const auto objective = [&] { return weightedSum(emb.forward(ids), g); };
        QVERIFY(relativeError(emb.table.grad, numericGradient(emb.table.value, objective)) < kTolerance);
    }

    void convolutionGradients_data()
    {
        QTest::addColumn<int>("kernel");
        QTest::newRow("odd kernel") << 3;
        QTest::newRow("even kernel") << 4;
    }

    void convolutionGradients()
    {
        QFETCH(int, kernel);
        Rng rng(5);
        const int channels = 3, filters = 4, steps = 6, batch = 3;
        Conv1D conv(channels, filters, kernel, rng);
        conv.bias.value = randomMatrix(filters, 1, rng);
        Matrix x = randomMatrix(channels, steps * batch, rng);
        const Matrix g = randomMatrix(filters, steps * batch, rng);
        conv.forward(x, steps, batch);
        zeroGradients(conv.params());
        const Matrix dx = conv.backward(g);
        const auto objective = [&] { return weightedSum(conv.forward(x, steps, batch), g); };
        QVERIFY(relativeError(conv.weight.grad, numericGradient(conv.weight.value, objective)) < kTolerance);
        QVERIFY(relativeError(conv.bias.grad, numericGradient(conv.bias.value, objective)) < kTolerance);
        QVERIFY(relativeError(dx, numericGradient(x, objective)) < kTolerance);
    }

    void convolutionMatchesDirectSum()
    {
        // One filter, kernel 3, 'same' padding: y_t = sum_k w_k x_{t+k-1} + b.
        Rng rng(6);
        Conv1D conv(1, 1, 3, rng);
        conv.weight.value << 1.0, 2.0, 3.0;
        conv.bias.value(0, 0) = 0.5;
        Matrix x(1, 4);
        x << 1.0, 2.0, 3.0, 4.0; // one sample, four steps
        const Matrix y = conv.forward(x, 4, 1);
        Matrix expected(1, 4);
        expected << 2.0 * 1 + 3.0 * 2 + 0.5, 1.0 * 1 + 2.0 * 2 + 3.0 * 3 + 0.5, 1.0 * 2 + 2.0 * 3 + 3.0 * 4 + 0.5,
            1.0 * 3 + 2.0 * 4 + 0.5;
        QCOMPARE(y, expected);
    }

    void poolingGradients()
    {
        Rng rng(7);
        const int channels = 3, steps = 5, batch = 2;
        Matrix x = randomMatrix(channels, steps * batch, rng);
        MaxPool1D pool(2);
        const Matrix gMax = randomMatrix(channels, 2 * batch, rng);
        pool.forward(x, steps, batch);
        const Matrix dxMax = pool.backward(gMax);
        QVERIFY(relativeError(dxMax, numericGradient(x, [&] {
                                  return weightedSum(pool.forward(x, steps, batch), gMax);
                              })) < kTolerance);

        GlobalAveragePool avg;
        const Matrix gAvg = randomMatrix(channels, batch, rng);
        avg.forward(x, steps, batch);
        const Matrix dxAvg = avg.backward(gAvg);
        QVERIFY(relativeError(dxAvg, numericGradient(x, [&] {
                                  return weightedSum(avg.forward(x, steps, batch), gAvg);
                              })) < kTolerance);
    }

    void gruGradients()
    {
        Rng rng(8);
        const int inputs = 3, hidden = 4, steps = 5, batch = 3;
        Gru gru(inputs, hidden, rng);
        gru.inputBias.value = randomMatrix(3 * hidden, 1, rng, -0.5, 0.5);
        gru.hiddenBias.value = randomMatrix(3 * hidden, 1, rng, -0.5, 0.5);
        Matrix x = randomMatrix(inputs, steps * batch, rng);
        // Left padding: sample 1 has two padded steps, sample 2 one.
        Matrix mask = Matrix::Ones(steps, batch);
        mask(0, 1) = mask(1, 1) = 0.0;
        mask(0, 2) = 0.0;
        const Matrix g = randomMatrix(hidden, batch, rng);
        gru.forward(x, mask, steps, batch);
        zeroGradients(gru.params());
        const Matrix dx = gru.backward(g);
        const auto objective = [&] { return weightedSum(gru.forward(x, mask, steps, batch), g); };
        for (Param *p : gru.params()) {
            const double err = relativeError(p->grad, numericGradient(p->value, objective));
            QVERIFY2(err < kTolerance, p->name.c_str());
        }
        QVERIFY(relativeError(dx, numericGradient(x, objective)) < kTolerance);
        // Padded steps do not influence the result.
        for (int t = 0; t < 2; ++t)
            QVERIFY(dx.col(t * batch + 1).norm() == 0.0);
    }

    void gruMaskedStepsCarryState()
    {
        Rng rng(9);
        Gru gru(2, 3, rng);
        Matrix x = randomMatrix(2, 4, rng); // 4 steps, 1 sample
        Matrix padded = x;
        padded.col(0).setConstant(5.0); // garbage in a padded step
        Matrix mask = Matrix::Ones(4, 1);
        const Matrix full = gru.forward(x.rightCols(3), Matrix::Ones(3, 1), 3, 1);
        mask(0, 0) = 0.0;
        const Matrix masked = gru.forward(padded, mask, 4, 1);
        QVERIFY((full - masked).norm() < 1e-15);
    }

    void lossGradients()
    {
        Rng rng(10);
        const int batch = 9;
        Vector target(batch);
        target << 0.0, 3.5, 0.0, 0.2, 12.0, 0.0, 1.0, 0.0, 40.0;
        Vector binary = (target.array() > 0.0).cast<double>().matrix();

        Matrix one = randomMatrix(1, batch, rng, -2.0, 2.0);
        const LossValue mse = meanSquaredError(one, target);
        QVERIFY(relativeError(mse.gradient, numericGradient(one, [&] { return meanSquaredError(one, target).loss; })) <
                kTolerance);
        QVERIFY(std::abs(mse.loss - (one.row(0).transpose() - target).squaredNorm() / batch) < 1e-12);

        const LossValue bce = binaryCrossEntropy(one, binary);
        QVERIFY(relativeError(bce.gradient,
                              numericGradient(one, [&] { return binaryCrossEntropy(one, binary).loss; })) < kTolerance);
        double expectedBce = 0.0;
        for (int i = 0; i < batch; ++i) {
            const double p = 1.0 / (1.0 + std::exp(-one(0, i)));
            expectedBce -= binary(i) * std::log(p) + (1.0 - binary(i)) * std::log(1.0 - p);
        }
        QVERIFY(std::abs(bce.loss - expectedBce / batch) < 1e-12);

        Matrix three = randomMatrix(3, batch, rng, -1.5, 1.5);
        const LossValue ziln = zeroInflatedLognormal(three, target);
        const double err = relativeError(
            ziln.gradient, numericGradient(three, [&] { return zeroInflatedLognormal(three, target).loss; }));
        QVERIFY2(err < kTolerance, qPrintable(QString::number(err)));
    }

    void zilnMatchesLognormalDensity()
    {
        // One positive and one zero sample, computed from the definition.
        Matrix out(3, 2);
        out << 0.4, -0.7, 1.1, 0.3, 0.2, -0.5;
        Vector y(2);
        y << 2.5, 0.0;
        const double p0 = 1.0 / (1.0 + std::exp(-0.4));
        const double p1 = 1.0 / (1.0 + std::exp(0.7));
        const double sigma = std::log1p(std::exp(0.2));
        const double logDensity =
            -std::log(2.5 * sigma * std::sqrt(2.0 * M_PI)) - std::pow(std::log(2.5) - 1.1, 2) / (2.0 * sigma * sigma);
        const double expected = (-std::log(p0) - logDensity - std::log(1.0 - p1)) / 2.0;
        QVERIFY(std::abs(zeroInflatedLognormal(out, y).loss - expected) < 1e-12);
        const Vector mean = zilnMean(out);
        QVERIFY(std::abs(mean(0) - p0 * std::exp(1.1 + sigma * sigma / 2.0)) < 1e-12);
        // The sigma floor keeps the density finite for very negative raw sigma.
        QCOMPARE(zilnSigma(-50.0), kZilnSigmaFloor);
    }

    void networkGradients_data()
    {
        QTest::addColumn<QString>("architecture");
        QTest::newRow("mlp") << QStringLiteral("mlp");
        QTest::newRow("cnn") << QStringLiteral("cnn");
        QTest::newRow("gru") << QStringLiteral("gru");
    }

    void networkGradients()
    {
        // Whole networks with the ZILN loss: backward through every layer at once.
        QFETCH(QString, architecture);
        Rng rng(12);
        NetworkShape shape;
        shape.features = 4;
        shape.channels = 3;
        shape.steps = 6;
        shape.hidden = 5;
        shape.layers = 2;
        shape.filters = 4;
        shape.kernel = 3;
        shape.outputs = 3;
        shape.dropout = 0.0;
        std::unique_ptr<Network> net = architecture == u"mlp"   ? makeMlp(shape, 3)
                                       : architecture == u"cnn" ? makeCnn(shape, 3)
                                                                : makeGru(shape, 3);
        Batch batch;
        batch.size = 4;
        batch.steps = shape.steps;
        batch.features = randomMatrix(shape.features, batch.size, rng);
        batch.sequence = randomMatrix(shape.channels, shape.steps * batch.size, rng);
        batch.mask = Matrix::Ones(shape.steps, batch.size);
        batch.mask(0, 2) = 0.0;
        Vector target(batch.size);
        target << 0.0, 2.0, 0.5, 0.0;
        const auto objective = [&] { return zeroInflatedLognormal(net->forward(batch, false), target).loss; };
        zeroGradients(net->params());
        net->backward(zeroInflatedLognormal(net->forward(batch, false), target).gradient);
        for (Param *p : net->params()) {
            const double err = relativeError(p->grad, numericGradient(p->value, objective));
            QVERIFY2(err < kTolerance, qPrintable(QString::fromStdString(p->name) + QString::number(err)));
        }
    }

    void adamMinimisesAQuadratic()
    {
        Param p;
        p.reset(2, 1);
        p.value << 3.0, -2.0;
        Adam adam({.learningRate = 0.05});
        const ParamList params{&p};
        for (int i = 0; i < 2000; ++i) {
            p.grad = 2.0 * (p.value - Matrix::Constant(2, 1, 1.0)); // d/dx |x - 1|^2
            adam.step(params);
        }
        QVERIFY((p.value - Matrix::Constant(2, 1, 1.0)).norm() < 1e-3);
    }

    void adamWeightDecayIsDecoupled()
    {
        Param w;
        w.reset(1, 1);
        w.value(0, 0) = 2.0;
        Param b;
        b.reset(1, 1);
        b.decay = false;
        b.value(0, 0) = 2.0;
        Adam adam({.learningRate = 0.1, .weightDecay = 0.5});
        adam.step({&w, &b}); // zero gradients: only the decay acts
        QVERIFY(std::abs(w.value(0, 0) - 2.0 * (1.0 - 0.1 * 0.5)) < 1e-15);
        QCOMPARE(b.value(0, 0), 2.0);
    }

    void gradientClippingBoundsTheGlobalNorm()
    {
        Param a, b;
        a.reset(2, 1);
        b.reset(1, 1);
        a.grad << 3.0, 0.0;
        b.grad << 4.0;
        QCOMPARE(clipGradientNorm({&a, &b}, 1.0), 5.0);
        QVERIFY(std::abs(std::sqrt(a.grad.squaredNorm() + b.grad.squaredNorm()) - 1.0) < 1e-15);
        QVERIFY(std::abs(a.grad(0, 0) - 0.6) < 1e-15);
    }

    void initialisationScales()
    {
        Rng rng(11);
        Matrix he(200, 400);
        initHeNormal(he, 400, rng);
        const double heVar = he.squaredNorm() / static_cast<double>(he.size());
        QVERIFY(std::abs(heVar - 2.0 / 400.0) < 0.05 * 2.0 / 400.0);
        Matrix xavier(200, 400);
        initXavierUniform(xavier, 400, 200, rng);
        const double limit = std::sqrt(6.0 / 600.0);
        QVERIFY(xavier.cwiseAbs().maxCoeff() <= limit);
        QVERIFY(std::abs(xavier.squaredNorm() / static_cast<double>(xavier.size()) - limit * limit / 3.0) <
                0.05 * limit * limit / 3.0);
    }
};

QTEST_GUILESS_MAIN(TestNnLayers)
#include "tst_nnlayers.moc"
