// `ltv fit` and `ltv predict` with the neural networks (cnn, gru, mlp-ziln) on
// a small project (the first 300 CDNOW customers, shifted window of 26 weeks
// at 1997-12-31, 3 epochs): the fitted network is saved in the project, a
// prediction writes one row per customer, and a reloaded network predicts
// exactly what the freshly fitted one did.

#include "TestSupport.h"

#include "store/ModelStore.h"
#include "store/Project.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::test;

namespace {

// The saved row id in "Saved model #N (id)" / "Using saved model #N (id", or 0.
qint64 modelNumber(const QString &out, const QString &prefix, const QString &model)
{
    const QRegularExpression re(prefix + QStringLiteral(" #(\\d+) \\(") + QRegularExpression::escape(model));
    const QRegularExpressionMatch m = re.match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

qint64 predictionRunNumber(const QString &out)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Saved prediction run #(\\d+)")).match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace

class TestCliNeuralModels : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;
    QSet<QString> customers_; // the fixture's customer ids

    // A prediction as of 1997-12-31 with a 26-week horizon; `extra` defaults to 3 epochs.
    ProcessResult predict(const QString &model, const QString &csv,
                          const QStringList &extra = {QStringLiteral("--param"), QStringLiteral("epochs=3")})
    {
        return runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--project"), project_,
                                  QStringLiteral("--model"), model, QStringLiteral("--as-of"),
                                  QStringLiteral("1997-12-31"), QStringLiteral("--horizon"), QStringLiteral("26w"),
                                  QStringLiteral("--out"), dir_.filePath(csv)} +
                      extra);
    }

private slots:
    void initTestCase()
    {
        project_ = dir_.filePath(QStringLiteral("cdnow300.ltv"));
        const QString fixture = dataPath(QStringLiteral("cdnow_first_300_customers.txt"));
        const auto imported = importIntoProject(fixture, project_);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QStringList lines = readLines(fixture);
        for (qsizetype i = 1; i < lines.size(); ++i)
            customers_.insert(lines[i].simplified().section(QLatin1Char(' '), 0, 0));
        QCOMPARE(customers_.size(), 300);
    }

    void fitPredictAndReload_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("cnn") << QStringLiteral("cnn");
        QTest::newRow("gru") << QStringLiteral("gru");
        QTest::newRow("mlp-ziln") << QStringLiteral("mlp-ziln");
    }

    void fitPredictAndReload()
    {
        QFETCH(QString, model);
        const auto fit =
            runCli({QStringLiteral("fit"), QStringLiteral("--project"), project_, QStringLiteral("--model"), model,
                    QStringLiteral("--calibration-end"), QStringLiteral("1997-12-31"), QStringLiteral("--horizon"),
                    QStringLiteral("26w"), QStringLiteral("--param"), QStringLiteral("epochs=3")});
        QVERIFY2(fit.exitCode == 0, qPrintable(fit.err + fit.out));
        QVERIFY2(fit.out.contains(QLatin1String("3 epochs, best validation loss")), qPrintable(fit.out));
        QVERIFY(fit.out.contains(QLatin1String("training features up to 1997-07-02")));
        const qint64 fitted = modelNumber(fit.out, QStringLiteral("Saved model"), model);
        QVERIFY2(fitted > 0, qPrintable(fit.out));
        {
            store::Project project = store::Project::open(project_, false);
            const std::optional<store::SavedModel> saved = store::ModelStore(project.database()).find(fitted);
            QVERIFY(saved.has_value());
            QCOMPARE(saved->modelId, model);
            QCOMPARE(saved->options.value(QStringLiteral("epochs")).toInt(), 3);
            QCOMPARE(saved->training.value(QStringLiteral("horizonDays")).toInt(), 182);
            QVERIFY(saved->training.value(QStringLiteral("sequences")).toString().contains(QLatin1String("12")));
        }

        // The model `ltv fit` saved serves the prediction.
        const QString savedCsv = model + QStringLiteral("-saved.csv");
        const auto fromFit = predict(model, savedCsv);
        QVERIFY2(fromFit.exitCode == 0, qPrintable(fromFit.err));
        QVERIFY2(fromFit.out.contains(QStringLiteral("Using saved model #%1 (%2").arg(fitted).arg(model)),
                 qPrintable(fromFit.out));
        QVERIFY(fromFit.out.contains(QLatin1String("Customers: 300")));
        QVERIFY(fromFit.out.contains(QLatin1String("P(alive) is not modelled")));
        const QStringList lines = readLines(dir_.filePath(savedCsv));
        QCOMPARE(lines.size(), 301);
        QCOMPARE(
            lines.first(),
            QStringLiteral("customer_id,expected_purchases,p_alive,expected_spend,predicted_ltv,churn_probability"));
        QSet<QString> ids;
        QSet<QString> distinctLtv;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList row = lines[i].split(QLatin1Char(','));
            QCOMPARE(row.size(), 6);
            ids.insert(row[0]);
            // The networks predict horizon revenue and P(no purchase) only.
            QVERIFY(row[1].isEmpty() && row[2].isEmpty() && row[3].isEmpty());
            bool okLtv = false, okChurn = false;
            const double ltv = row[4].toDouble(&okLtv);
            const double churn = row[5].toDouble(&okChurn);
            QVERIFY2(okLtv && std::isfinite(ltv) && ltv >= 0.0, qPrintable(lines[i]));
            QVERIFY2(okChurn && churn >= 0.0 && churn <= 1.0, qPrintable(lines[i]));
            distinctLtv.insert(row[4]);
        }
        QCOMPARE(ids, customers_);
        QVERIFY2(distinctLtv.size() > 100, "the network must rank customers, not predict a constant");

        // A fresh fit of the same request (--refit) predicts with the network in
        // memory; training is seeded, so it matches the one `ltv fit` saved.
        const QString freshCsv = model + QStringLiteral("-fresh.csv");
        const auto fresh = predict(model, freshCsv,
                                   {QStringLiteral("--param"), QStringLiteral("epochs=3"), QStringLiteral("--refit")});
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err));
        const qint64 refitted = modelNumber(fresh.out, QStringLiteral("Saved model"), model);
        QVERIFY2(refitted > fitted, qPrintable(fresh.out));
        QCOMPARE(readLines(dir_.filePath(freshCsv)), lines);

        // The next prediction reloads that network from the project: identical output.
        const QString reloadedCsv = model + QStringLiteral("-reloaded.csv");
        const auto reloaded = predict(model, reloadedCsv);
        QVERIFY2(reloaded.exitCode == 0, qPrintable(reloaded.err));
        QVERIFY2(reloaded.out.contains(QStringLiteral("Using saved model #%1 (%2").arg(refitted).arg(model)),
                 qPrintable(reloaded.out));
        QCOMPARE(readLines(dir_.filePath(reloadedCsv)), readLines(dir_.filePath(freshCsv)));

        // Bit for bit: the stored prediction runs hold the doubles themselves.
        store::Project project = store::Project::open(project_, false);
        store::ModelStore store(project.database());
        const std::optional<store::PredictionRun> a = store.predictionRun(predictionRunNumber(fresh.out));
        const std::optional<store::PredictionRun> b = store.predictionRun(predictionRunNumber(reloaded.out));
        QVERIFY(a && b);
        QCOMPARE(a->modelRowId, refitted);
        QCOMPARE(b->modelRowId, refitted);
        QCOMPARE(a->customerIds.size(), 300);
        QCOMPARE(b->customerIds, a->customerIds);
        QCOMPARE(a->columns.keys(), (QStringList{QStringLiteral("churn_probability"), QStringLiteral("ltv")}));
        for (const QString &column : a->columns.keys())
            QVERIFY2(b->columns.value(column) == a->columns.value(column), qPrintable(column));
    }

    void otherParametersNeedAnotherFit()
    {
        const auto first = predict(QStringLiteral("gru"), QStringLiteral("gru-4.csv"),
                                   {QStringLiteral("--param"), QStringLiteral("epochs=4")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QLatin1String("does not suit this request (it was fitted with epochs=3, not 4)")),
                 qPrintable(first.out));
        QVERIFY(modelNumber(first.out, QStringLiteral("Saved model"), QStringLiteral("gru")) > 0);
    }

    void badParametersAreUsageErrors()
    {
        const auto unknown = predict(QStringLiteral("cnn"), QStringLiteral("x.csv"),
                                     {QStringLiteral("--param"), QStringLiteral("epoch=3")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("\"epoch\" is not a parameter of cnn (epochs,")),
                 qPrintable(unknown.err));
        const auto range = predict(QStringLiteral("cnn"), QStringLiteral("x.csv"),
                                   {QStringLiteral("--param"), QStringLiteral("kernel=0")});
        QCOMPARE(range.exitCode, 2);
        QVERIFY2(range.err.contains(QLatin1String("kernel must be at least 1")), qPrintable(range.err));
        const auto type = predict(QStringLiteral("mlp-ziln"), QStringLiteral("x.csv"),
                                  {QStringLiteral("--param"), QStringLiteral("loss=hinge")});
        QCOMPARE(type.exitCode, 2);
        QVERIFY2(type.err.contains(QLatin1String("loss must be one of ziln, mse")), qPrintable(type.err));
        const auto twice = predict(QStringLiteral("cnn"), QStringLiteral("x.csv"),
                                   {QStringLiteral("--param"), QStringLiteral("epochs=3"), QStringLiteral("--param"),
                                    QStringLiteral("epochs=5")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(QLatin1String("epochs is given twice")), qPrintable(twice.err));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCliNeuralModels)
#include "tst_cli_neural_models.moc"
