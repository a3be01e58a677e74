// Settings: typed values with defaults, clamping, change signals, recent projects.

#include "Settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ltv::ui::Settings;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void defaults()
    {
        auto &s = Settings::instance();
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.displayDecimals(), 2);
        QCOMPARE(s.dateFormat(), QStringLiteral("iso"));
        QCOMPARE(s.defaultHorizonWeeks(), 39);
        QCOMPARE(s.defaultAnnualDiscountRate(), 0.10);
        QVERIFY(s.recentProjects().isEmpty());
    }

    void valuesPersistAndSignal()
    {
        auto &s = Settings::instance();
        QSignalSpy language(&s, &Settings::languageChanged);
        QSignalSpy defaults(&s, &Settings::defaultsChanged);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setLanguage(QStringLiteral("zh_CN")); // unchanged: no second signal
        QCOMPARE(language.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        s.setDefaultHorizonWeeks(52);
        s.setDefaultAnnualDiscountRate(5.0); // clamped
        QCOMPARE(defaults.count(), 2);
        QCOMPARE(s.defaultHorizonWeeks(), 52);
        QCOMPARE(s.defaultAnnualDiscountRate(), 1.0);
        s.setDateFormat(QStringLiteral("nonsense"));
        QCOMPARE(s.dateFormat(), QStringLiteral("iso"));
        s.setDisplayDecimals(-3);
        QCOMPARE(s.displayDecimals(), 0);
    }

    void recentProjectsNewestFirstDedupedAndExisting()
    {
        auto &s = Settings::instance();
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(QStringLiteral("p%1.ltv").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            paths << path;
            s.addRecentProject(path);
        }
        s.addRecentProject(paths[5]);
        const QStringList recent = s.recentProjects();
        QCOMPARE(recent.size(), Settings::maxRecent());
        QCOMPARE(recent.first(), paths[5]);
        QCOMPARE(recent.at(1), paths[11]);
        QCOMPARE(recent.count(paths[5]), 1);
        QFile::remove(paths[11]);
        QVERIFY(!s.recentProjects().contains(paths[11]));
        s.removeRecentProject(paths[5]);
        QVERIFY(!s.recentProjects().contains(paths[5]));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
