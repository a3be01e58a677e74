// Typed JSON settings in the project file: every JSON type round-trips
// exactly (doubles included), survives closing and reopening the file,
// replaces on write, and a missing or mistyped key reads as nullopt.

#include "store/Project.h"
#include "store/ProjectSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ltv;

class TestProjectSettings : public QObject
{
    Q_OBJECT
private slots:
    void everyJsonTypeRoundTripsThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ltv"));
        const double third = 1.0 / 3.0;
        const double tiny = std::nextafter(0.1, 1.0); // one ulp above 0.1: needs all 17 digits
        const QJsonObject object{{QStringLiteral("name"), QStringLiteral("Can't \"Lose\" Them, 客户")},
                                 {QStringLiteral("share"), third},
                                 {QStringLiteral("ranges"), QJsonArray{1, 5}},
                                 {QStringLiteral("nested"), QJsonObject{{QStringLiteral("flag"), false}}}};
        {
            store::Project project = store::Project::open(path);
            store::ProjectSettings settings(project.database());
            QVERIFY(settings.keys().isEmpty());
            settings.setObject(QStringLiteral("o"), object);
            settings.setArray(QStringLiteral("a"), QJsonArray{tiny, QStringLiteral("x"), QJsonValue::Null});
            settings.setString(QStringLiteral("s"), QStringLiteral("line 1\nline 2"));
            settings.setNumber(QStringLiteral("n"), tiny);
            settings.setNumber(QStringLiteral("big"), 1e300);
            settings.setBoolean(QStringLiteral("b"), true);
            settings.setValue(QStringLiteral("null"), QJsonValue::Null);
        }
        store::Project project = store::Project::open(path, false);
        const store::ProjectSettings settings(project.database());
        QCOMPARE(settings.keys(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("big"), QStringLiteral("n"),
                              QStringLiteral("null"), QStringLiteral("o"), QStringLiteral("s")}));
        QVERIFY(settings.object(QStringLiteral("o")) == object);
        QCOMPARE(settings.object(QStringLiteral("o"))->value(QStringLiteral("share")).toDouble(), third); // bit-exact
        const QJsonArray array = *settings.array(QStringLiteral("a"));
        QCOMPARE(array.size(), 3);
        QCOMPARE(array[0].toDouble(), tiny);
        QVERIFY(array[0].toDouble() != 0.1);
        QVERIFY(array[2].isNull());
        QCOMPARE(*settings.string(QStringLiteral("s")), QStringLiteral("line 1\nline 2"));
        QCOMPARE(*settings.number(QStringLiteral("n")), tiny);
        QCOMPARE(*settings.number(QStringLiteral("big")), 1e300);
        QCOMPARE(*settings.boolean(QStringLiteral("b")), true);
        QVERIFY(settings.value(QStringLiteral("null"))->isNull());
        QVERIFY(settings.contains(QStringLiteral("null")));
    }

    void missingAndMistypedKeysReadAsNullopt()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        store::ProjectSettings settings(project.database());
        QVERIFY(!settings.contains(QStringLiteral("x")));
        QVERIFY(!settings.value(QStringLiteral("x")));
        QVERIFY(!settings.object(QStringLiteral("x")));
        settings.setString(QStringLiteral("x"), QStringLiteral("3"));
        QVERIFY(!settings.number(QStringLiteral("x")));
        QVERIFY(!settings.object(QStringLiteral("x")));
        QCOMPARE(*settings.string(QStringLiteral("x")), QStringLiteral("3"));
        // Text that is not JSON (written by something else) is not a value.
        store::Statement raw = project.database().prepare("INSERT INTO settings (key, value) VALUES ('bad', ?1)");
        raw.bindBlob(1, QByteArrayLiteral("{not json"));
        raw.execute();
        QVERIFY(settings.contains(QStringLiteral("bad")));
        QVERIFY(!settings.value(QStringLiteral("bad")));
    }

    void writesReplaceAndRemove()
    {
        QTemporaryDir dir;
        store::Project project = store::Project::open(dir.filePath(QStringLiteral("p.ltv")));
        store::ProjectSettings settings(project.database());
        settings.setNumber(QStringLiteral("k"), 1.0);
        settings.setObject(QStringLiteral("k"), QJsonObject{{QStringLiteral("v"), 2}});
        QCOMPARE(project.database().scalarInt("SELECT count(*) FROM settings"), std::int64_t{1});
        QVERIFY(!settings.number(QStringLiteral("k")));
        QCOMPARE(settings.object(QStringLiteral("k"))->value(QStringLiteral("v")).toInt(), 2);
        QVERIFY(settings.remove(QStringLiteral("k")));
        QVERIFY(!settings.remove(QStringLiteral("k")));
        QVERIFY(!settings.contains(QStringLiteral("k")));
        // An undefined value removes as well.
        settings.setBoolean(QStringLiteral("k"), false);
        settings.setValue(QStringLiteral("k"), QJsonValue(QJsonValue::Undefined));
        QVERIFY(!settings.contains(QStringLiteral("k")));
    }

    void storageFormIsPlainJsonText()
    {
        QCOMPARE(store::ProjectSettings::encode(QJsonValue(QStringLiteral("a\"b"))), QByteArrayLiteral("\"a\\\"b\""));
        QCOMPARE(store::ProjectSettings::encode(QJsonObject{{QStringLiteral("x"), 1}}), QByteArrayLiteral("{\"x\":1}"));
        QCOMPARE(store::ProjectSettings::encode(true), QByteArrayLiteral("true"));
        QCOMPARE(store::ProjectSettings::decode("0.5")->toDouble(), 0.5);
        QVERIFY(!store::ProjectSettings::decode("1, 2"));
        QVERIFY(!store::ProjectSettings::decode(""));
    }
};

QTEST_GUILESS_MAIN(TestProjectSettings)
#include "tst_projectsettings.moc"
