// `ltv evaluate` with the neural networks next to BG/NBD and XGBoost: the
// first 500 customers of the CDNOW master file, shifted window with a 26-week
// horizon (training features as of 1997-07-02), every model in the leaderboard.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ltv::test;

namespace {

// The header and every line of customers 1..maxCustomer (the file is sorted by customer).
bool writeCdnowHead(const QString &path, int maxCustomer)
{
    QFile in(dataPath(QStringLiteral("CDNOW_master.txt")));
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    out.write(in.readLine());
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line.simplified().split(' ').value(0).toInt() > maxCustomer)
            break;
        out.write(line);
    }
    return true;
}

} // namespace

class TestCliEvaluateNeural : public QObject
{
    Q_OBJECT
private slots:
    void listsEveryModel()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("cdnow500.txt"));
        QVERIFY(writeCdnowHead(csv, 500));
        const QString project = dir.filePath(QStringLiteral("cdnow500.ltv"));
        const auto imported = importIntoProject(csv, project);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const QString json = dir.filePath(QStringLiteral("metrics.json"));
        const QStringList ids{QStringLiteral("bgnbd"), QStringLiteral("xgboost"), QStringLiteral("mlp-ziln"),
                              QStringLiteral("cnn"), QStringLiteral("gru")};
        const auto r = runCli({QStringLiteral("evaluate"), QStringLiteral("--project"), project,
                               QStringLiteral("--calibration-end"), QStringLiteral("1997-12-31"),
                               QStringLiteral("--horizon"), QStringLiteral("26w"), QStringLiteral("--models"),
                               ids.join(QLatin1Char(',')), QStringLiteral("--out"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QLatin1String("Activity sequences")));
        // One leaderboard line per model (matched whole), in the requested order.
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        qsizetype previous = -1;
        for (const QString &id : ids) {
            const qsizetype at = lines.indexOf(QRegularExpression(QStringLiteral("%1\\s.*").arg(id)));
            QVERIFY2(at > previous, qPrintable(id + QLatin1Char('\n') + r.out));
            previous = at;
        }

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("context")).toObject().value(QStringLiteral("protocol")).toString(),
                 QStringLiteral("shifted"));
        const QJsonArray models = root.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), ids.size());
        for (qsizetype m = 0; m < ids.size(); ++m) {
            const QJsonObject model = models.at(m).toObject();
            QCOMPARE(model.value(QStringLiteral("model")).toString(), ids[m]);
            const QJsonObject board = model.value(QStringLiteral("leaderboard")).toObject();
            // Every model separates churners better than chance and ranks the
            // holdout value (BG/NBD included: this subset fits a + b < 1).
            const double auc = board.value(QStringLiteral("churn_auc")).toDouble();
            QVERIFY2(auc > 0.65, qPrintable(ids[m] + QString::number(auc)));
            const double gini = board.value(QStringLiteral("gini")).toDouble();
            QVERIFY2(gini > 0.5, qPrintable(ids[m] + QString::number(gini)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluateNeural)
#include "tst_cli_evaluate_neural.moc"
