// The automatic training protocol from the command line: `ltv evaluate` on
// the CDNOW demo takes the customer split at 39 weeks (the shifted window's
// cut is before the first purchase) and the shifted window at 13 weeks, says
// which and why, and gives the numbers of a run that names that protocol.
// A named shifted window at 39 weeks still fails. `ltv report` names the
// resolved protocol in its output and its Settings table, in English and
// Chinese, and lists the models by their display names.

#include "DemoProjectFixture.h"
#include "TestSupport.h"

#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using ltv::test::runCli;

namespace {

const QString kCustomerSplitChoice = QStringLiteral(
    "customer split (chosen automatically: the shifted window's training cut 1996-12-31 is before the first "
    "purchase 1997-01-01)");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The "models" rows of two leaderboards hold the same models with the same metric values.
bool sameMetrics(const QJsonObject &a, const QJsonObject &b, QString *why)
{
    const QJsonArray x = a.value(QStringLiteral("models")).toArray();
    const QJsonArray y = b.value(QStringLiteral("models")).toArray();
    if (x.isEmpty() || x.size() != y.size()) {
        *why = QStringLiteral("%1 vs %2 models").arg(x.size()).arg(y.size());
        return false;
    }
    for (qsizetype i = 0; i < x.size(); ++i) {
        const QJsonObject rx = x.at(i).toObject();
        const QJsonObject ry = y.at(i).toObject();
        if (rx.value(QStringLiteral("model")) != ry.value(QStringLiteral("model"))) {
            *why = QStringLiteral("row %1 names another model").arg(i);
            return false;
        }
        const QJsonObject mx = rx.value(QStringLiteral("leaderboard")).toObject();
        const QJsonObject my = ry.value(QStringLiteral("leaderboard")).toObject();
        if (mx.isEmpty() || mx.keys() != my.keys()) {
            *why = QStringLiteral("row %1 has other metrics").arg(i);
            return false;
        }
        for (const QString &key : mx.keys())
            if (mx.value(key) != my.value(key)) {
                *why = QStringLiteral("%1 %2: %3 vs %4")
                           .arg(rx.value(QStringLiteral("model")).toString(), key)
                           .arg(mx.value(key).toDouble())
                           .arg(my.value(key).toDouble());
                return false;
            }
    }
    return true;
}

QStringList evaluateArgs(const QString &horizon, const QString &json)
{
    return {QStringLiteral("evaluate"), QStringLiteral("--demo"),       QStringLiteral("--horizon"), horizon,
            QStringLiteral("--models"), QStringLiteral("bgnbd,linear"), QStringLiteral("--out"),     json};
}

} // namespace

class TestCliProtocolAuto : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = ltv::test::buildDemoProjectIn(dir_);
    }

    void evaluateAt39WeeksTakesTheCustomerSplit()
    {
        const QString autoJson = dir_.filePath(QStringLiteral("auto39.json"));
        const auto automatic = runCli(evaluateArgs(QStringLiteral("39w"), autoJson));
        QVERIFY2(automatic.exitCode == 0, qPrintable(automatic.err));
        QVERIFY2(automatic.out.contains(QStringLiteral("Training protocol: ") + kCustomerSplitChoice),
                 qPrintable(automatic.out));
        const QJsonObject a = readJson(autoJson);
        const QJsonObject context = a.value(QStringLiteral("context")).toObject();
        QCOMPARE(context.value(QStringLiteral("protocol")).toString(), QStringLiteral("customer-split"));
        QVERIFY(context.value(QStringLiteral("protocolChosenAutomatically")).toBool());
        QCOMPARE(context.value(QStringLiteral("protocolText")).toString(), kCustomerSplitChoice);
        const QJsonArray rows = a.value(QStringLiteral("models")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("linear"));

        const QString namedJson = dir_.filePath(QStringLiteral("named39.json"));
        const auto named = runCli(evaluateArgs(QStringLiteral("39w"), namedJson) +
                                  QStringList{QStringLiteral("--protocol"), QStringLiteral("customer-split")});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QVERIFY(named.out.contains(QStringLiteral("Training protocol: customer split\n")));
        QString why;
        QVERIFY2(sameMetrics(a, readJson(namedJson), &why), qPrintable(why));
    }

    void evaluateAt13WeeksTakesTheShiftedWindow()
    {
        const QString autoJson = dir_.filePath(QStringLiteral("auto13.json"));
        const auto automatic = runCli(evaluateArgs(QStringLiteral("13w"), autoJson));
        QVERIFY2(automatic.exitCode == 0, qPrintable(automatic.err));
        QVERIFY2(automatic.out.contains(QStringLiteral("Training protocol: shifted window (chosen automatically: the "
                                                       "shifted window's training cut 1997-07-01 leaves 2357 "
                                                       "customers with history")),
                 qPrintable(automatic.out));
        const QJsonObject a = readJson(autoJson);
        QCOMPARE(a.value(QStringLiteral("context")).toObject().value(QStringLiteral("protocol")).toString(),
                 QStringLiteral("shifted"));

        const QString namedJson = dir_.filePath(QStringLiteral("named13.json"));
        const auto named = runCli(evaluateArgs(QStringLiteral("13w"), namedJson) +
                                  QStringList{QStringLiteral("--protocol"), QStringLiteral("shifted")});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QString why;
        QVERIFY2(sameMetrics(a, readJson(namedJson), &why), qPrintable(why));
    }

    void namedShiftedWindowAt39WeeksStillFails()
    {
        const auto r = runCli(evaluateArgs(QStringLiteral("39w"), dir_.filePath(QStringLiteral("shifted39.json"))) +
                              QStringList{QStringLiteral("--protocol"), QStringLiteral("shifted")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("linear was not fitted")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing to train on")));
        QVERIFY(r.out.contains(QStringLiteral("Training protocol: shifted window\n")));
        const auto bad = runCli({QStringLiteral("evaluate"), QStringLiteral("--demo"), QStringLiteral("--protocol"),
                                 QStringLiteral("sometimes")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("auto, shifted or customer-split")));
    }

    void predictResolvesTheProtocolOnItsOwnCut()
    {
        // As of the last day with a 26-week horizon, the shifted window has history: it is used.
        const QString csv = dir_.filePath(QStringLiteral("p.csv"));
        const auto ok = runCli({QStringLiteral("predict"), QStringLiteral("--demo"), QStringLiteral("--model"),
                                QStringLiteral("linear"), QStringLiteral("--as-of"), QStringLiteral("1998-06-30"),
                                QStringLiteral("--horizon"), QStringLiteral("26w"), QStringLiteral("--out"), csv});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("Training protocol: shifted window (chosen automatically: the shifted "
                                                "window's training cut 1997-12-30 leaves 2357 customers")),
                 qPrintable(ok.out));
        // With a 78-week horizon the cut is before the first purchase, and the customer split would need
        // outcomes after the last day: no protocol can train, and the message says why.
        const auto none = runCli({QStringLiteral("predict"), QStringLiteral("--demo"), QStringLiteral("--model"),
                                  QStringLiteral("linear"), QStringLiteral("--as-of"), QStringLiteral("1998-06-30"),
                                  QStringLiteral("--horizon"), QStringLiteral("78w"), QStringLiteral("--out"),
                                  dir_.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no protocol can train here: the shifted window's training cut "
                                                  "1996-12-31 is before the first purchase 1997-01-01")),
                 qPrintable(none.err));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("none.csv"))));
    }

    void reportNamesTheResolvedProtocolAndModels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("protocolRow");
        QTest::addColumn<QString>("forwardModel");
        QTest::addColumn<QString>("modelsRow");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("Training protocol</td><td>") + kCustomerSplitChoice +
                                   QStringLiteral("</td>")
                            << QStringLiteral("Model of the forward predictions</td><td>BG/NBD</td>")
                            << QStringLiteral(
                                   "Models compared</td><td>BG/NBD, Pareto/NBD, Linear (ridge) regression</td>");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringLiteral("训练方案</td><td>按客户划分（自动选择：平移时间窗的训练截止日 "
                                                 "1996-12-31 早于首次购买 1997-01-01）</td>")
                               << QStringLiteral("前瞻预测所用模型</td><td>BG/NBD 模型</td>")
                               << QStringLiteral(
                                      "比较的模型</td><td>BG/NBD 模型、Pareto/NBD 模型、线性（岭）回归</td>");
    }

    void reportNamesTheResolvedProtocolAndModels()
    {
        QFETCH(QString, language);
        QFETCH(QString, protocolRow);
        QFETCH(QString, forwardModel);
        QFETCH(QString, modelsRow);
        const QString html = dir_.filePath(QStringLiteral("html-") + language);
        const auto r =
            runCli({QStringLiteral("report"), QStringLiteral("--project"), project_, QStringLiteral("--html"), html,
                    QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"), QStringLiteral("--horizon"),
                    QStringLiteral("39w"), QStringLiteral("--models"), QStringLiteral("bgnbd,pnbd,linear"),
                    QStringLiteral("--lang"), language},
                   300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Training protocol: ")), qPrintable(r.out));
        QFile file(html + QStringLiteral("/index.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY2(page.contains(protocolRow), qPrintable(page.mid(page.lastIndexOf(QStringLiteral("<h1")))));
        QVERIFY(page.contains(forwardModel));
        // The models by the names the leaderboard shows, never their ids, anywhere in the report.
        QVERIFY(page.contains(modelsRow));
        QVERIFY(!page.contains(QStringLiteral("bgnbd")));
        QVERIFY(!page.contains(QStringLiteral("pnbd")));
        // The ML model has its leaderboard rows: three tables, each with a row of its own.
        const QString linearName = modelsRow.section(QStringLiteral("</td><td>"), 1)
                                       .section(QStringLiteral("</td>"), 0, 0)
                                       .section(language == u"en" ? QStringLiteral(", ") : QStringLiteral("、"), 2);
        QCOMPARE(page.count(QStringLiteral(">") + linearName + QStringLiteral("<")), 3);
    }

private:
    QTemporaryDir dir_;
    QString project_;
};

QTEST_GUILESS_MAIN(TestCliProtocolAuto)
#include "tst_cli_protocol_auto.moc"
