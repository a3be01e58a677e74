// The Segments, Recommendations and Customers pages on the CDNOW demo
// project: the shared computation runs in the background, and every chart
// and table value equals core's numbers computed directly in the test.

#include "DemoProjectFixture.h"
#include "LanguageManager.h"
#include "ProjectSession.h"
#include "charts/BarChart.h"
#include "charts/HeatmapChart.h"
#include "charts/LineChart.h"
#include "jobs/JobRunner.h"
#include "pages/CustomersPage.h"
#include "pages/RecommendationsPage.h"
#include "pages/SegmentsPage.h"
#include "pages/recommendations/PlaybookModel.h"
#include "pages/segments/RfmRulesModel.h"
#include "pages/segments/SegmentsSession.h"
#include "pages/segments/ValueTableModel.h"
#include "pipeline/DemoProject.h"
#include "pipeline/JobContext.h"
#include "segments/Budget.h"
#include "segments/PredictionLookup.h"
#include "segments/SegmentSettings.h"
#include "store/Project.h"
#include "store/ProjectSettings.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ltv;

namespace {
// Value of category i as drawn: horizontal charts put the first category at
// the top, which Qt stores as the last value of the set.
double barValue(const ui::charts::BarChart *chart, int i)
{
    const QBarSet *set = chart->barSet(0);
    return chart->data().horizontal ? set->at(set->count() - 1 - i) : set->at(i);
}
} // namespace

class TestSegmentsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ltv::test::useClearedTestSettings();
        QVERIFY(dir_.isValid());
        demoPath_ = ltv::test::buildDemoProjectIn(dir_);
        transactions_ = store::Project::open(demoPath_, false).loadTransactionSet();
        asOf_ = transactions_.dayRange().second;

        // The reference, straight from core.
        const ui::SegmentsOptions options = ui::SegmentsSession::defaultOptions();
        segments::ModelRunOptions runOptions;
        runOptions.modelId = QStringLiteral("bgnbd");
        runOptions.horizon = options.horizonWeeks;
        runOptions.annualDiscountRate = options.annualDiscountRate;
        reference_ = segments::fitAndPredict(transactions_, asOf_, runOptions);
        if (!reference_.ok() && runOptions.annualDiscountRate > 0.0) {
            // As the pages do: undiscounted when the spend model needs it.
            runOptions.annualDiscountRate = 0.0;
            reference_ = segments::fitAndPredict(transactions_, asOf_, runOptions);
        }
        QVERIFY2(reference_.ok(), qPrintable(reference_.error));
        rfmInputs_ = segments::rfmInputsFromTransactions(transactions_, asOf_);

        QString error;
        QVERIFY2(session_.open(demoPath_, false, &error), qPrintable(error));
        segments_ = std::make_unique<ui::SegmentsSession>(&session_, &runner_);
        // A project without saved segment settings: the session starts from the defaults.
        QVERIFY(store::ProjectSettings(session_.project().database()).keys().isEmpty());
        QVERIFY(segments_->rules() == segments::defaultRfmRules());
        QVERIFY(segments_->grid() == segments::ValueRiskConfig{});
        QVERIFY(segments_->rfmPlaybook() == segments::defaultRfmPlaybook());
        QVERIFY(segments_->valueRiskPlaybook() == segments::defaultValueRiskPlaybook());
        QVERIFY(segments_->settingsProblems().isEmpty());
    }

    // Every function starts from the default rules, grid and playbooks.
    void init()
    {
        if (!(segments_->rules() == segments::defaultRfmRules()) ||
            !(segments_->grid() == segments::ValueRiskConfig{}) ||
            !(segments_->rfmPlaybook() == segments::defaultRfmPlaybook()) ||
            !(segments_->valueRiskPlaybook() == segments::defaultValueRiskPlaybook()))
            segments_->resetToDefaults();
    }

    void segmentsPageComputesInTheBackgroundAndMatchesCore()
    {
        if (segments_->data() || segments_->isComputing()) {
            // Another test function computed already: reopen the project to start afresh.
            QString error;
            QVERIFY2(session_.open(demoPath_, false, &error), qPrintable(error));
        }
        ui::SegmentsPage page(segments_.get());
        QAbstractItemModelTester t1(page.rfmTableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.valueRiskTableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(page.clusterTableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(page.rulesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        // Showing the page starts the job; the GUI thread returns at once.
        QVERIFY(segments_->isComputing());
        QVERIFY(!segments_->data());
        QTRY_VERIFY_WITH_TIMEOUT(segments_->data() != nullptr, 180000);
        const auto data = segments_->data();
        QCOMPARE(data->asOf, asOf_);
        QCOMPARE(data->run.predictions.size(), std::size_t{2357});
        // Same fit as core's own.
        for (std::size_t i = 0; i < data->run.predictions.size(); i += 97)
            QVERIFY(std::abs(data->run.predictions.ltv[i] - reference_.predictions.ltv[i]) <= 1e-9);

        // Segment sizes: the bar values are core's RFM counts and sum to 2,357.
        const segments::RfmResult rfm = segments::scoreRfm(rfmInputs_);
        const std::vector<std::size_t> counts = rfm.segmentation.counts();
        QBarSet *sizes = page.sizeChart()->barSet(0);
        QVERIFY(sizes);
        QCOMPARE(sizes->count(), static_cast<int>(counts.size()));
        double total = 0.0;
        for (int i = 0; i < sizes->count(); ++i) {
            QCOMPARE(barValue(page.sizeChart(), i), static_cast<double>(counts[static_cast<std::size_t>(i)]));
            total += barValue(page.sizeChart(), i);
        }
        QCOMPARE(total, 2357.0);
        QCOMPARE(page.sizeChart()->data().categories, rfm.segmentation.names);
        // RFM table: the customers column equals the counts.
        QCOMPARE(page.rfmTableModel()->rowCount(), static_cast<int>(counts.size()));
        for (int r = 0; r < page.rfmTableModel()->rowCount(); ++r)
            QCOMPARE(page.rfmTableModel()->value(r, 1).toDouble(),
                     static_cast<double>(counts[static_cast<std::size_t>(r)]));

        // Segment value: total predicted LTV per segment.
        const segments::PredictionLookup lookup(reference_.predictions);
        std::vector<double> value(counts.size(), 0.0);
        for (std::size_t i = 0; i < rfm.segmentation.size(); ++i)
            value[static_cast<std::size_t>(rfm.segmentation.segmentOf[i])] += lookup.ltv(rfm.segmentation.customer[i]);
        QBarSet *values = page.valueChart()->barSet(0);
        for (int i = 0; i < values->count(); ++i)
            QCOMPARE(barValue(page.valueChart(), i), std::round(value[static_cast<std::size_t>(i)] / 100.0) / 10.0);

        // Value x risk heatmap: value and count per cell as core's grid.
        const segments::ValueRiskResult grid = segments::valueRiskGrid(reference_.predictions);
        const std::vector<std::size_t> cellCounts = grid.segmentation.counts();
        std::vector<double> cellValue(9, 0.0);
        for (std::size_t i = 0; i < grid.segmentation.size(); ++i)
            cellValue[static_cast<std::size_t>(grid.segmentation.segmentOf[i])] +=
                lookup.ltv(grid.segmentation.customer[i]);
        std::size_t gridTotal = 0;
        for (int cell = 0; cell < 9; ++cell) {
            const int row = cell / 3, column = cell % 3;
            QVERIFY(std::abs(page.valueRiskChart()->value(row, column) - cellValue[static_cast<std::size_t>(cell)]) <=
                    1e-6);
            QVERIFY2(
                page.valueRiskChart()
                        ->cellText(row, column)
                        .startsWith(QString::number(cellCounts[static_cast<std::size_t>(cell)]) + QLatin1Char(' ')) ||
                    cellCounts[static_cast<std::size_t>(cell)] >= 1000,
                qPrintable(page.valueRiskChart()->cellText(row, column)));
            gridTotal += cellCounts[static_cast<std::size_t>(cell)];
        }
        QCOMPARE(gridTotal, std::size_t{2357});
        QCOMPARE(page.valueRiskTableModel()->rowCount(), 9);

        // Clusters: as many rows as core's k, sizes as core's profiles.
        const segments::ClusterResult clusters = segments::clusterCustomers(
            segments::clusterFeatures(rfmInputs_, &reference_.predictions), &reference_.predictions);
        QCOMPARE(page.clusterTableModel()->rowCount(), clusters.k);
        for (int r = 0; r < clusters.k; ++r)
            QCOMPARE(page.clusterTableModel()->value(r, 1).toDouble(),
                     static_cast<double>(clusters.profiles[static_cast<std::size_t>(r)].size));
        // Then each feature's mean under a readable title; the predicted value's
        // mean is the fifth column already and is not repeated.
        const auto *clusterModel = page.clusterTableModel();
        QCOMPARE(clusterModel->columnCount(), 5 + static_cast<int>(clusters.featureNames.size()) - 1);
        QStringList titles;
        for (int c = 0; c < clusterModel->columnCount(); ++c)
            titles << clusterModel->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!titles.join(u' ').contains(u'_'), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.contains(QStringLiteral("Mean recency (days)")), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.contains(QStringLiteral("Mean P(alive)")), qPrintable(titles.join(u'|')));
        int column = 5;
        for (qsizetype f = 0; f < clusters.featureNames.size(); ++f) {
            if (clusters.featureNames.at(f) == u"predicted_ltv")
                continue;
            for (int r = 0; r < clusters.k; ++r) // shown to 2 decimals
                QVERIFY(std::abs(
                            clusterModel->value(r, column).toDouble() -
                            clusters.profiles[static_cast<std::size_t>(r)].meanFeatures[static_cast<std::size_t>(f)]) <=
                        0.005 + 1e-9);
            ++column;
        }
        // Every column of the profiles shows without sideways scrolling, as on the
        // Segments page of a 1000-pixel window (the page beside the navigation).
        page.resize(800, 600);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("segmentsTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(3);
        auto *clusterView = page.findChild<QTableView *>(QStringLiteral("clusterProfilesView"));
        QVERIFY(clusterView);
        QTRY_VERIFY(clusterView->isVisible());
        QVERIFY2(clusterView->horizontalHeader()->length() <= clusterView->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(clusterView->horizontalHeader()->length())
                                .arg(clusterView->viewport()->width())));
        QCOMPARE(clusterView->horizontalScrollBar()->maximum(), 0);
    }

    void editingARuleResegmentsLive()
    {
        QVERIFY(waitForData());
        ui::SegmentsPage page(segments_.get());
        ui::RfmRulesModel *rules = page.rulesModel();
        QVERIFY(rules->rowCount() > 1);
        const std::vector<std::size_t> before = segments_->rfm().segmentation.counts();
        // Narrow the first rule to R = 5 only and rename it.
        QVERIFY(rules->setData(rules->index(0, ui::RfmRulesModel::RecencyLow), 5));
        QVERIFY(rules->setData(rules->index(0, ui::RfmRulesModel::Name), QStringLiteral("Very best")));
        // An invalid range is refused.
        QVERIFY(!rules->setData(rules->index(0, ui::RfmRulesModel::RecencyHigh), 4));
        QVERIFY(!rules->setData(rules->index(0, ui::RfmRulesModel::FrequencyLow), 7));

        segments::RfmRuleTable expectedRules = segments::defaultRfmRules();
        expectedRules.rules[0].recency.low = 5;
        expectedRules.rules[0].name = QStringLiteral("Very best");
        const segments::RfmResult expected = segments::scoreRfm(rfmInputs_, expectedRules);
        const std::vector<std::size_t> counts = expected.segmentation.counts();
        QCOMPARE(segments_->rfm().segmentation.counts(), counts);
        QVERIFY(counts != before ||
                expectedRules.rules[0].recency.low == segments::defaultRfmRules().rules[0].recency.low);
        QCOMPARE(page.sizeChart()->data().categories.first(), QStringLiteral("Very best"));
        QBarSet *sizes = page.sizeChart()->barSet(0);
        for (int i = 0; i < sizes->count(); ++i)
            QCOMPARE(barValue(page.sizeChart(), i), static_cast<double>(counts[static_cast<std::size_t>(i)]));
        QCOMPARE(rules->index(0, ui::RfmRulesModel::Customers).data(Qt::EditRole).toLongLong(),
                 static_cast<qlonglong>(counts[0]));

        // Removing a rule re-segments too; restore the defaults for the other tests.
        QVERIFY(rules->removeRule(0));
        QCOMPARE(segments_->rfm().segmentation.names.size(), segments::defaultRfmRules().rules.size());
        rules->setRules(segments::defaultRfmRules());
        segments_->resetToDefaults(); // the renamed rule took its playbook row along
        QVERIFY(segments_->rfmPlaybook() == segments::defaultRfmPlaybook());
        QCOMPARE(segments_->rfm().segmentation.counts(), segments::scoreRfm(rfmInputs_).segmentation.counts());
    }

    void budgetAllocationEqualsCore()
    {
        QVERIFY(waitForData());
        ui::RecommendationsPage page(segments_.get());
        // The status names the model as the Segments page offers it, not by its id.
        const QString status = page.findChild<QLabel *>(QStringLiteral("recommendationsStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("BG/NBD model")), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("bgnbd")));
        QAbstractItemModelTester t1(page.playbookModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.budgetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(page.retentionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.budgetBox()->setValue(400.0);
        page.costBox()->setValue(1.0);

        const segments::RfmResult rfm = segments::scoreRfm(rfmInputs_);
        segments::BudgetOptions options;
        options.totalBudget = 400.0;
        options.costPerContact = 1.0;
        segments::BudgetAllocation expected;
        const auto check = [&](const segments::Segmentation &segmentation, const segments::Playbook &playbook) {
            expected = segments::allocateBudget(segmentation, playbook, reference_.predictions, options);
            const segments::Table table = segments::budgetSegmentTable(expected);
            QCOMPARE(page.budgetModel()->rowCount(), static_cast<int>(table.rows.size()));
            for (int r = 0; r < page.budgetModel()->rowCount(); ++r) {
                QCOMPARE(page.budgetModel()->value(r, 0).toString(), table.rows[static_cast<std::size_t>(r)][0]);
                for (int c = 2; c < 8; ++c)
                    QVERIFY2(std::abs(page.budgetModel()->value(r, c).toDouble() -
                                      table.rows[static_cast<std::size_t>(r)][c].toDouble()) <= 1e-9,
                             qPrintable(QStringLiteral("row %1 column %2").arg(r).arg(c)));
            }
            QCOMPARE(page.allocation().contacts.size(), expected.contacts.size());
            QVERIFY(std::abs(page.allocation().netReturn - expected.netReturn) <= 1e-9);
            // The ROI chart has one bar per funded segment, with its ROI.
            std::vector<double> roi;
            for (const segments::SegmentBudget &s : expected.segments)
                if (s.spend > 0.0)
                    roi.push_back(s.roi());
            QBarSet *bars = page.roiChart()->barSet(0);
            QVERIFY(bars);
            QCOMPARE(bars->count(), static_cast<int>(roi.size()));
            for (int i = 0; i < bars->count(); ++i)
                QCOMPARE(barValue(page.roiChart(), i), std::round(roi[static_cast<std::size_t>(i)] * 100.0) / 100.0);
        };
        check(rfm.segmentation, segments::defaultRfmPlaybook());
        if (QTest::currentTestFailed())
            return;
        const segments::BudgetAllocation first = expected;
        QVERIFY(first.spend > 0.0 && first.spend <= 400.0);

        // Editing the playbook: no spending allowed on the first funded segment.
        int edited = -1;
        for (int r = 0; r < page.playbookModel()->rowCount() && edited < 0; ++r)
            for (const segments::SegmentBudget &s : first.segments)
                if (s.contacted > 0 && s.segment == page.playbookModel()->playbook().entries[r].segment)
                    edited = r;
        QVERIFY(edited >= 0);
        QVERIFY(
            page.playbookModel()->setData(page.playbookModel()->index(edited, ui::PlaybookModel::MaxSpendShare), 0.0));
        segments::Playbook playbook = segments::defaultRfmPlaybook();
        playbook.entries[edited].maxSpendShareOfLtv = 0.0;
        check(rfm.segmentation, playbook);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(expected.netReturn != first.netReturn);
        segments_->setRfmPlaybook(segments::defaultRfmPlaybook());

        // The value x risk grid with its own playbook.
        page.segmentationBox()->setCurrentIndex(1);
        check(segments::valueRiskGrid(reference_.predictions).segmentation, segments::defaultValueRiskPlaybook());
        if (QTest::currentTestFailed())
            return;

        // Retention list: every customer with a risk, by value at risk.
        QCOMPARE(page.retentionModel()->rowCount(), 2357);
        for (int r = 1; r < 50; ++r)
            QVERIFY(page.retentionModel()->value(r - 1, 4).toDouble() >= page.retentionModel()->value(r, 4).toDouble());
        // CDNOW has no products: a note says so.
        QVERIFY(page.productNote()->text().contains(QStringLiteral("no product")));
        QCOMPARE(page.rulesModel()->rowCount(), 0);
    }

    void customersPageShowsPredictionsAndHistory()
    {
        QVERIFY(waitForData());
        ui::CustomersPage page(segments_.get());
        const QString status = page.findChild<QLabel *>(QStringLiteral("customersStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("BG/NBD model")), qPrintable(status));
        QAbstractItemModelTester t1(page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.tableModel()->rowCount(), 2357);
        // Sorted by predicted value, the most valuable customer first and shown.
        const auto &p = reference_.predictions;
        std::size_t best = 0;
        for (std::size_t i = 1; i < p.size(); ++i)
            if (p.ltv[i] > p.ltv[best])
                best = i;
        const QModelIndex top = page.proxyModel()->index(0, ui::CustomersPage::PredictedValue);
        QVERIFY(std::abs(top.data(Qt::EditRole).toDouble() - p.ltv[best]) <= 1e-9);
        QCOMPARE(page.currentCustomer(), p.customer[best]);

        // Values per customer equal core's predictions.
        for (int r = 0; r < page.tableModel()->rowCount(); r += 101) {
            const QString id = page.tableModel()->value(r, ui::CustomersPage::Customer).toString();
            const auto c = static_cast<std::int32_t>(transactions_.customerIds.indexOf(id));
            const segments::PredictionLookup lookup(p);
            QVERIFY(std::abs(page.tableModel()->value(r, ui::CustomersPage::PredictedValue).toDouble() -
                             lookup.ltv(c)) <= 1e-9);
            QVERIFY(std::abs(page.tableModel()->value(r, ui::CustomersPage::PAlive).toDouble() - lookup.pAlive(c)) <=
                    1e-12);
            QVERIFY(std::abs(page.tableModel()->value(r, ui::CustomersPage::Churn).toDouble() -
                             lookup.churnProbability(c)) <= 1e-12);
        }

        // Search filters the rows.
        page.searchBox()->setText(QStringLiteral("0001"));
        QVERIFY(page.proxyModel()->rowCount() >= 1);
        QVERIFY(page.proxyModel()->rowCount() < 2357);
        for (int r = 0; r < page.proxyModel()->rowCount(); ++r) {
            bool hit = false;
            for (int c = 0; c < ui::CustomersPage::ColumnCount; ++c)
                hit = hit || page.proxyModel()->index(r, c).data().toString().contains(QStringLiteral("0001"));
            QVERIFY(hit);
        }
        page.searchBox()->clear();

        // Detail panel of a repeat buyer: purchase points and P(alive) history
        // ending at core's P(alive).
        std::size_t row = 0;
        while (row < reference_.summary.size() && reference_.summary.frequency[row] < 3)
            ++row;
        QVERIFY(row < reference_.summary.size());
        const std::int32_t customer = reference_.summary.customer[row];
        QVERIFY(page.showCustomer(customer));
        QCOMPARE(static_cast<int>(page.history().purchaseDays.size()), reference_.summary.purchaseDays[row]);
        QCOMPARE(page.purchaseChart()->lineSeries(0)->count(), reference_.summary.purchaseDays[row]);
        const segments::PredictionLookup lookup(p);
        QVERIFY(!page.history().pAlive.empty());
        QVERIFY2(std::abs(page.history().pAlive.back() - lookup.pAlive(customer)) <= 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(page.history().pAlive.back()).arg(lookup.pAlive(customer))));
        // The projection starts at today's P(alive) and never rises without a purchase.
        QVERIFY(std::abs(page.history().futurePAlive.front() - lookup.pAlive(customer)) <= 1e-9);
        for (std::size_t i = 1; i < page.history().futurePAlive.size(); ++i)
            QVERIFY(page.history().futurePAlive[i] <= page.history().futurePAlive[i - 1] + 1e-12);
        QCOMPARE(page.aliveChart()->lineCount(), 2);
        // Expected purchases over the horizon end at core's prediction.
        const auto predictionRow = static_cast<std::size_t>(lookup.row(customer));
        QVERIFY(std::abs(page.history().futureExpectedPurchases.back() - p.expectedPurchases[predictionRow]) <= 1e-9);
        QCOMPARE(page.valueChart()->lineCount(), 1);
        const QLineSeries *value = page.valueChart()->lineSeries(0);
        QVERIFY(std::abs(value->at(value->count() - 1).y() -
                         p.expectedPurchases[predictionRow] * p.expectedSpend[predictionRow]) <= 1e-6);
        QVERIFY(page.detailNumbers()->text().contains(ltv::ui::LanguageManager::instance().locale().toString(
            p.ltv[static_cast<std::size_t>(lookup.row(customer))], 'f', 2)));
    }

    void editsAreSavedInTheProjectAndRestoredOnReopen()
    {
        QVERIFY(waitForData());
        ui::SegmentsPage page(segments_.get());
        ui::RecommendationsPage recommendations(segments_.get());
        const auto saved = [this] {
            store::Project other = store::Project::open(demoPath_, false);
            return segments::loadSegmentSettings(other.database());
        };

        // The rule table, edited through the page's model.
        ui::RfmRulesModel *rules = page.rulesModel();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(rules->setData(rules->index(0, ui::RfmRulesModel::Name), QStringLiteral("Very best")));
        const qint64 editMs = timer.elapsed();
        QVERIFY(rules->setData(rules->index(0, ui::RfmRulesModel::RecencyLow), 5));
        QVERIFY(rules->moveRule(2, 3));
        segments::RfmRuleTable expectedRules = segments::defaultRfmRules();
        expectedRules.rules[0].name = QStringLiteral("Very best");
        expectedRules.rules[0].recency.low = 5;
        expectedRules.rules.swapItemsAt(2, 3);
        QVERIFY(segments_->rules() == expectedRules);
        // Written before the edit returns.
        QVERIFY(!segments_->hasUnsavedSettings());
        QVERIFY(saved().savedRfmRules);
        QVERIFY(saved().rfmRules == expectedRules);
        qInfo("one rule edit, re-segmenting and saving: %lld ms", editMs);
        // The renamed rule kept its playbook row (moving rules renamed nothing).
        QCOMPARE(segments_->rfmPlaybook().entries[0].segment, QStringLiteral("Very best"));
        QCOMPARE(recommendations.playbookModel()->playbook().entries[0].segment, QStringLiteral("Very best"));
        QVERIFY(segments_->rfmPlaybook().find(QStringLiteral("New Customers")));
        QVERIFY(segments_->rfmPlaybook().find(QStringLiteral("Promising")));

        // The grid, through its editor: top 10%, low risk below 25%, risk = 1 - P(alive).
        page.topShareBox()->setValue(10.0);
        page.lowRiskBox()->setValue(25.0);
        page.riskMetricBox()->setCurrentIndex(1);
        segments::ValueRiskConfig expectedGrid;
        expectedGrid.topShare = 0.1;
        expectedGrid.lowRiskBelow = 0.25;
        expectedGrid.metric = segments::RiskMetric::NotAlive;
        QVERIFY(segments_->grid() == expectedGrid);
        QVERIFY(page.gridNote()->text().isEmpty());
        const std::vector<std::size_t> gridCounts =
            segments::valueRiskGrid(reference_.predictions, expectedGrid).segmentation.counts();
        QCOMPARE(segments_->valueRisk().segmentation.counts(), gridCounts);
        QVERIFY(gridCounts != segments::valueRiskGrid(reference_.predictions).segmentation.counts());
        for (int r = 0; r < 9; ++r)
            QCOMPARE(page.valueRiskTableModel()->value(r, 1).toDouble(),
                     static_cast<double>(gridCounts[static_cast<std::size_t>(r)]));
        // An impossible grid (10% + 95% > 100%) is refused with a note and not saved.
        page.middleShareBox()->setValue(95.0);
        QVERIFY(!page.gridNote()->text().isEmpty());
        QVERIFY(segments_->grid() == expectedGrid);
        QVERIFY(saved().grid == expectedGrid);
        page.middleShareBox()->setValue(50.0);
        QVERIFY(page.gridNote()->text().isEmpty());

        // The RFM playbook, through the Recommendations page.
        ui::PlaybookModel *playbook = recommendations.playbookModel();
        QCOMPARE(recommendations.segmentationBox()->currentIndex(), 0);
        QVERIFY(playbook->setData(playbook->index(1, ui::PlaybookModel::Channel), QStringLiteral("SMS")));
        QVERIFY(playbook->setData(playbook->index(1, ui::PlaybookModel::Uplift), 7.5));
        QVERIFY(playbook->setData(playbook->index(2, ui::PlaybookModel::MaxSpendShare), 12.5));
        QVERIFY(!playbook->setData(playbook->index(2, ui::PlaybookModel::Uplift), 120.0));
        segments::Playbook expectedPlaybook = segments::defaultRfmPlaybook();
        expectedPlaybook.entries[0].segment = QStringLiteral("Very best"); // renamed with its rule
        expectedPlaybook.entries[1].channel = QStringLiteral("SMS");
        expectedPlaybook.entries[1].uplift = 0.075;
        expectedPlaybook.entries[2].maxSpendShareOfLtv = 0.125;
        QVERIFY(segments_->rfmPlaybook() == expectedPlaybook);
        QVERIFY(saved().rfmPlaybook == expectedPlaybook);

        // Reopening the project restores all of it, in the session and in the editors.
        session_.close();
        QVERIFY(segments_->rules() == segments::defaultRfmRules());
        QCOMPARE(page.rulesModel()->rules().rules[0].name, QStringLiteral("Champions"));
        QString error;
        QVERIFY2(session_.open(demoPath_, false, &error), qPrintable(error));
        QVERIFY(segments_->rules() == expectedRules);
        QVERIFY(segments_->grid() == expectedGrid);
        QVERIFY(segments_->rfmPlaybook() == expectedPlaybook);
        QVERIFY(segments_->settingsProblems().isEmpty());
        QVERIFY(page.rulesModel()->rules() == expectedRules);
        QCOMPARE(page.topShareBox()->value(), 10.0);
        QCOMPARE(page.lowRiskBox()->value(), 25.0);
        QCOMPARE(page.riskMetricBox()->currentIndex(), 1);
        QVERIFY(recommendations.playbookModel()->playbook() == expectedPlaybook);
        segments_->ensureComputed();
        QTRY_VERIFY_WITH_TIMEOUT(segments_->data() != nullptr, 180000);
        QCOMPARE(segments_->rfm().segmentation.counts(),
                 segments::scoreRfm(rfmInputs_, expectedRules).segmentation.counts());
        QCOMPARE(segments_->valueRisk().segmentation.counts(), gridCounts);
        QCOMPARE(page.sizeChart()->data().categories.first(), QStringLiteral("Very best"));

        // Another connection holds the write lock: the edit applies at once,
        // the GUI waits only briefly, and the save follows when the lock is free.
        {
            store::Project other = store::Project::open(demoPath_, false);
            other.database().exec("BEGIN IMMEDIATE");
            timer.restart();
            QVERIFY(rules->setData(rules->index(1, ui::RfmRulesModel::Name), QStringLiteral("Loyal")));
            const qint64 lockedMs = timer.elapsed();
            QVERIFY(segments_->hasUnsavedSettings());
            QCOMPARE(segments_->rules().rules[1].name, QStringLiteral("Loyal"));
            QVERIFY2(lockedMs < 2500, qPrintable(QString::number(lockedMs))); // not the 5 s busy timeout
            other.database().exec("COMMIT");
        }
        QTRY_VERIFY_WITH_TIMEOUT(!segments_->hasUnsavedSettings(), 5000);
        QCOMPARE(saved().rfmRules.rules[1].name, QStringLiteral("Loyal"));

        // Reset to defaults: the editors, the session and the project forget the edits.
        page.resetRulesButton()->click();
        page.resetGridButton()->click();
        recommendations.resetPlaybookButton()->click();
        QVERIFY(segments_->rules() == segments::defaultRfmRules());
        QVERIFY(page.rulesModel()->rules() == segments::defaultRfmRules());
        QVERIFY(segments_->grid() == segments::ValueRiskConfig{});
        QCOMPARE(page.topShareBox()->value(), 20.0);
        QCOMPARE(page.riskMetricBox()->currentIndex(), 0);
        QVERIFY(segments_->rfmPlaybook() == segments::defaultRfmPlaybook());
        QVERIFY(recommendations.playbookModel()->playbook() == segments::defaultRfmPlaybook());
        QCOMPARE(segments_->valueRisk().segmentation.counts(),
                 segments::valueRiskGrid(reference_.predictions).segmentation.counts());
        QVERIFY(saved() == segments::SegmentSettings{});
        // A reopened project without saved settings is back on the defaults.
        QVERIFY2(session_.open(demoPath_, false, &error), qPrintable(error));
        QVERIFY(segments_->rules() == segments::defaultRfmRules());
        QVERIFY(segments_->rfmPlaybook() == segments::defaultRfmPlaybook());
    }

private:
    // Starts the computation unless it ran already (each function can run on
    // its own: ./tst_segmentspage budgetAllocationEqualsCore) and waits for it.
    bool waitForData()
    {
        segments_->ensureComputed();
        return QTest::qWaitFor([this] { return segments_->data() != nullptr; }, 180000);
    }

    QTemporaryDir dir_;
    QString demoPath_;
    features::TransactionSet transactions_;
    Day asOf_ = 0;
    segments::ModelRun reference_;
    segments::RfmInputs rfmInputs_;
    ui::JobRunner runner_;
    ui::ProjectSession session_;
    std::unique_ptr<ui::SegmentsSession> segments_;
};

QTEST_MAIN(TestSegmentsPage)
#include "tst_segmentspage.moc"
