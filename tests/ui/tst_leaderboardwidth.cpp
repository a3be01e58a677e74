// The Models page's leaderboard of all nine models fits the window from
// 1000x700 up, in English and in Chinese: no horizontal scroll bar, and no
// text of a cell or a column title is cut off or elided (each text, measured
// with the font it is drawn in, fits inside the rectangle it is drawn in).
// The same holds on 120 and 144 DPI screens (device pixel ratios 1.25 and 1.5,
// where text is measured unhinted): this suite runs itself again at each.

#include "GuiSuiteSetup.h"
#include "HighDpiRerun.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "eval/Leaderboard.h"
#include "models/LeaderboardModel.h"
#include "models/ModelRegistry.h"
#include "pages/ModelsPage.h"
#include "pages/models/LeaderboardView.h"
#include "widgets/TableExport.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ltv;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct DemoRow
{
    const char *id;
    double fitSeconds, value, rmse, mae, r2, gini, spearman, top20, ratio, decileMape, purchasesMae, auc, logLoss;
};

// Every model of the page with values as wide as the CDNOW demo gives them on
// the page's default window (e.g. the linear model's RMSE of 164.1 and R² of
// -4.692), and the fit times of the networks and of Auto.
eval::Leaderboard demoLeaderboard()
{
    const DemoRow rows[] = {
        {"bgnbd", 0.01, 21.94, 57.034, 24.248, 0.312, 0.643, 0.423, 0.682, 0.966, 0.254, 0.785, 0.757, 0.506},
        {"pnbd", 0.01, 22.23, 57.351, 23.833, 0.305, 0.655, 0.441, 0.674, 0.979, 0.373, 0.755, 0.771, 0.508},
        {"mbgnbd", 0.004, 20.92, 56.400, 23.627, 0.328, 0.642, 0.427, 0.676, 0.921, 0.301, 0.802, 0.760, 0.512},
        {"linear", 0.02, 69.78, 164.104, 65.151, -4.692, 0.586, 0.472, 0.656, 3.063, 2.917, kNaN, 0.795, 0.446},
        {"xgboost", 1.40, 24.02, 61.321, 31.333, 0.205, 0.665, 0.433, 0.640, 1.054, 0.590, kNaN, 0.786, 0.439},
        {"auto", 128.37, 24.02, 61.321, 31.333, 0.205, 0.665, 0.433, 0.640, 1.054, 0.590, kNaN, 0.786, 0.439},
        {"mlp-ziln", 63.52, 19.10, 45.538, 18.694, 0.356, 0.714, 0.435, 0.688, 0.899, 0.463, kNaN, 0.788, 0.445},
        {"cnn", 47.93, 36.50, 75.662, 28.021, -0.777, 0.687, 0.424, 0.682, 1.730, 0.444, kNaN, 0.774, 0.433},
        {"gru", 88.12, 49.21, 74.601, 35.018, -0.727, 0.692, 0.394, 0.696, 2.246, 1.623, kNaN, 0.770, 0.457},
    };
    eval::Leaderboard board;
    board.context.insert(QStringLiteral("annualDiscountRate"), 0.1);
    for (const DemoRow &d : rows) {
        eval::LeaderboardRow row;
        row.model = QString::fromLatin1(d.id);
        const auto model = models::ModelRegistry::builtin().create(row.model);
        row.displayName = model ? model->displayName() : row.model; // in the current language
        row.fitSeconds = d.fitSeconds;
        row.discountedValuePerCustomer = d.value;
        row.value.rmse = d.rmse;
        row.value.mae = d.mae;
        row.value.r2 = d.r2;
        row.value.normalizedGini = d.gini;
        row.value.spearman = d.spearman;
        row.value.top20Capture = d.top20;
        row.value.revenueRatio = d.ratio;
        row.value.deciles.mape = d.decileMape;
        row.purchases.mae = d.purchasesMae;
        row.churn.auc = d.auc;
        row.churn.logLoss = d.logLoss;
        row.churn.confusion.truePositive = 1601; // F1 0.894, accuracy 0.824
        row.churn.confusion.falsePositive = 330;
        row.churn.confusion.trueNegative = 342;
        row.churn.confusion.falseNegative = 84;
        board.rows.push_back(row);
    }
    return board;
}

// Does `text`, wrapped at its line-break opportunities, fit in `size`?
bool fitsWrapped(const QFontMetrics &metrics, const QString &text, QSize size)
{
    const QRect bounds = metrics.boundingRect(QRect(0, 0, size.width(), 1 << 20), Qt::TextWordWrap, text);
    return bounds.width() <= size.width() && bounds.height() <= size.height();
}

} // namespace

class TestLeaderboardWidth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::setUpGuiSuiteInEnglish(); }

    void cleanup() { ui::LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void everyColumnAndNameShowsInFull_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            for (const QSize size : {QSize(1000, 700), QSize(1280, 800), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }

    void everyColumnAndNameShowsInFull()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(ui::LanguageManager::instance().setLanguage(language));
        ui::MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The screen's DPI took effect: Qt scales the window by DPI / 96 (CTest sets 96).
        if (const int dpi = qEnvironmentVariableIntValue("QT_FONT_DPI"); dpi > 0)
            QCOMPARE(window.devicePixelRatio(), dpi / 96.0);
        QVERIFY(window.showPage(QStringLiteral("models")));
        auto *page = qobject_cast<ui::ModelsPage *>(window.page(QStringLiteral("models")));
        QVERIFY(page);
        page->leaderboardModel()->setLeaderboard(demoLeaderboard());
        auto *view = page->findChild<QTableView *>(QStringLiteral("leaderboardView"));
        QVERIFY(view && view->isVisible());
        QTest::qWait(50);
        const QString shots = qEnvironmentVariable("LTV_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(QDir(shots).filePath(QStringLiteral("leaderboard-%1-%2-%3dpi.png")
                                                        .arg(language)
                                                        .arg(size.width())
                                                        .arg(qEnvironmentVariableIntValue("QT_FONT_DPI"))));

        const QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 9);
        QCOMPARE(model->columnCount(), 3 + static_cast<int>(eval::leaderboardMetrics().size()));

        // No sideways scrolling: every column lies inside the viewport.
        QHeaderView *header = view->horizontalHeader();
        QVERIFY2(header->length() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("columns %1 px wide, viewport %2 px")
                                .arg(header->length())
                                .arg(view->viewport()->width())));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!view->horizontalScrollBar()->isVisible());

        // Every cell's text fits its cell: the names wrapped within the style's
        // text margins, the numbers on one line within the narrow number margin.
        const int nameMargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const int numberMargin = ui::LeaderboardView::numberMargin();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                const QString text = index.data().toString();
                QVERIFY(!text.isEmpty());
                const QVariant fontData = index.data(Qt::FontRole);
                const QFontMetrics metrics(fontData.isValid() ? fontData.value<QFont>() : view->font());
                const QRect rect = view->visualRect(index);
                const QString where = QStringLiteral("row %1 column %2 \"%3\" in %4x%5")
                                          .arg(r)
                                          .arg(c)
                                          .arg(text)
                                          .arg(rect.width())
                                          .arg(rect.height());
                if (c == 0)
                    QVERIFY2(fitsWrapped(metrics, text, rect.size() - QSize(2 * nameMargin, 0)), qPrintable(where));
                else
                    QVERIFY2(metrics.horizontalAdvance(text) <= rect.width() - 2 * numberMargin &&
                                 metrics.height() <= rect.height(),
                             qPrintable(where));
            }

        // Every column title fits its section, wrapped, and says in full what it means as a tool tip.
        const int headerMargin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const QFontMetrics headerMetrics(header->font());
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            const QSize room(header->sectionSize(c) - 2 * headerMargin, header->height() - 2 * headerMargin);
            QVERIFY2(
                fitsWrapped(headerMetrics, title, room),
                qPrintable(QStringLiteral("title \"%1\" in %2x%3").arg(title).arg(room.width()).arg(room.height())));
            const QString tip = model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(tip.size() > title.size(), qPrintable(title));
        }
    }

    // The checks above and the sorted title again, at 120 and 144 DPI. The DPI
    // is fixed when the application starts, so each runs in a process of its own.
    void fitsOnHighDpiScreens_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("120 dpi") << 120;
        QTest::newRow("144 dpi") << 144;
    }

    void fitsOnHighDpiScreens()
    {
        QFETCH(int, dpi);
        const test::SuiteRerun rerun = test::rerunThisSuiteAtDpi(
            dpi, {QStringLiteral("everyColumnAndNameShowsInFull"), QStringLiteral("sortsByAnyColumn")});
        QVERIFY(rerun.finished);
        QVERIFY2(rerun.passed, qPrintable(rerun.output));
        // Both functions ran, every row of the first one.
        QVERIFY2(rerun.output.contains(QStringLiteral("Totals: 9 passed, 0 failed")), qPrintable(rerun.output));
    }

    // The table exports every row with the titles as plain text, and its
    // numbers in full precision without digit grouping (the screen rounds them).
    void exportsEveryRowWithFullPrecisionNumbers()
    {
        ui::LeaderboardModel model;
        model.setLeaderboard(demoLeaderboard());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaderboard.csv"));
        QString error;
        QVERIFY2(ui::exportModelToCsv(model, path, false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10);
        QVERIFY2(lines.first().contains(QStringLiteral(",Spearman,")), qPrintable(lines.first()));
        QVERIFY(!lines.first().contains(QChar(0x00AD)));
        QVERIFY2(lines.at(7).startsWith(QStringLiteral("\"Neural network (MLP, zero-inflated lognormal)\",")) ||
                     lines.at(7).startsWith(QStringLiteral("Neural network (MLP, zero-inflated lognormal),")),
                 qPrintable(lines.at(7)));
        QVERIFY2(lines.at(4).contains(QStringLiteral(",0.02,69.78,164.104,65.151,-4.692,")), qPrintable(lines.at(4)));
        QVERIFY2(lines.at(6).contains(QStringLiteral(",128.37,")), qPrintable(lines.at(6)));
        // A metric a model does not have (purchase MAE of the ML models) is an empty field, not a dash.
        QVERIFY2(lines.at(4).contains(QStringLiteral(",2.917,,0.795,")), qPrintable(lines.at(4)));
    }

    // Clicking a title sorts by it (missing values last either way), the best
    // values stay marked, the sorted title still fits beside its arrow, and
    // clearing the sort restores the order the models were trained in.
    void sortsByAnyColumn()
    {
        ui::MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("models")));
        auto *page = qobject_cast<ui::ModelsPage *>(window.page(QStringLiteral("models")));
        ui::LeaderboardModel *model = page->leaderboardModel();
        model->setLeaderboard(demoLeaderboard());
        auto *view = page->findChild<QTableView *>(QStringLiteral("leaderboardView"));
        QVERIFY(view->isSortingEnabled());
        QCOMPARE(model->leaderboard().rows.front().model, QStringLiteral("bgnbd")); // trained order until a click

        const int gini = model->columnOf(QStringLiteral("gini"));
        QHeaderView *header = view->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(gini) + 5, 5));
        QCOMPARE(header->sortIndicatorSection(), gini); // a click on the title sorts
        QVERIFY(model->leaderboard().rows.front().model != QStringLiteral("bgnbd"));
        view->sortByColumn(gini, Qt::DescendingOrder);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, gini).data(Qt::EditRole).toDouble() >=
                    model->index(r, gini).data(Qt::EditRole).toDouble());
        QCOMPARE(model->leaderboard().rows.front().model, QStringLiteral("mlp-ziln")); // Gini 0.714
        QVERIFY(model->isBest(0, gini));

        // The sorted title fits beside the arrow, and the table still needs no sideways scrolling.
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        const QString title = model->headerData(gini, Qt::Horizontal).toString();
        QVERIFY(fitsWrapped(QFontMetrics(header->font()), title,
                            QSize(header->sectionSize(gini) - 3 * margin - arrow, header->height() - 2 * margin)));
        QVERIFY2(header->length() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(view->viewport()->width())));
        if (!qEnvironmentVariable("LTV_SCREENSHOT_DIR").isEmpty())
            window.grab().save(QDir(qEnvironmentVariable("LTV_SCREENSHOT_DIR")).filePath(QStringLiteral("sorted.png")));

        const int purchases = model->columnOf(QStringLiteral("purchases_mae"));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view->sortByColumn(purchases, order);
            int known = 0;
            while (known < model->rowCount() &&
                   std::isfinite(model->index(known, purchases).data(Qt::EditRole).toDouble()))
                ++known;
            QCOMPARE(known, 3); // the BTYD models; the ML models have no purchase count
            for (int r = known; r < model->rowCount(); ++r)
                QVERIFY(std::isnan(model->index(r, purchases).data(Qt::EditRole).toDouble()));
        }

        view->sortByColumn(0, Qt::AscendingOrder);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(QString::localeAwareCompare(model->index(r - 1, 0).data().toString(),
                                                model->index(r, 0).data().toString()) <= 0);

        header->setSortIndicator(-1, Qt::AscendingOrder);
        QCOMPARE(model->leaderboard().rows.front().model, QStringLiteral("bgnbd"));
        QCOMPARE(model->leaderboard().rows.back().model, QStringLiteral("gru"));
    }

    void titlesFollowTheLanguage()
    {
        ui::MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("models"));
        auto *page = qobject_cast<ui::ModelsPage *>(window.page(QStringLiteral("models")));
        page->leaderboardModel()->setLeaderboard(demoLeaderboard());
        auto *view = page->findChild<QTableView *>(QStringLiteral("leaderboardView"));
        const int auc = page->leaderboardModel()->columnOf(QStringLiteral("churn_auc"));
        const int englishWidth = view->horizontalHeader()->sectionSize(auc);
        QCOMPARE(page->leaderboardModel()->headerData(auc, Qt::Horizontal).toString(), QStringLiteral("Churn AUC"));

        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        const QString chinese = page->leaderboardModel()->headerData(auc, Qt::Horizontal).toString();
        QVERIFY2(chinese.contains(QStringLiteral("流失")), qPrintable(chinese));
        // The sections follow the new titles.
        const int chineseWidth = view->horizontalHeader()->sectionSize(auc);
        const QFont font = view->horizontalHeader()->font();
        QVERIFY(chineseWidth >= ui::LeaderboardView::narrowestWrapWidth(font, chinese, 2));
        QVERIFY(englishWidth >= ui::LeaderboardView::narrowestWrapWidth(font, QStringLiteral("Churn AUC"), 2));
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
    }

    // In the default 1280x800 window with the networks' long names, the column
    // titles take one line and the names wrap onto two lines beside them,
    // still without sideways scrolling.
    void titlesTakeOneLineWhereTheNamesCanWrap_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void titlesTakeOneLineWhereTheNamesCanWrap()
    {
        QFETCH(QString, language);
        QVERIFY(ui::LanguageManager::instance().setLanguage(language));
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("models")));
        auto *page = qobject_cast<ui::ModelsPage *>(window.page(QStringLiteral("models")));
        QVERIFY(page);
        eval::Leaderboard board = demoLeaderboard();
        const QStringList shown{QStringLiteral("bgnbd"), QStringLiteral("mlp-ziln"), QStringLiteral("cnn"),
                                QStringLiteral("gru")};
        std::erase_if(board.rows, [&shown](const eval::LeaderboardRow &row) { return !shown.contains(row.model); });
        QCOMPARE(board.rows.size(), std::size_t(4));
        page->leaderboardModel()->setLeaderboard(board);
        auto *view = page->findChild<QTableView *>(QStringLiteral("leaderboardView"));
        QVERIFY(view && view->isVisible());
        QTest::qWait(50);

        const QAbstractItemModel *model = view->model();
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(header->length() <= view->viewport()->width());
        const int headerMargin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const QFontMetrics headerMetrics(header->font());
        for (int c = 1; c < model->columnCount(); ++c) {
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            const int room = header->sectionSize(c) - 2 * headerMargin;
            QVERIFY2(headerMetrics.horizontalAdvance(title) <= room,
                     qPrintable(QStringLiteral("title \"%1\" (%2 px) in %3 px")
                                    .arg(title)
                                    .arg(headerMetrics.horizontalAdvance(title))
                                    .arg(room)));
        }
        // The names wrap onto two lines at most, and fit.
        const int nameMargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString name = model->index(r, 0).data().toString();
            const ui::LeaderboardView::Wrapped wrapped =
                ui::LeaderboardView::wrap(view->font(), name, header->sectionSize(0) - 2 * nameMargin - 1);
            QVERIFY2(wrapped.lines <= 2, qPrintable(name));
            QVERIFY2(fitsWrapped(QFontMetrics(view->font()), name,
                                 view->visualRect(model->index(r, 0)).size() - QSize(2 * nameMargin, 0)),
                     qPrintable(name));
        }
    }
};

QTEST_MAIN(TestLeaderboardWidth)
#include "tst_leaderboardwidth.moc"
