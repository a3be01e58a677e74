// The main window: construction, navigation to every page, language switching,
// and the --screenshot option of the executable.

#include "AppSetup.h"
#include "DemoProjectFixture.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "dialogs/PreferencesDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using ltv::ui::LanguageManager;
using ltv::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ltv::test::useClearedTestSettings();
        ltv::ui::setupApplication(QStringLiteral("en"));
    }

    void cleanup() { LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void constructsWithAllPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("LTV Studio"));
        const QStringList expected = {QStringLiteral("welcome"),  QStringLiteral("data"),
                                      QStringLiteral("models"),   QStringLiteral("evaluation"),
                                      QStringLiteral("segments"), QStringLiteral("recommendations"),
                                      QStringLiteral("customers")};
        QCOMPARE(MainWindow::pageIds(), expected);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), expected.size());
    }

    void everyPageCanBeReached()
    {
        MainWindow window;
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < MainWindow::pageIds().size(); ++i) {
            const QString id = MainWindow::pageIds().at(i);
            // by API
            QVERIFY(window.showPage(id));
            QCOMPARE(window.currentPageId(), id);
            QVERIFY(window.page(id)->isVisible());
            // by clicking the navigation list
            navigation->setCurrentRow((i + 1) % navigation->count());
            QVERIFY(window.currentPageId() != id);
            const QRect rect = navigation->visualItemRect(navigation->item(i));
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(window.currentPageId(), id);
        }
        QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    }

    void keyboardShortcutsSwitchPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("evaluation"));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("data"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("welcome"));
    }

    void languageSwitchTranslatesVisibleText()
    {
        MainWindow window;
        window.show();
        window.showPage(QStringLiteral("models"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *trainButton =
            window.page(QStringLiteral("models"))->findChild<QPushButton *>(QStringLiteral("trainButton"));
        QVERIFY(trainButton);
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Data"));
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("Models"));
        QCOMPARE(trainButton->text(), QStringLiteral("Train and evaluate"));
        QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("&File"));

        QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        // Qt delivers LanguageChange through the event loop.
        QTRY_COMPARE(navigation->item(1)->text(), QStringLiteral("数据"));
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("模型"));
        QCOMPARE(trainButton->text(), QStringLiteral("训练并评估"));
        QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(window.windowTitle(), QStringLiteral("LTV Studio"));

        // Every navigation entry and page text is translated.
        for (int i = 0; i < navigation->count(); ++i) {
            const QString text = navigation->item(i)->text();
            QVERIFY2(text.at(0).script() == QChar::Script_Han, qPrintable(text));
        }
        for (const QString &id : MainWindow::pageIds()) {
            // Every label on every page shows Chinese text (or no text at all).
            for (const QLabel *label : window.page(id)->findChildren<QLabel *>()) {
                const QString text = label->text();
                const bool hasLetters = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
                if (!hasLetters || !label->isVisibleTo(window.page(id)))
                    continue;
                bool hasHan = false;
                for (const QChar ch : text)
                    hasHan = hasHan || ch.script() == QChar::Script_Han;
                QVERIFY2(hasHan, qPrintable(id + QStringLiteral(": ") + text));
            }
        }

        QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(navigation->item(1)->text(), QStringLiteral("Data"));
        QVERIFY(!LanguageManager::instance().setLanguage(QStringLiteral("xx_YY")));
    }

    void preferencesWriteTheTypedSettings()
    {
        ltv::ui::PreferencesDialog dialog;
        dialog.decimalsBox()->setValue(3);
        dialog.horizonBox()->setValue(26);
        dialog.discountBox()->setValue(12.5);
        dialog.dateFormatBox()->setCurrentIndex(dialog.dateFormatBox()->findData(QStringLiteral("locale")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
        dialog.apply();
        auto &settings = ltv::ui::Settings::instance();
        QCOMPARE(settings.displayDecimals(), 3);
        QCOMPARE(settings.defaultHorizonWeeks(), 26);
        QCOMPARE(settings.defaultAnnualDiscountRate(), 0.125);
        QCOMPARE(settings.dateFormat(), QStringLiteral("locale"));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::instance().language(), QStringLiteral("zh_CN"));
        QSettings().clear();
    }

    void screenshotOptionWritesPng_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        QTest::newRow("english data page") << QStringLiteral("en") << QStringLiteral("data");
        QTest::newRow("chinese segments page") << QStringLiteral("zh_CN") << QStringLiteral("segments");
    }

    void screenshotOptionWritesPng()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const auto r = ltv::test::runProgram(QStringLiteral(LTV_GUI_PATH),
                                             {QStringLiteral("--screenshot"), png, QStringLiteral("--page"), page,
                                              QStringLiteral("--lang"), language, QStringLiteral("--size"),
                                              QStringLiteral("1000x700")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 700));
        // A real window has more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void screenshotRejectsUnknownPage()
    {
        QTemporaryDir dir;
        const auto r = ltv::test::runProgram(QStringLiteral(LTV_GUI_PATH),
                                             {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                              QStringLiteral("--page"), QStringLiteral("nowhere")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("nowhere")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
