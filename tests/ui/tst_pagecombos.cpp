// The drop-down lists of the pages show whichever item is chosen in full: in
// English and in Chinese after switching at run time, also when their items
// arrive after the window was first shown (the Evaluation page's models), and
// on 120 and 144 DPI screens (the suite runs itself again at each).

#include "EvaluationSession.h"
#include "GuiSuiteSetup.h"
#include "HighDpiRerun.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "pipeline/DemoData.h"
#include "pipeline/Evaluation.h"

#include <QComboBox>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

#include <algorithm>

using namespace ltv;

namespace {

// The items of `box` whose text does not fit the box's text field.
QStringList clippedItems(QComboBox *box)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.editable = box->isEditable();
    option.frame = box->hasFrame();
    option.rect = box->rect();
    const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
    QStringList clipped;
    for (int i = 0; i < box->count(); ++i) {
        const QString text = box->itemText(i);
        // The style draws the text 1 px inside the field and clips what sticks
        // out; count the pixels the glyphs cover (a full-width bracket's blank
        // right side may overhang unseen).
        int width = box->fontMetrics().tightBoundingRect(text).right() + 1;
        if (!box->itemIcon(i).isNull())
            width += box->iconSize().width() + 4;
        if (width > field.width() - 2)
            clipped << QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                           .arg(box->objectName(), text)
                           .arg(width)
                           .arg(field.width() - 2);
    }
    return clipped;
}

} // namespace

class TestPageCombos : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::setUpGuiSuiteInEnglish(); }

    void cleanup() { ui::LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void everyItemShowsInFull_data()
    {
        QTest::addColumn<QString>("startLanguage");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en then zh_CN") << QStringLiteral("en") << QStringLiteral("zh_CN");
        QTest::newRow("zh_CN then en") << QStringLiteral("zh_CN") << QStringLiteral("en");
    }

    void everyItemShowsInFull()
    {
        QFETCH(QString, startLanguage);
        QFETCH(QString, language);
        QVERIFY(ui::LanguageManager::instance().setLanguage(startLanguage));
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (const int dpi = qEnvironmentVariableIntValue("QT_FONT_DPI"); dpi > 0)
            QCOMPARE(window.devicePixelRatio(), dpi / 96.0); // the DPI took effect
        // Every page is shown once before results arrive and before the language changes.
        for (const QString &id : ui::MainWindow::pageIds())
            QVERIFY(window.showPage(id));
        // The models' list fills while the Evaluation page is in view, as after training.
        QVERIFY(window.showPage(QStringLiteral("evaluation")));

        pipeline::EvaluationRequest request;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &request.calibrationEnd));
        request.horizonDays = 26 * 7;
        request.models = {QStringLiteral("bgnbd"), QStringLiteral("linear")};
        window.evaluation()->setResult(
            request, pipeline::runEvaluation(pipeline::loadDemoTransactions(), request, pipeline::JobContext()));
        QVERIFY(ui::LanguageManager::instance().setLanguage(language));
        QCoreApplication::processEvents(); // LanguageChange arrives through the event loop
        if (language == u"en") {
            // The Evaluation page's description of the split starts a sentence.
            const auto labels = window.page(QStringLiteral("evaluation"))->findChildren<QLabel *>();
            const auto status = std::find_if(labels.begin(), labels.end(), [](const QLabel *label) {
                return label->text().contains(QStringLiteral("Churn means no purchase"));
            });
            QVERIFY(status != labels.end());
            QVERIFY2((*status)->text().at(0).isUpper(), qPrintable((*status)->text()));
        }

        int checked = 0;
        QStringList clipped;
        for (const QString &id : ui::MainWindow::pageIds()) {
            QVERIFY(window.showPage(id));
            QTest::qWait(10);
            for (QComboBox *box : window.page(id)->findChildren<QComboBox *>()) {
                if (!box->isVisibleTo(window.page(id)) || box->count() == 0)
                    continue;
                ++checked;
                clipped << clippedItems(box);
            }
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
        auto *models = window.findChild<QComboBox *>(QStringLiteral("evaluationModel"));
        QVERIFY(models);
        QCOMPARE(models->count(), 2); // the Evaluation page's list was checked with its models
        QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));
    }

    void everyItemShowsInFullOnHighDpiScreens_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("120 dpi") << 120;
        QTest::newRow("144 dpi") << 144;
    }

    // The DPI is fixed when the application starts: a process of its own each.
    void everyItemShowsInFullOnHighDpiScreens()
    {
        QFETCH(int, dpi);
        const test::SuiteRerun rerun = test::rerunThisSuiteAtDpi(dpi, {QStringLiteral("everyItemShowsInFull")});
        QVERIFY(rerun.finished);
        QVERIFY2(rerun.passed, qPrintable(rerun.output));
        QVERIFY2(rerun.output.contains(QStringLiteral("Totals: 6 passed, 0 failed")), qPrintable(rerun.output));
    }
};

QTEST_MAIN(TestPageCombos)
#include "tst_pagecombos.moc"
