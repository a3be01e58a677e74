// The trainer: a GRU learns a task where only the order of events matters,
// results are reproducible for a seed and thread count, progress events are
// emitted per epoch and cancellation stops training.

#include "models/nn/Trainer.h"

#include <QTest>

#include <cmath>

using namespace ltv::models::nn;
using ltv::pipeline::Cancelled;
using ltv::pipeline::JobContext;

namespace {

// Every sequence holds exactly one event A and one event B at random steps of
// a random-length, left-padded history; the label is "A came before B".
// Per-channel totals are (1, 1) for every sample, so any bag-of-features
// model sees identical inputs for both classes.
Dataset orderTask(int count, int steps, std::uint64_t seed)
{
    Rng rng(seed);
    Dataset d;
    d.steps = steps;
    d.sequence = Matrix::Zero(2, static_cast<Eigen::Index>(count) * steps);
    d.mask = Matrix::Zero(steps, count);
    d.features.resize(0, count);
    d.target.resize(count);
    std::uniform_int_distribution<int> lengthDist(4, steps);
    for (int i = 0; i < count; ++i) {
        const int length = lengthDist(rng);
        const int start = steps - length;
        std::uniform_int_distribution<int> pos(start, steps - 1);
        const int a = pos(rng);
        int b = pos(rng);
        while (b == a)
            b = pos(rng);
        d.sequence(0, static_cast<Eigen::Index>(i) * steps + a) = 1.0;
        d.sequence(1, static_cast<Eigen::Index>(i) * steps + b) = 1.0;
        for (int t = start; t < steps; ++t)
            d.mask(t, i) = 1.0;
        d.target(i) = a < b ? 1.0 : 0.0;
    }
    return d;
}

NetworkShape gruShape()
{
    NetworkShape s;
    s.channels = 2;
    s.steps = 10;
    s.hidden = 12;
    s.layers = 1;
    s.outputs = 1;
    s.dropout = 0.0;
    return s;
}

double accuracy(const Network &net, const Dataset &d)
{
    const Matrix logits = predictAll(net, d, 2);
    int correct = 0;
    for (int i = 0; i < d.size(); ++i)
        correct += (logits(0, i) > 0.0) == (d.target(i) > 0.5);
    return static_cast<double>(correct) / d.size();
}

TrainOptions quickOptions()
{
    TrainOptions o;
    o.epochs = 40;
    o.batchSize = 64;
    o.learningRate = 0.01;
    o.weightDecay = 0.0;
    o.patience = 8;
    o.seed = 5;
    o.threads = 2;
    return o;
}

} // namespace

class TestNnTraining : public QObject
{
    Q_OBJECT
private slots:
    void bagOfFeaturesCannotSeparateTheClasses()
    {
        const Dataset d = orderTask(500, 10, 1);
        for (int i = 0; i < d.size(); ++i) {
            const Matrix sample = d.sequence.middleCols(static_cast<Eigen::Index>(i) * d.steps, d.steps);
            QCOMPARE(sample.row(0).sum(), 1.0);
            QCOMPARE(sample.row(1).sum(), 1.0);
        }
        const double positives = d.target.mean();
        QVERIFY(positives > 0.4 && positives < 0.6);
    }

    void gruLearnsEventOrder()
    {
        const Dataset trainSet = orderTask(2000, 10, 11);
        const Dataset testSet = orderTask(1000, 10, 12);
        std::unique_ptr<Network> net = makeGru(gruShape(), 3);
        QVERIFY(accuracy(*net, testSet) < 0.7); // untrained
        const TrainResult r = train(*net, trainSet, LossKind::BinaryCrossEntropy, quickOptions(), JobContext());
        const double acc = accuracy(*net, testSet);
        qInfo("GRU event-order accuracy %.3f after %d epochs", acc, static_cast<int>(r.history.size()));
        QVERIFY2(acc > 0.95, qPrintable(QString::number(acc)));
    }

    void trainingIsDeterministicForSeedAndThreads()
    {
        const Dataset d = orderTask(600, 10, 21);
        TrainOptions o = quickOptions();
        o.epochs = 3;
        std::unique_ptr<Network> a = makeGru(gruShape(), 3);
        std::unique_ptr<Network> b = makeGru(gruShape(), 3);
        const TrainResult ra = train(*a, d, LossKind::BinaryCrossEntropy, o, JobContext());
        const TrainResult rb = train(*b, d, LossKind::BinaryCrossEntropy, o, JobContext());
        QCOMPARE(ra.history.back().trainLoss, rb.history.back().trainLoss);
        const ParamList pa = a->params(), pb = b->params();
        for (std::size_t i = 0; i < pa.size(); ++i)
            QVERIFY(pa[i]->value == pb[i]->value);
        // One thread sums the same gradients in another order: equal up to rounding.
        o.threads = 1;
        std::unique_ptr<Network> c = makeGru(gruShape(), 3);
        const TrainResult rc = train(*c, d, LossKind::BinaryCrossEntropy, o, JobContext());
        QVERIFY(std::abs(rc.history.back().trainLoss - ra.history.back().trainLoss) < 1e-6);
    }

    void epochEventsAndEarlyStopping()
    {
        const Dataset d = orderTask(400, 10, 31);
        TrainOptions o = quickOptions();
        o.epochs = 6;
        QList<QVariantMap> events;
        JobContext job({}, [&](const QString &kind, const QVariantMap &data) {
            if (kind == u"epoch")
                events << data;
        });
        std::unique_ptr<Network> net = makeGru(gruShape(), 3);
        const TrainResult r = train(*net, d, LossKind::BinaryCrossEntropy, o, job);
        QCOMPARE(events.size(), static_cast<qsizetype>(r.history.size()));
        QCOMPARE(events.front().value(QStringLiteral("epoch")).toInt(), 1);
        QCOMPARE(events.back().value(QStringLiteral("loss")).toDouble(), r.history.back().trainLoss);
        QCOMPARE(events.back().value(QStringLiteral("val")).toDouble(), r.history.back().validationLoss);
        // The returned network is the best validation epoch.
        double best = 1e300;
        for (const EpochRecord &e : r.history)
            best = std::min(best, e.validationLoss);
        QCOMPARE(r.bestValidationLoss, best);
        QCOMPARE(r.history[static_cast<std::size_t>(r.bestEpoch - 1)].validationLoss, best);
    }

    void cancelStopsWithinAMiniBatch()
    {
        const Dataset d = orderTask(1000, 10, 41);
        TrainOptions o = quickOptions();
        o.batchSize = 50;
        int epochsSeen = 0;
        const JobContext *self = nullptr;
        const JobContext job({}, [&](const QString &, const QVariantMap &) {
            ++epochsSeen;
            self->cancel(); // checked before the next mini-batch
        });
        self = &job;
        std::unique_ptr<Network> net = makeGru(gruShape(), 3);
        QVERIFY_THROWS_EXCEPTION(Cancelled, train(*net, d, LossKind::BinaryCrossEntropy, o, job));
        QCOMPARE(epochsSeen, 1);
    }
};

QTEST_GUILESS_MAIN(TestNnTraining)
#include "tst_nntraining.moc"
