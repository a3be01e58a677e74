// The last day of history is --calibration-end in `ltv fit` and --as-of in
// `ltv predict`; each command also accepts the other spelling as an alias,
// documents both in --help, and refuses the two with different dates.

#include "TestSupport.h"

#include "store/ModelStore.h"
#include "store/Project.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;
using namespace ltv::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliCutOption : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

    ProcessResult fit(const QStringList &cut)
    {
        return runCli(QStringList{QStringLiteral("fit"), QStringLiteral("--project"), project_,
                                  QStringLiteral("--model"), QStringLiteral("bgnbd")} +
                      cut);
    }

    ProcessResult predict(const QStringList &cut, const QString &csv)
    {
        return runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--project"), project_,
                                  QStringLiteral("--model"), QStringLiteral("bgnbd"), QStringLiteral("--horizon"),
                                  QStringLiteral("26w"), QStringLiteral("--out"), dir_.filePath(csv)} +
                      cut);
    }

private slots:
    void initTestCase()
    {
        project_ = dir_.filePath(QStringLiteral("cdnow300.ltv"));
        const auto imported = importIntoProject(dataPath(QStringLiteral("cdnow_first_300_customers.txt")), project_);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void fitTakesAsOfAsAlias()
    {
        const auto main =
            fit({QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"), QStringLiteral("--no-save")});
        QVERIFY2(main.exitCode == 0, qPrintable(main.err));
        const auto alias = fit({QStringLiteral("--as-of"), QStringLiteral("1997-09-30")});
        QVERIFY2(alias.exitCode == 0, qPrintable(alias.err));
        QVERIFY(alias.out.contains(QLatin1String("calibration end 1997-09-30")));
        // Same fit: the parameter table and log-likelihood lines agree.
        const QRegularExpression ll(QStringLiteral("Log-likelihood: (\\S+)"));
        QVERIFY(ll.match(main.out).hasMatch());
        QCOMPARE(ll.match(alias.out).captured(1), ll.match(main.out).captured(1));
        store::Project project = store::Project::open(project_, false);
        const std::optional<store::SavedModel> saved =
            store::ModelStore(project.database()).latest(QStringLiteral("bgnbd"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->training.value(QStringLiteral("calibrationEnd")).toString(), QStringLiteral("1997-09-30"));
    }

    void predictTakesCalibrationEndAsAlias()
    {
        const auto main = predict({QStringLiteral("--as-of"), QStringLiteral("1997-09-30")}, QStringLiteral("a.csv"));
        QVERIFY2(main.exitCode == 0, qPrintable(main.err));
        const auto alias =
            predict({QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")}, QStringLiteral("b.csv"));
        QVERIFY2(alias.exitCode == 0, qPrintable(alias.err));
        QVERIFY2(alias.out.contains(QLatin1String("calibration end 1997-09-30")), qPrintable(alias.out));
        const QByteArray a = readAll(dir_.filePath(QStringLiteral("a.csv")));
        QVERIFY(a.count('\n') == 301);
        QCOMPARE(readAll(dir_.filePath(QStringLiteral("b.csv"))), a);
        // Both spellings with the same date are one request.
        const auto both = predict({QStringLiteral("--as-of"), QStringLiteral("1997-09-30"),
                                   QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")},
                                  QStringLiteral("c.csv"));
        QVERIFY2(both.exitCode == 0, qPrintable(both.err));
        QCOMPARE(readAll(dir_.filePath(QStringLiteral("c.csv"))), a);
        // A later cut is another summary: other predictions.
        const auto later =
            predict({QStringLiteral("--calibration-end"), QStringLiteral("1997-12-31")}, QStringLiteral("d.csv"));
        QVERIFY2(later.exitCode == 0, qPrintable(later.err));
        QVERIFY(readAll(dir_.filePath(QStringLiteral("d.csv"))) != a);
    }

    void differentDatesAreRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("fit") << QStringLiteral("fit");
        QTest::newRow("predict") << QStringLiteral("predict");
    }

    void differentDatesAreRefused()
    {
        QFETCH(QString, command);
        const QStringList cut{QStringLiteral("--as-of"), QStringLiteral("1997-09-30"),
                              QStringLiteral("--calibration-end"), QStringLiteral("1997-12-31")};
        const auto r = command == u"fit" ? fit(cut) : predict(cut, QStringLiteral("never.csv"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("they were given different dates (1997-09-30, 1997-12-31)")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("never.csv"))));
        const auto none = command == u"fit" ? fit({}) : predict({}, QStringLiteral("never.csv"));
        QCOMPARE(none.exitCode, 2);
        const QString expected = command == u"fit" ? QStringLiteral("give --calibration-end (or --as-of)")
                                                   : QStringLiteral("give --as-of (or --calibration-end)");
        QVERIFY2(none.err.contains(expected), qPrintable(none.err));
    }

    void helpNamesTheMainOptionAndItsAlias()
    {
        const auto fitHelp = runCli({QStringLiteral("fit"), QStringLiteral("--help")});
        QVERIFY2(fitHelp.out.contains(QLatin1String("--calibration-end, --as-of <date>")), qPrintable(fitHelp.out));
        QVERIFY(fitHelp.out.simplified().contains(QLatin1String("Alias: --as-of.")));
        const auto predictHelp = runCli({QStringLiteral("predict"), QStringLiteral("--help")});
        QVERIFY2(predictHelp.out.contains(QLatin1String("--as-of, --calibration-end <date>")),
                 qPrintable(predictHelp.out));
        QVERIFY(predictHelp.out.simplified().contains(QLatin1String("Alias: --calibration-end.")));
    }
};

QTEST_GUILESS_MAIN(TestCliCutOption)
#include "tst_cli_cut_option.moc"
