// `ltv evaluate --param MODEL.NAME=VALUE` on a small project (the first 300
// CDNOW customers): the options reach the named model (and auto's
// candidates), and bad items are usage errors naming what is wrong.

#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv::test;

class TestCliEvaluateParams : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

    ProcessResult evaluate(const QString &models, const QStringList &params)
    {
        QStringList args{QStringLiteral("evaluate"),
                         QStringLiteral("--project"),
                         project_,
                         QStringLiteral("--calibration-end"),
                         QStringLiteral("1997-12-31"),
                         QStringLiteral("--horizon"),
                         QStringLiteral("26w"),
                         QStringLiteral("--models"),
                         models};
        for (const QString &p : params)
            args << QStringLiteral("--param") << p;
        return runCli(args);
    }

private slots:
    void initTestCase()
    {
        project_ = dir_.filePath(QStringLiteral("cdnow300.ltv"));
        const auto imported = importIntoProject(dataPath(QStringLiteral("cdnow_first_300_customers.txt")), project_);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void optionsReachTheirModel()
    {
        const auto r = evaluate(QStringLiteral("linear,cnn,auto"),
                                {QStringLiteral("cnn.epochs=3"), QStringLiteral("auto.candidates=linear,cnn"),
                                 QStringLiteral("auto.cnn.epochs=2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("cnn: 3 epochs, best validation loss")), qPrintable(r.out));
        // auto validated exactly its two candidates, the network on its sequences.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                     "auto: Chose \\w+ by validation normalized Gini on the training window \\(linear "
                     "gini -?\\d\\.\\d{4} mae \\d+\\.\\d+; cnn gini -?\\d\\.\\d{4} mae \\d+\\.\\d+\\)"))),
                 qPrintable(r.out));
    }

    void badItemsAreUsageErrors_data()
    {
        QTest::addColumn<QString>("models");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        QTest::newRow("no model prefix") << QStringLiteral("cnn") << QStringLiteral("epochs=3")
                                         << QStringLiteral("takes MODEL.NAME=VALUE here, not \"epochs=3\"");
        QTest::newRow("model not evaluated") << QStringLiteral("linear") << QStringLiteral("cnn.epochs=3")
                                             << QStringLiteral("names cnn, which is not among --models");
        QTest::newRow("unknown name") << QStringLiteral("cnn") << QStringLiteral("cnn.epoch=3")
                                      << QStringLiteral("\"cnn.epoch\" is not a parameter of cnn");
        QTest::newRow("out of range") << QStringLiteral("cnn,auto") << QStringLiteral("auto.cnn.kernel=0")
                                      << QStringLiteral("auto.cnn.kernel must be at least 1");
        QTest::newRow("not a number") << QStringLiteral("xgboost") << QStringLiteral("xgboost.eta=fast")
                                      << QStringLiteral("xgboost.eta must be a number");
    }

    void badItemsAreUsageErrors()
    {
        QFETCH(QString, models);
        QFETCH(QString, param);
        QFETCH(QString, message);
        const auto r = evaluate(models, {param});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluateParams)
#include "tst_cli_evaluate_params.moc"
