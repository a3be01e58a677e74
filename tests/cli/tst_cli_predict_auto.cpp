// `ltv predict --model auto` on a small project (the first 300 CDNOW
// customers): the first call chooses, fits and saves a model; the second one
// reuses that saved model and writes the same predictions.

#include "TestSupport.h"

#include "store/ModelStore.h"
#include "store/Project.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ltv;
using namespace ltv::test;

namespace {

qint64 captured(const QString &pattern, const QString &text)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// Equal values, NaN (not stored) matching NaN.
bool sameColumns(const QMap<QString, std::vector<double>> &a, const QMap<QString, std::vector<double>> &b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const std::vector<double> &x = it.value(), &y = b.value(it.key());
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!(x[i] == y[i] || (std::isnan(x[i]) && std::isnan(y[i]))))
                return false;
    }
    return true;
}

} // namespace

class TestCliPredictAuto : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

    ProcessResult predictAuto(const QString &csv)
    {
        return runCli({QStringLiteral("predict"), QStringLiteral("--project"), project_, QStringLiteral("--model"),
                       QStringLiteral("auto"), QStringLiteral("--as-of"), QStringLiteral("1997-12-31"),
                       QStringLiteral("--horizon"), QStringLiteral("26w"), QStringLiteral("--out"),
                       dir_.filePath(csv)});
    }

private slots:
    void initTestCase()
    {
        project_ = dir_.filePath(QStringLiteral("cdnow300.ltv"));
        const auto imported = importIntoProject(dataPath(QStringLiteral("cdnow_first_300_customers.txt")), project_);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void fitsAndSavesOnceThenReuses()
    {
        const auto first = predictAuto(QStringLiteral("first.csv"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QLatin1String("No saved auto model in the project: fitting one.")),
                 qPrintable(first.out));
        const qint64 saved = captured(QStringLiteral("Saved model #(\\d+) \\(auto\\) in "), first.out);
        QVERIFY2(saved > 0, qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1String("Chosen model: ")));

        const auto second = predictAuto(QStringLiteral("second.csv"));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("Using saved model #%1 (auto, fitted ").arg(saved)),
                 qPrintable(second.out));
        QVERIFY(!second.out.contains(QLatin1String("Saved model #")));
        // The reloaded model chose the same candidate.
        const QRegularExpression chosen(QStringLiteral("Chosen model: (\\S+)"));
        QCOMPARE(chosen.match(second.out).captured(1), chosen.match(first.out).captured(1));

        const QStringList a = readLines(dir_.filePath(QStringLiteral("first.csv")));
        QCOMPARE(a.size(), 301); // header + one row per customer
        QCOMPARE(readLines(dir_.filePath(QStringLiteral("second.csv"))), a);
        for (qsizetype i = 1; i < a.size(); ++i) {
            bool ok = false;
            const double ltv = a[i].split(QLatin1Char(',')).value(4).toDouble(&ok);
            QVERIFY2(ok && std::isfinite(ltv) && ltv >= 0.0, qPrintable(a[i]));
        }

        // Both runs are stored against the one saved model, with equal values.
        store::Project project = store::Project::open(project_, false);
        store::ModelStore models(project.database());
        QCOMPARE(models.list(QStringLiteral("auto")).size(), 1);
        const auto r1 = models.predictionRun(captured(QStringLiteral("Saved prediction run #(\\d+)"), first.out));
        const auto r2 = models.predictionRun(captured(QStringLiteral("Saved prediction run #(\\d+)"), second.out));
        QVERIFY(r1 && r2 && r1->runId != r2->runId);
        QCOMPARE(r1->modelRowId, saved);
        QCOMPARE(r2->modelRowId, saved);
        QCOMPARE(r2->customerIds, r1->customerIds);
        QVERIFY(r1->columns.contains(QStringLiteral("ltv")));
        QVERIFY(sameColumns(r1->columns, r2->columns));
    }

    // A network among auto's candidates is cross-validated on its activity
    // sequences like the other candidates (a finite validation Gini).
    void validatesNeuralCandidates()
    {
        const auto fit =
            runCli({QStringLiteral("fit"), QStringLiteral("--project"), project_, QStringLiteral("--model"),
                    QStringLiteral("auto"), QStringLiteral("--calibration-end"), QStringLiteral("1997-12-31"),
                    QStringLiteral("--horizon"), QStringLiteral("26w"), QStringLiteral("--param"),
                    QStringLiteral("candidates=linear,cnn"), QStringLiteral("--param"), QStringLiteral("cnn.epochs=2"),
                    QStringLiteral("--no-save")});
        QVERIFY2(fit.exitCode == 0, qPrintable(fit.err));
        QVERIFY2(fit.out.contains(QRegularExpression(QStringLiteral("linear gini -?\\d\\.\\d{4} mae \\d"))),
                 qPrintable(fit.out));
        QVERIFY2(fit.out.contains(QRegularExpression(QStringLiteral("cnn gini -?\\d\\.\\d{4} mae \\d"))),
                 qPrintable(fit.out));
    }
};

QTEST_GUILESS_MAIN(TestCliPredictAuto)
#include "tst_cli_predict_auto.moc"
