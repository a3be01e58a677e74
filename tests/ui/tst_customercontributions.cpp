// The Customers page's feature contributions on the CDNOW demo project: an
// XGBoost model is fitted in the background on the same customers and as-of
// day as the segments, and the selected customer's bars are core's exact
// TreeSHAP contributions, adding up with the base value to that model's
// prediction.

#include "DemoProjectFixture.h"
#include "LanguageManager.h"
#include "ProjectSession.h"
#include "charts/ChartPanel.h"
#include "charts/ChartStyle.h"
#include "charts/ContributionChart.h"
#include "features/FeatureMatrixBuilder.h"
#include "features/Summarize.h"
#include "jobs/JobRunner.h"
#include "pages/CustomersPage.h"
#include "pages/customers/ContributionPanel.h"
#include "pages/customers/ContributionSession.h"
#include "pages/segments/SegmentsSession.h"
#include "pages/segments/ValueTableModel.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"
#include "widgets/DataTableView.h"

#include <QBarSet>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ltv;

class TestCustomerContributions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ltv::test::useClearedTestSettings();
        QVERIFY(dir_.isValid());
        demoPath_ = ltv::test::buildDemoProjectIn(dir_);
        transactions_ = store::Project::open(demoPath_, false).loadTransactionSet();
        QString error;
        QVERIFY2(session_.open(demoPath_, false, &error), qPrintable(error));
        segments_ = std::make_unique<ui::SegmentsSession>(&session_, &runner_);
    }

    void theModelIsFittedInTheBackgroundWithProgress()
    {
        // Segments first, so that the page's request goes straight to the fit.
        segments_->ensureComputed();
        QTRY_VERIFY_WITH_TIMEOUT(segments_->data() != nullptr, 180000);
        page_ = std::make_unique<ui::CustomersPage>(segments_.get()); // a fresh page has nothing explained yet
        QSignalSpy started(&runner_, &ui::JobRunner::jobStarted);
        QSignalSpy progress(&runner_, &ui::JobRunner::jobProgress);
        page_->resize(1200, 800);
        page_->show();
        // Showing the page starts the job and returns at once.
        ui::ContributionSession *contributions = page_->contributionSession();
        QVERIFY(contributions->isComputing());
        QVERIFY(!contributions->explanation());
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(1).toString(), QStringLiteral("Feature contributions"));
        QVERIFY(!page_->contributionPanel()->note()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(contributions->explanation() != nullptr, 300000);
        QVERIFY(!contributions->isComputing());
        QVERIFY(progress.count() >= 1);
        const auto e = contributions->explanation();
        QCOMPARE(e->model->id(), QStringLiteral("xgboost"));
        QCOMPARE(e->request.asOf, segments_->data()->asOf);
        QCOMPARE(e->request.horizonDays,
                 static_cast<std::int32_t>(std::lround(segments_->data()->options.horizonWeeks * 7.0)));
        QCOMPARE(e->predictions.size(), segments_->data()->run.predictions.size());
    }

    void selectedCustomersBarsAreCoresContributions()
    {
        QVERIFY(readyPage());
        const auto e = page_->contributionSession()->explanation();
        QVERIFY(e);
        page_->showDetailTab(ui::CustomersPage::ContributionTab);
        // Select a repeat buyer in the table, as a user would.
        const features::CustomerSummary summary = features::summarize(transactions_, e->request.asOf);
        std::size_t pick = 0;
        while (pick < summary.size() && summary.frequency[pick] < 5)
            ++pick;
        QVERIFY(pick < summary.size());
        const std::int32_t customer = summary.customer[pick];
        const QString id = transactions_.customerIds.value(customer);
        page_->searchBox()->setText(id);
        QSortFilterProxyModel *proxy = page_->proxyModel();
        int row = -1;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, ui::CustomersPage::Customer).data().toString() == id)
                row = r;
        QVERIFY(row >= 0);
        page_->view()->selectionModel()->setCurrentIndex(proxy->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                                   QItemSelectionModel::Rows);
        QCOMPARE(page_->currentCustomer(), customer);

        // The reference: core's contributions of the fitted model, on a
        // feature matrix built here from the transactions.
        const features::FeatureMatrix x = features::buildFeatureMatrix(transactions_, summary);
        models::PredictionInput input;
        input.features = &x;
        input.horizon = e->request.horizonDays / 7.0;
        const models::Contributions reference = e->model->contributions(input, QStringLiteral("ltv"));
        const models::Predictions predicted = e->model->predict(input);
        QCOMPARE(reference.scale, QStringLiteral("value"));
        QCOMPARE(reference.customer[pick], customer);
        const auto columns = static_cast<std::size_t>(reference.columns.size());
        const double base = reference.at(pick, columns - 1);
        const double prediction = predicted.ltv[pick];

        const ui::ContributionPanel *panel = page_->contributionPanel();
        const ui::charts::ContributionChart *chart = panel->chart();
        const ui::ContributionBars &bars = panel->bars();
        QCOMPARE(chart->barCount(), 11); // ten features and the other nine together
        QCOMPARE(bars.columns.size(), 11);
        QVERIFY(bars.columns.last().isEmpty());
        double shown = 0.0;
        std::vector<bool> used(columns - 1, false);
        for (int i = 0; i < chart->barCount(); ++i) {
            const double bar = chart->barValue(i);
            if (!bars.columns[i].isEmpty()) {
                const auto j = static_cast<std::size_t>(reference.columns.indexOf(bars.columns[i]));
                QVERIFY(j < columns - 1);
                QCOMPARE(bar, reference.at(pick, j));
                used[j] = true;
                // Largest first.
                if (i > 0 && !bars.columns[i - 1].isEmpty())
                    QVERIFY(std::abs(chart->barValue(i - 1)) >= std::abs(bar));
            } else {
                double rest = 0.0;
                for (std::size_t j = 0; j + 1 < columns; ++j)
                    if (!used[j])
                        rest += reference.at(pick, j);
                QVERIFY(std::abs(bar - rest) <= 1e-9 * std::max(1.0, std::abs(rest)));
            }
            // Raising bars in blue, lowering ones in vermillion, each with its signed value.
            QCOMPARE(chart->raises(i), bar > 0.0);
            QVERIFY2(chart->valueLabel(i).startsWith(bar < 0 ? QChar(0x2212) : QLatin1Char('+')),
                     qPrintable(chart->valueLabel(i)));
            shown += bar;
        }
        QCOMPARE(chart->raisingSet()->color(), ui::charts::ChartStyle::seriesColor(0));
        QCOMPARE(chart->loweringSet()->color(), ui::charts::ChartStyle::seriesColor(3));
        // Base + bars = the model's prediction.
        QVERIFY2(std::abs(base + shown - prediction) <= 1e-6 * std::max(1.0, std::abs(prediction)),
                 qPrintable(QStringLiteral("%1 + %2 vs %3").arg(base).arg(shown).arg(prediction)));
        QCOMPARE(bars.base, base);
        QCOMPARE(bars.prediction, prediction);
        // The prediction and the model are on the chart (briefly) and in the note (its full name).
        const QString predictionText = QLocale(QLocale::English, QLocale::UnitedStates).toString(prediction, 'f', 2);
        QVERIFY2(chart->title().contains(predictionText), qPrintable(chart->title()));
        QVERIFY(chart->title().contains(QStringLiteral("XGBoost")));
        QVERIFY(chart->title().contains(id));
        QVERIFY2(panel->note()->text().contains(predictionText), qPrintable(panel->note()->text()));
        QVERIFY(panel->note()->text().contains(e->model->displayName()));
        // With its accuracy on the customers it held out.
        QVERIFY(e->validationCustomers > 0);
        QVERIFY2(panel->note()->text().contains(
                     QLocale(QLocale::English, QLocale::UnitedStates).toString(e->validationRmse, 'f', 2)),
                 qPrintable(panel->note()->text()));

        // Exportable like every chart.
        const QString png = dir_.filePath(QStringLiteral("contributions.png"));
        QString error;
        QVERIFY2(panel->chartPanel()->exportTo(png, 1.0, &error), qPrintable(error));
        // At the size of its current data: a row per bar.
        QCOMPARE(QImage(png).size(), QSize(960, 200 + 30 * chart->barCount()));
        page_->searchBox()->clear();
    }

    void anotherHorizonRefitsTheExplanation()
    {
        QVERIFY(readyPage());
        const auto before = page_->contributionSession()->explanation();
        QVERIFY(before);
        ui::SegmentsOptions options = segments_->options();
        options.horizonWeeks = 26;
        segments_->compute(options);
        QTRY_VERIFY_WITH_TIMEOUT(!segments_->isComputing(), 180000);
        QVERIFY(segments_->data());
        // The page is visible: the explanation follows the new horizon.
        QTRY_VERIFY_WITH_TIMEOUT(page_->contributionSession()->explanation() != nullptr, 300000);
        QCOMPARE(page_->contributionSession()->explanation()->request.horizonDays, 182);
        QVERIFY(page_->contributionPanel()->row() >= 0);
    }

    void cancellingStopsTheFitAndShowingThePageAgainRestartsIt()
    {
        segments_->ensureComputed();
        QTRY_VERIFY_WITH_TIMEOUT(segments_->data() != nullptr, 180000);
        ui::CustomersPage page(segments_.get()); // its own session: nothing explained yet
        QSignalSpy started(&runner_, &ui::JobRunner::jobStarted);
        QSignalSpy failed(page.contributionSession(), &ui::ContributionSession::failed);
        page.show();
        QVERIFY(page.contributionSession()->isComputing());
        QCOMPARE(started.count(), 1);
        runner_.cancel(started.first().at(0).value<quint64>());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY(!page.contributionSession()->isComputing());
        QVERIFY(!page.contributionSession()->explanation());
        QVERIFY2(page.contributionPanel()->note()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(page.contributionPanel()->note()->text()));
        QCOMPARE(page.contributionPanel()->chart()->barCount(), 0);
        page.hide();
        page.show();
        QVERIFY(page.contributionSession()->isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(page.contributionSession()->explanation() != nullptr, 300000);
        QVERIFY(page.contributionPanel()->chart()->barCount() > 0);
    }

    // At the page's size in a 1280x800 window, in English and Chinese: the
    // table shows customer, value, P(alive) and churn whole (the rest scrolls),
    // and every feature name of the chart is drawn whole, never elided.
    void firstColumnsAndFeatureNamesAreWhole()
    {
        QVERIFY(readyPage());
        page_->showDetailTab(ui::CustomersPage::ContributionTab);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(ui::LanguageManager::instance().setLanguage(language));
            page_->resize(1070, 760);
            QCoreApplication::processEvents();
            ui::DataTableView *view = page_->view();
            for (int c : {ui::CustomersPage::Customer, ui::CustomersPage::PredictedValue, ui::CustomersPage::PAlive,
                          ui::CustomersPage::Churn}) {
                QVERIFY2(view->columnViewportPosition(c) + view->columnWidth(c) <= view->viewport()->width(),
                         qPrintable(QStringLiteral("%1: column %2 ends at %3 of %4")
                                        .arg(language)
                                        .arg(c)
                                        .arg(view->columnViewportPosition(c) + view->columnWidth(c))
                                        .arg(view->viewport()->width())));
                QVERIFY(view->columnWidth(c) >= view->horizontalHeader()->sectionSizeHint(c));
            }
            // The short header says it in full in its tooltip.
            QCOMPARE(
                page_->tableModel()->headerData(ui::CustomersPage::Churn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                language == QStringLiteral("en") ? QStringLiteral("Churn probability") : QStringLiteral("流失概率"));
            const ui::charts::ContributionChart *chart = page_->contributionPanel()->chart();
            QVERIFY(chart->barCount() > 0);
            QVERIFY(chart->namesLeft() >= 0.0);
            for (int i = 0; i < chart->barCount(); ++i) {
                const QStringList lines = chart->drawnName(i);
                QVERIFY(lines.size() == 1 || lines.size() == 2);
                QCOMPARE(lines.join(QString()).remove(QLatin1Char(' ')),
                         QString(chart->data().features.at(i)).remove(QLatin1Char(' ')));
                QVERIFY2(!lines.join(QString()).contains(QChar(0x2026)), qPrintable(lines.join(QString())));
            }
        }
        ui::LanguageManager::instance().setLanguage(QStringLiteral("en"));
        page_->resize(1200, 800);
    }

    void cleanupTestCase() { page_.reset(); }

private:
    // The page shown with its explanation ready, whichever functions ran before.
    ui::CustomersPage *readyPage()
    {
        segments_->ensureComputed();
        if (!QTest::qWaitFor([this] { return segments_->data() != nullptr; }, 180000))
            return nullptr;
        if (!page_) {
            page_ = std::make_unique<ui::CustomersPage>(segments_.get());
            page_->resize(1200, 800);
            page_->show();
        }
        if (!QTest::qWaitFor([this] { return page_->contributionSession()->explanation() != nullptr; }, 300000))
            return nullptr;
        return page_.get();
    }

    QTemporaryDir dir_;
    QString demoPath_;
    features::TransactionSet transactions_;
    ui::JobRunner runner_;
    ui::ProjectSession session_;
    std::unique_ptr<ui::SegmentsSession> segments_;
    std::unique_ptr<ui::CustomersPage> page_;
};

QTEST_MAIN(TestCustomerContributions)
#include "tst_customercontributions.moc"
