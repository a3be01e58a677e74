// The neural models on the bundled CDNOW sample with the shifted-window
// protocol: trained on features as of 1997-07-02 with labels from the next 26
// weeks, applied to features as of 1997-12-31 and scored on the holdout
// (1997-12-31, 1998-06-30]. Compares the ZILN loss with MSE for the same MLP.

#include "eval/Ranking.h"
#include "features/FeatureMatrixBuilder.h"
#include "features/SequenceBuilder.h"
#include "features/Splits.h"
#include "models/ModelRegistry.h"
#include "pipeline/DemoData.h"

#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::models;

namespace {

struct Window
{
    features::TransactionSet set;
    features::ShiftedWindow split;
    features::FeatureMatrix trainFeatures;
    features::FeatureMatrix predictFeatures;
    features::Sequences trainSequences;
    features::Sequences predictSequences;
};

const Window &cdnowWindow()
{
    static const Window w = [] {
        Window out;
        out.set = pipeline::loadDemoTransactions();
        Day calibrationEnd = 0;
        dayFromIso(QStringLiteral("1997-12-31"), &calibrationEnd);
        out.split = features::shiftedWindowSplit(out.set, calibrationEnd, 26 * 7);
        out.trainFeatures = features::buildFeatureMatrix(out.set, out.split.training);
        out.predictFeatures = features::buildFeatureMatrix(out.set, out.split.prediction);
        const features::SequenceOptions seq{TimeUnit::Week, 26};
        out.trainSequences =
            features::buildSequences(out.set, out.split.training.customer, out.split.training.asOf, seq);
        out.predictSequences =
            features::buildSequences(out.set, out.split.prediction.customer, out.split.prediction.asOf, seq);
        return out;
    }();
    return w;
}

// Normalized Gini of the model's holdout ltv on CDNOW.
double cdnowGini(const QString &id, QVariantMap options)
{
    const Window &w = cdnowWindow();
    auto model = ModelRegistry::builtin().create(id);
    TrainingData data;
    data.summary = &w.split.training;
    data.features = &w.trainFeatures;
    data.sequences = &w.trainSequences;
    data.labels = &w.split.trainingLabels;
    data.horizon = 26;
    data.unit = TimeUnit::Week;
    options.insert(QStringLiteral("threads"), 2);
    const FitReport report = model->fit(data, options, pipeline::JobContext());
    if (!report.converged)
        qWarning("%s: %s", qPrintable(id), qPrintable(report.message));
    PredictionInput input;
    input.summary = &w.split.prediction;
    input.features = &w.predictFeatures;
    input.sequences = &w.predictSequences;
    input.horizon = 26;
    input.unit = TimeUnit::Week;
    const Predictions p = model->predict(input);
    double predicted = 0.0, actual = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        predicted += p.ltv[i];
        actual += w.split.predictionLabels.revenue[i];
    }
    const double gini = eval::normalizedGini(w.split.predictionLabels.revenue, p.ltv);
    qInfo("%s %s: holdout normalized Gini %.4f, predicted/actual total %.3f, %d epochs", qPrintable(id),
          qPrintable(options.value(QStringLiteral("loss"), QStringLiteral("ziln")).toString()), gini,
          predicted / actual, report.iterations);
    return gini;
}

} // namespace

class TestNeuralCdnow : public QObject
{
    Q_OBJECT
private slots:
    void windowIsZeroInflated()
    {
        const Window &w = cdnowWindow();
        QCOMPARE(w.trainFeatures.rows(), static_cast<std::int64_t>(w.split.trainingLabels.size()));
        QCOMPARE(w.predictFeatures.rows(), static_cast<std::int64_t>(w.split.predictionLabels.size()));
        std::size_t zeros = 0;
        for (double r : w.split.trainingLabels.revenue)
            zeros += r <= 0.0;
        qInfo("%zu training customers, %.1f%% with zero revenue in the label window", w.split.trainingLabels.size(),
              100.0 * static_cast<double>(zeros) / static_cast<double>(w.split.trainingLabels.size()));
        QVERIFY(zeros > w.split.trainingLabels.size() / 2);
    }

    void zilnRanksBetterThanMse()
    {
        const double ziln = cdnowGini(QStringLiteral("mlp-ziln"), {});
        const double mse = cdnowGini(QStringLiteral("mlp-ziln"), {{QStringLiteral("loss"), QStringLiteral("mse")}});
        QVERIFY2(ziln > mse, qPrintable(QStringLiteral("ziln %1 mse %2").arg(ziln).arg(mse)));
    }

    void sequenceNetworksRankTheHoldout()
    {
        // The historical-spend ranking is the naive reference every model should beat.
        const Window &w = cdnowWindow();
        const double naive = eval::normalizedGini(w.split.predictionLabels.revenue, w.split.prediction.totalRevenue);
        qInfo("naive total-revenue ranking: normalized Gini %.4f", naive);
        const double cnn = cdnowGini(QStringLiteral("cnn"), {});
        const double gru = cdnowGini(QStringLiteral("gru"), {});
        // A random ranking scores about 0, the naive one about 0.70.
        QVERIFY(cnn > 0.55);
        QVERIFY(gru > 0.55);
    }
};

QTEST_GUILESS_MAIN(TestNeuralCdnow)
#include "tst_neuralcdnow.moc"
