// Switching the language live on a window full of results: every chart title,
// axis title and legend entry on every page, and the texts core produced
// (leaderboard metric labels, segment table headers, model names), show
// Chinese right after the switch, without recomputing anything.

#include "DemoProjectFixture.h"
#include "EvaluationSession.h"
#include "GuiSuiteSetup.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "charts/ChartPanel.h"
#include "models/LeaderboardModel.h"
#include "pages/ModelsPage.h"
#include "pages/segments/SegmentsSession.h"
#include "segments/SegmentNames.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QTemporaryDir>
#include <QTest>

using namespace ltv;

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

bool hasLetters(const QString &text)
{
    // Texts that are only symbols, numbers or model/metric acronyms need no translation.
    static const QStringList kept{QStringLiteral("AUC"),        QStringLiteral("ROC"),    QStringLiteral("LTV"),
                                  QStringLiteral("RMSE"),       QStringLiteral("MAE"),    QStringLiteral("BG/NBD"),
                                  QStringLiteral("Pareto/NBD"), QStringLiteral("XGBoost")};
    QString rest = text;
    for (const QString &k : kept)
        rest.remove(k);
    return std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetter() && c.unicode() < 0x2000; });
}

// Every visible text of a chart: title, axis titles and legend entries.
QStringList chartTexts(const QChart *chart)
{
    QStringList texts{chart->title()};
    for (const QAbstractAxis *axis : chart->axes())
        if (axis->isVisible())
            texts << axis->titleText();
    if (chart->legend()->isVisible())
        for (const QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible())
                texts << marker->label();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::setUpGuiSuiteInEnglish();
        QVERIFY(dir_.isValid());
        path_ = test::buildDemoProjectIn(dir_);
    }

    void cleanup() { ui::LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void everyChartAndCoreLabelFollowsTheLanguage()
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY(window.session()->open(path_, false, &error));

        // Results in English: a model comparison and the segments.
        auto *models = qobject_cast<ui::ModelsPage *>(window.page(QStringLiteral("models")));
        Day end = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &end));
        models->setCalibrationEnd(end);
        models->setHorizonWeeks(26);
        models->setSelectedModels({QStringLiteral("bgnbd"), QStringLiteral("xgboost")});
        models->train();
        QTRY_VERIFY_WITH_TIMEOUT(!models->isTraining(), 300000);
        QVERIFY(window.evaluation()->hasResult());
        for (const QString &id : ui::MainWindow::pageIds())
            window.showPage(id); // the segment pages compute when first shown
        auto *segments = window.findChild<ui::SegmentsSession *>();
        QVERIFY(segments);
        QTRY_VERIFY_WITH_TIMEOUT(segments->data() != nullptr && !segments->isComputing(), 300000);
        QTest::qWait(50);

        const int gini = models->leaderboardModel()->columnOf(QStringLiteral("gini"));
        QCOMPARE(models->leaderboardModel()->headerData(gini, Qt::Horizontal).toString(), QStringLiteral("Gini"));
        QCOMPARE(models->leaderboardModel()->index(1, 0).data().toString(),
                 QStringLiteral("XGBoost gradient boosting"));
        QList<ui::charts::ChartPanel *> panels;
        for (const QString &id : ui::MainWindow::pageIds())
            panels << window.page(id)->findChildren<ui::charts::ChartPanel *>();
        QVERIFY(panels.size() >= 8);
        int englishTexts = 0;
        for (const auto *panel : std::as_const(panels))
            for (const QString &text : chartTexts(panel->chart()))
                englishTexts += hasLetters(text) ? 1 : 0;
        QVERIFY(englishTexts > 20);

        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents(); // LanguageChange is delivered through the event loop
        QTest::qWait(50);

        // Labels core produced, translated without recomputing: a metric and a model name.
        QCOMPARE(models->leaderboardModel()->headerData(gini, Qt::Horizontal).toString(), QStringLiteral("基尼系数"));
        QStringList names;
        for (int r = 0; r < models->leaderboardModel()->rowCount(); ++r)
            names << models->leaderboardModel()->index(r, 0).data().toString();
        QVERIFY2(names.contains(QStringLiteral("XGBoost 梯度提升")), qPrintable(names.join(u',')));
        QCOMPARE(window.evaluation()->result().leaderboard.rows.size(), std::size_t{2});
        // Built-in segment names are keys in English; displays translate them, typed names stay as typed.
        QCOMPARE(segments::segmentDisplayName(QStringLiteral("Champions")), QStringLiteral("冠军客户"));
        QCOMPARE(segments::segmentDisplayName(QStringLiteral("Low value, high risk: suppress")),
                 QStringLiteral("低价值、高风险：暂停营销"));
        QCOMPARE(segments::segmentDisplayName(QStringLiteral("My own segment")), QStringLiteral("My own segment"));
        // The segment charts show the translated names.
        QStringList categories;
        for (const auto *panel : window.page(QStringLiteral("segments"))->findChildren<ui::charts::ChartPanel *>())
            for (QAbstractAxis *axis : panel->chart()->axes())
                if (auto *barAxis = qobject_cast<QBarCategoryAxis *>(axis))
                    categories << barAxis->categories();
        QVERIFY2(categories.contains(QStringLiteral("冠军客户")), qPrintable(categories.join(u',')));
        QVERIFY(!categories.contains(QStringLiteral("Champions")));
        // Every chart on every page.
        QStringList stale;
        for (const auto *panel : std::as_const(panels))
            for (const QString &text : chartTexts(panel->chart()))
                if (hasLetters(text) && !hasHan(text))
                    stale << panel->objectName() + QStringLiteral(": ") + text;
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QStringLiteral("\n"))));
    }

private:
    QTemporaryDir dir_;
    QString path_;
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
