// `ltv fit` saves BTYD and ML models into the project; `ltv predict` uses the
// saved model when it suits the request (and says so), fits and saves one
// otherwise, and stores every prediction run in the project.

#include "TestSupport.h"

#include "store/ModelStore.h"
#include "store/Project.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;
using namespace ltv::test;

class TestCliModels : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

    ProcessResult predict(const QString &model, const QString &horizon, const QString &csv,
                          const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--project"), project_,
                                  QStringLiteral("--model"), model, QStringLiteral("--as-of"),
                                  QStringLiteral("1997-09-30"), QStringLiteral("--horizon"), horizon,
                                  QStringLiteral("--out"), dir_.filePath(csv)} +
                      extra);
    }

private slots:
    void initTestCase()
    {
        project_ = dir_.filePath(QStringLiteral("cdnow.ltv"));
        const auto imported = importIntoProject(dataPath(QStringLiteral("CDNOW_master.txt")), project_);
        QCOMPARE(imported.exitCode, 0);
    }

    void fitSavesAnMlModelThatPredictUses()
    {
        const auto fit =
            runCli({QStringLiteral("fit"), QStringLiteral("--project"), project_, QStringLiteral("--model"),
                    QStringLiteral("linear"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                    QStringLiteral("--horizon"), QStringLiteral("13w")});
        QVERIFY2(fit.exitCode == 0, qPrintable(fit.err));
        QVERIFY2(fit.out.contains(QLatin1String("Saved model #1 (linear)")), qPrintable(fit.out));
        QVERIFY(fit.out.contains(QLatin1String("training features up to 1997-07-01")));
        QVERIFY(fit.out.contains(QRegularExpression(QStringLiteral("\\nltv:intercept\\s+\\d"))));
        // The automatic protocol took the shifted window (13 weeks of history before the cut); the saved
        // model records the protocol it was trained with, never "auto".
        QVERIFY2(fit.out.contains(QLatin1String("Training protocol: shifted window (chosen automatically: ")),
                 qPrintable(fit.out));
        {
            store::Project project = store::Project::open(project_, false);
            const std::optional<store::SavedModel> record =
                store::ModelStore(project.database()).latest(QStringLiteral("linear"));
            QVERIFY(record);
            QCOMPARE(record->training.value(QStringLiteral("protocol")).toString(), QStringLiteral("shifted"));
            QVERIFY(record->training.value(QStringLiteral("protocolChosenAutomatically")).toBool());
            QVERIFY(record->training.value(QStringLiteral("protocolReason")).toString().contains(u"1997-07-01"));
        }

        const auto saved = predict(QStringLiteral("linear"), QStringLiteral("13w"), QStringLiteral("saved.csv"));
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY2(saved.out.contains(QLatin1String("Using saved model #1 (linear")), qPrintable(saved.out));
        QVERIFY(saved.out.contains(QLatin1String("Saved prediction run #")));
        QVERIFY(saved.out.contains(QLatin1String("P(alive) is not modelled")));
        QVERIFY(!saved.out.contains(QLatin1String("Annual discount rate")));
        const QStringList lines = readLines(dir_.filePath(QStringLiteral("saved.csv")));
        QCOMPARE(lines.size(), 23571);
        QCOMPARE(
            lines.first(),
            QStringLiteral("customer_id,expected_purchases,p_alive,expected_spend,predicted_ltv,churn_probability"));
        for (qsizetype i = 1; i < lines.size(); i += 997) {
            const QStringList row = lines[i].split(QLatin1Char(','));
            QCOMPARE(row.size(), 6);
            QVERIFY(row[2].isEmpty()); // no P(alive) in an ML model
            bool ok = false;
            const double churn = row[5].toDouble(&ok);
            QVERIFY(ok && churn > 0.0 && churn < 1.0);
            QVERIFY(row[4].toDouble(&ok) >= 0.0 && ok);
        }

        // A fresh fit of the same request predicts the same: the saved model is that model.
        const auto refit = predict(QStringLiteral("linear"), QStringLiteral("13w"), QStringLiteral("refit.csv"),
                                   {QStringLiteral("--refit")});
        QVERIFY2(refit.exitCode == 0, qPrintable(refit.err));
        QVERIFY(refit.out.contains(QLatin1String("Saved model #2 (linear)")));
        QCOMPARE(readLines(dir_.filePath(QStringLiteral("refit.csv"))), lines);

        // Another horizon needs another model: it is fitted and saved, and says why.
        const auto other = predict(QStringLiteral("linear"), QStringLiteral("26w"), QStringLiteral("26w.csv"));
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QVERIFY2(other.out.contains(QLatin1String("does not suit this request (it was trained for a horizon of 91 "
                                                  "days, not 182)")),
                 qPrintable(other.out));
        QVERIFY(other.out.contains(QLatin1String("Saved model #3 (linear)")));
    }

    void predictFitsAndSavesABtydModelOnce()
    {
        const auto first = predict(QStringLiteral("pnbd"), QStringLiteral("39w"), QStringLiteral("p1.csv"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QLatin1String("No saved pnbd model in the project: fitting one.")),
                 qPrintable(first.out));
        const QRegularExpressionMatch saved =
            QRegularExpression(QStringLiteral("Saved model #(\\d+) \\(pnbd\\)")).match(first.out);
        QVERIFY(saved.hasMatch());
        const auto second = predict(QStringLiteral("pnbd"), QStringLiteral("39w"), QStringLiteral("p2.csv"));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("Using saved model #%1 (pnbd").arg(saved.captured(1))),
                 qPrintable(second.out));
        const QStringList a = readLines(dir_.filePath(QStringLiteral("p1.csv")));
        QCOMPARE(a.size(), 23571);
        QCOMPARE(readLines(dir_.filePath(QStringLiteral("p2.csv"))), a);
        const QStringList row = a[1].split(QLatin1Char(','));
        QVERIFY(row[2].toDouble() > 0.0 && row[2].toDouble() <= 1.0); // P(alive) present
        QVERIFY(second.out.contains(QLatin1String("Annual discount rate: 0.000000")));

        // Each prediction is a stored run naming its model, one row per customer.
        store::Project project = store::Project::open(project_, false);
        store::ModelStore models(project.database());
        const std::int64_t lastRun = project.database().scalarInt("SELECT max(id) FROM runs");
        const std::optional<store::PredictionRun> run = models.predictionRun(lastRun);
        QVERIFY(run.has_value());
        QCOMPARE(run->modelRowId, saved.captured(1).toLongLong());
        QCOMPARE(run->customerIds.size(), 23570);
        QCOMPARE(run->options.value(QStringLiteral("asOf")).toString(), QStringLiteral("1997-09-30"));
        QCOMPARE(models.find(run->modelRowId)->training.value(QStringLiteral("calibrationEnd")).toString(),
                 QStringLiteral("1997-09-30"));
    }

    void fitSavesABtydModel()
    {
        const auto fit =
            runCli({QStringLiteral("fit"), QStringLiteral("--project"), project_, QStringLiteral("--model"),
                    QStringLiteral("bgnbd"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
        QVERIFY2(fit.exitCode == 0, qPrintable(fit.err));
        QVERIFY(fit.out.contains(QRegularExpression(QStringLiteral("Saved model #\\d+ \\(bgnbd\\) in "))));
        const auto unsaved =
            runCli({QStringLiteral("fit"), QStringLiteral("--project"), project_, QStringLiteral("--model"),
                    QStringLiteral("bgnbd"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                    QStringLiteral("--no-save")});
        QCOMPARE(unsaved.exitCode, 0);
        QVERIFY(!unsaved.out.contains(QLatin1String("Saved model")));
        store::Project project = store::Project::open(project_, false);
        QCOMPARE(store::ModelStore(project.database()).list(QStringLiteral("bgnbd")).size(), 1);
    }

    void demoDataIsNotSavedAndBadOptionsAreUsageErrors()
    {
        const auto demo = runCli({QStringLiteral("fit"), QStringLiteral("--demo"), QStringLiteral("--model"),
                                  QStringLiteral("linear"), QStringLiteral("--calibration-end"),
                                  QStringLiteral("1997-09-30"), QStringLiteral("--horizon"), QStringLiteral("13w")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QLatin1String("Not saved: the demo data has no project file.")));
        // The shifted window of a 39-week horizon has nothing before the cohort's first purchase: named
        // explicitly it fails, and the automatic default trains on the customer split instead.
        const auto empty =
            runCli({QStringLiteral("fit"), QStringLiteral("--demo"), QStringLiteral("--model"),
                    QStringLiteral("linear"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                    QStringLiteral("--protocol"), QStringLiteral("shifted")});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.err.contains(QLatin1String("nothing to train on")));
        const auto automatic =
            runCli({QStringLiteral("fit"), QStringLiteral("--demo"), QStringLiteral("--model"),
                    QStringLiteral("linear"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
        QVERIFY2(automatic.exitCode == 0, qPrintable(automatic.err));
        QVERIFY2(automatic.out.contains(QLatin1String(
                     "Training protocol: customer split (chosen automatically: the shifted window's training cut "
                     "1996-12-31 is before the first purchase 1997-01-01)")),
                 qPrintable(automatic.out));
        const auto fraction =
            runCli({QStringLiteral("fit"), QStringLiteral("--demo"), QStringLiteral("--model"),
                    QStringLiteral("linear"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                    QStringLiteral("--test-fraction"), QStringLiteral("2")});
        QCOMPARE(fraction.exitCode, 2);
        QVERIFY(fraction.err.contains(QLatin1String("--test-fraction")));
        const auto unknown = predict(QStringLiteral("nosuchmodel"), QStringLiteral("13w"), QStringLiteral("n.csv"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("xgboost")));
    }
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "tst_cli_models.moc"
