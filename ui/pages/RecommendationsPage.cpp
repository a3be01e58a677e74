#include "pages/RecommendationsPage.h"

#include "LanguageManager.h"
#include "ProjectSession.h"
#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "pages/recommendations/PlaybookModel.h"
#include "pages/segments/SegmentModelName.h"
#include "pages/segments/SegmentsSession.h"
#include "pages/segments/ValueTableModel.h"
#include "segments/PredictionLookup.h"
#include "segments/Retention.h"
#include "segments/SegmentNames.h"
#include "widgets/DataTableView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace ltv::ui {

namespace {
DataTableView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new DataTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    return view;
}

QDoubleSpinBox *moneyBox(double max, double value, int decimals, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, max);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);
    return box;
}
} // namespace

RecommendationsPage::RecommendationsPage(SegmentsSession *session, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , title_(new QLabel(this))
    , status_(new QLabel(this))
    , segmentationLabel_(new QLabel(this))
    , segmentationBox_(new QComboBox(this))
    , tabs_(new QTabWidget(this))
    , playbookModel_(new PlaybookModel(this))
    , playbookView_(makeView(QStringLiteral("playbookView"), this))
    , playbookHint_(new QLabel(this))
    , resetPlaybook_(new QPushButton(this))
    , budgetLabel_(new QLabel(this))
    , budget_(moneyBox(1e12, 10000.0, 2, this))
    , costLabel_(new QLabel(this))
    , cost_(moneyBox(1e6, 0.5, 2, this))
    , marginLabel_(new QLabel(this))
    , margin_(moneyBox(100.0, 100.0, 1, this))
    , budgetSummary_(new QLabel(this))
    , budgetTable_(new ValueTableModel(this))
    , budgetView_(makeView(QStringLiteral("budgetView"), this))
    , roiChart_(new charts::BarChart)
    , roiPanel_(new charts::ChartPanel(roiChart_, this))
    , retentionTable_(new ValueTableModel(this))
    , retentionView_(makeView(QStringLiteral("retentionView"), this))
    , retentionHint_(new QLabel(this))
    , productNote_(new QLabel(this))
    , rulesLabel_(new QLabel(this))
    , suggestionsLabel_(new QLabel(this))
    , rulesTable_(new ValueTableModel(this))
    , suggestionsTable_(new ValueTableModel(this))
    , rulesView_(makeView(QStringLiteral("crossSellRulesView"), this))
    , suggestionsView_(makeView(QStringLiteral("crossSellSuggestionsView"), this))
    , inventoryNote_(new QLabel(this))
    , inventoryTable_(new ValueTableModel(this))
    , inventoryView_(makeView(QStringLiteral("inventoryView"), this))
{
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    title_->setObjectName(QStringLiteral("pageTitle"));
    status_->setObjectName(QStringLiteral("recommendationsStatus"));
    status_->setWordWrap(true);
    segmentationBox_->setObjectName(QStringLiteral("recommendationSegmentation"));
    segmentationBox_->addItem(QString());
    segmentationBox_->addItem(QString());
    tabs_->setObjectName(QStringLiteral("recommendationTabs"));
    budget_->setObjectName(QStringLiteral("budgetBox"));
    cost_->setObjectName(QStringLiteral("costPerContactBox"));
    margin_->setObjectName(QStringLiteral("grossMarginBox"));
    roiPanel_->setObjectName(QStringLiteral("roiChart"));
    roiPanel_->setExportBaseName(QStringLiteral("roi-per-segment"));
    budgetSummary_->setObjectName(QStringLiteral("budgetSummary"));
    budgetSummary_->setWordWrap(true);
    productNote_->setObjectName(QStringLiteral("crossSellNote"));
    productNote_->setWordWrap(true);
    inventoryNote_->setObjectName(QStringLiteral("inventoryNote"));
    inventoryNote_->setWordWrap(true);
    playbookHint_->setWordWrap(true);
    retentionHint_->setWordWrap(true);

    playbookView_->setModel(playbookModel_);
    playbookView_->setSortingEnabled(false);
    playbookView_->setItemDelegateForColumn(PlaybookModel::Action, new ActionDelegate(playbookView_));
    playbookView_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::SelectedClicked);
    budgetView_->setModel(budgetTable_);
    budgetView_->setSortingEnabled(false); // the total row stays last
    retentionView_->setModel(retentionTable_);
    rulesView_->setModel(rulesTable_);
    suggestionsView_->setModel(suggestionsTable_);
    inventoryView_->setModel(inventoryTable_);

    auto *top = new QHBoxLayout;
    top->addWidget(segmentationLabel_);
    top->addWidget(segmentationBox_);
    top->addStretch(1);

    auto *playbookTab = new QWidget(this);
    auto *playbookLayout = new QVBoxLayout(playbookTab);
    playbookLayout->addWidget(playbookHint_);
    playbookLayout->addWidget(playbookView_, 1);
    auto *playbookButtons = new QHBoxLayout;
    playbookButtons->addWidget(resetPlaybook_);
    playbookButtons->addStretch(1);
    playbookLayout->addLayout(playbookButtons);
    resetPlaybook_->setObjectName(QStringLiteral("resetPlaybookButton"));

    auto *budgetTab = new QWidget(this);
    auto *budgetLayout = new QVBoxLayout(budgetTab);
    auto *budgetInputs = new QHBoxLayout;
    budgetInputs->addWidget(budgetLabel_);
    budgetInputs->addWidget(budget_);
    budgetInputs->addSpacing(12);
    budgetInputs->addWidget(costLabel_);
    budgetInputs->addWidget(cost_);
    budgetInputs->addSpacing(12);
    budgetInputs->addWidget(marginLabel_);
    budgetInputs->addWidget(margin_);
    budgetInputs->addStretch(1);
    budgetLayout->addLayout(budgetInputs);
    budgetLayout->addWidget(budgetSummary_);
    auto *budgetSplit = new QSplitter(Qt::Vertical, budgetTab);
    budgetSplit->addWidget(budgetView_);
    budgetSplit->addWidget(roiPanel_);
    budgetSplit->setStretchFactor(0, 3);
    budgetSplit->setStretchFactor(1, 2);
    roiPanel_->setMinimumHeight(220);
    budgetLayout->addWidget(budgetSplit, 1);

    auto *retentionTab = new QWidget(this);
    auto *retentionLayout = new QVBoxLayout(retentionTab);
    retentionLayout->addWidget(retentionHint_);
    retentionLayout->addWidget(retentionView_, 1);

    auto *crossSellTab = new QWidget(this);
    auto *crossSellLayout = new QVBoxLayout(crossSellTab);
    crossSellLayout->addWidget(productNote_);
    crossSellLayout->addWidget(rulesLabel_);
    crossSellLayout->addWidget(rulesView_, 1);
    crossSellLayout->addWidget(suggestionsLabel_);
    crossSellLayout->addWidget(suggestionsView_, 1);

    auto *inventoryTab = new QWidget(this);
    auto *inventoryLayout = new QVBoxLayout(inventoryTab);
    inventoryLayout->addWidget(inventoryNote_);
    inventoryLayout->addWidget(inventoryView_, 1);

    tabs_->addTab(playbookTab, QString());
    tabs_->addTab(budgetTab, QString());
    tabs_->addTab(retentionTab, QString());
    tabs_->addTab(crossSellTab, QString());
    tabs_->addTab(inventoryTab, QString());
    // The budget plan is the headline; open on it.
    tabs_->setCurrentIndex(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(top);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);

    connect(session_, &SegmentsSession::computationStarted, this, &RecommendationsPage::updateStatus);
    connect(session_, &SegmentsSession::failed, this, &RecommendationsPage::updateStatus);
    connect(session_, &SegmentsSession::computed, this, &RecommendationsPage::refreshAll);
    connect(session_, &SegmentsSession::rfmChanged, this, [this] {
        if (segmentationBox_->currentIndex() == 0)
            refreshAll();
    });
    connect(session_, &SegmentsSession::valueRiskChanged, this, [this] {
        if (segmentationBox_->currentIndex() == 1)
            refreshAll();
    });
    // A project opened or a reset: the playbook shown is replaced as a whole.
    connect(session_, &SegmentsSession::settingsReplaced, this, &RecommendationsPage::refreshAll);
    connect(session_, &SegmentsSession::playbookReplaced, this, &RecommendationsPage::refreshAll);
    connect(resetPlaybook_, &QPushButton::clicked, this, [this] {
        if (segmentationBox_->currentIndex() == 0)
            session_->resetRfmPlaybook();
        else
            session_->resetValueRiskPlaybook();
    });
    connect(session_, &SegmentsSession::cleared, this, [this] {
        refreshAll();
        if (isVisible())
            QTimer::singleShot(0, session_, &SegmentsSession::ensureComputed);
    });
    connect(segmentationBox_, &QComboBox::currentIndexChanged, this, &RecommendationsPage::refreshAll);
    connect(playbookModel_, &PlaybookModel::playbookEdited, this, [this](const segments::Playbook &playbook) {
        if (segmentationBox_->currentIndex() == 0)
            session_->setRfmPlaybook(playbook);
        else
            session_->setValueRiskPlaybook(playbook);
        refreshBudget();
        refreshRetention();
    });
    for (QDoubleSpinBox *box : {budget_, cost_, margin_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RecommendationsPage::refreshBudget);
    retranslate();
}

void RecommendationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    session_->ensureComputed();
}

void RecommendationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecommendationsPage::retranslate()
{
    title_->setText(tr("Recommendations"));
    segmentationLabel_->setText(tr("Segments:"));
    segmentationBox_->setItemText(0, tr("RFM segments"));
    segmentationBox_->setItemText(1, tr("Value × risk grid"));
    tabs_->setTabText(0, tr("Playbook"));
    tabs_->setTabText(1, tr("Budget plan"));
    tabs_->setTabText(2, tr("Retention list"));
    tabs_->setTabText(3, tr("Cross-sell"));
    tabs_->setTabText(4, tr("Inventory"));
    playbookHint_->setText(
        tr("One action per segment. Double-click the action, channel, spending cap or uplift to "
           "change them; the budget plan and the retention list follow. Changes are saved in the project."));
    resetPlaybook_->setText(tr("Reset playbook to defaults"));
    budgetLabel_->setText(tr("Budget:"));
    costLabel_->setText(tr("Cost per contact:"));
    marginLabel_->setText(tr("Gross margin:"));
    margin_->setSuffix(tr(" %"));
    retentionHint_->setText(tr("Customers ranked by value at risk: predicted value × churn probability."));
    rulesLabel_->setText(tr("Products bought together (association rules)"));
    suggestionsLabel_->setText(tr("Next product per customer"));
    playbookModel_->retranslate();
    refreshAll();
}

void RecommendationsPage::updateStatus()
{
    const auto data = session_->data();
    if (!session_->project()->isOpen())
        status_->setText(tr("Open a project to see recommendations."));
    else if (session_->isComputing())
        status_->setText(tr("Computing predictions and segments…"));
    else if (!session_->lastError().isEmpty())
        status_->setText(tr("The computation failed: %1").arg(session_->lastError()));
    else if (data)
        status_->setText(tr("Based on the %1 model fitted up to %2 (change it on the Segments page).")
                             .arg(segmentModelName(data->options.modelId), isoFromDay(data->asOf)));
    else
        status_->setText(tr("Compute the segments on the Segments page first."));
}

void RecommendationsPage::refreshAll()
{
    updateStatus();
    refreshPlaybook();
    refreshBudget();
    refreshRetention();
    refreshProducts();
}

namespace {
const segments::Segmentation *currentSegmentation(const SegmentsSession *session, int kind)
{
    const auto data = session->data();
    if (!data)
        return nullptr;
    return kind == 0 ? &session->rfm().segmentation : &session->valueRisk().segmentation;
}
} // namespace

void RecommendationsPage::refreshPlaybook()
{
    const int kind = segmentationBox_->currentIndex();
    playbookModel_->setPlaybook(kind == 0 ? session_->rfmPlaybook() : session_->valueRiskPlaybook());
    const auto data = session_->data();
    const segments::Segmentation *segmentation = currentSegmentation(session_, kind);
    if (!data || !segmentation)
        return;
    const std::vector<std::size_t> counts = segmentation->counts();
    const segments::PredictionLookup lookup(data->run.predictions);
    std::vector<double> value(counts.size(), 0.0);
    for (std::size_t i = 0; i < segmentation->size(); ++i)
        value[static_cast<std::size_t>(segmentation->segmentOf[i])] += lookup.ltv(segmentation->customer[i]);
    std::vector<std::size_t> rowCustomers;
    std::vector<double> rowValue;
    for (const segments::PlaybookEntry &e : playbookModel_->playbook().entries) {
        const qsizetype s = segmentation->names.indexOf(e.segment);
        rowCustomers.push_back(s >= 0 ? counts[static_cast<std::size_t>(s)] : 0);
        rowValue.push_back(s >= 0 ? value[static_cast<std::size_t>(s)] : 0.0);
    }
    playbookModel_->setSegmentStats(std::move(rowCustomers), std::move(rowValue));
    playbookView_->resizeColumnsToContents();
}

void RecommendationsPage::refreshBudget()
{
    const QStringList header = {tr("Segment"),
                                tr("Action"),
                                tr("Customers"),
                                tr("Eligible"),
                                tr("Contacted"),
                                tr("Budget"),
                                tr("Expected incremental value"),
                                tr("Expected net return"),
                                tr("ROI")};
    const QList<int> decimals = {-1, -1, 0, 0, 0, 2, 2, 2, 2};
    const auto data = session_->data();
    const int kind = segmentationBox_->currentIndex();
    const segments::Segmentation *segmentation = currentSegmentation(session_, kind);
    if (!data || !segmentation) {
        allocation_ = {};
        budgetTable_->setTable(header, decimals, std::vector<QVariantList>{});
        roiChart_->setData({}, tr("Expected ROI per segment"));
        budgetSummary_->clear();
        return;
    }
    segments::BudgetOptions options;
    options.totalBudget = budget_->value();
    options.costPerContact = cost_->value();
    options.grossMargin = margin_->value() / 100.0;
    const segments::Playbook &playbook = kind == 0 ? session_->rfmPlaybook() : session_->valueRiskPlaybook();
    allocation_ = segments::allocateBudget(*segmentation, playbook, data->run.predictions, options);
    budgetTable_->setTable(header, decimals,
                           segments::withSegmentDisplayNames(segments::budgetSegmentTable(allocation_)));
    budgetView_->resizeColumnsToContents();

    charts::BarData roi;
    roi.horizontal = true;
    roi.decimals = 2;
    roi.categoryTitle = tr("Segment");
    roi.valueTitle = tr("Expected ROI (net return per unit spent)");
    charts::BarSetData set{tr("ROI"), {}};
    for (const segments::SegmentBudget &s : allocation_.segments) {
        if (s.spend <= 0.0)
            continue; // unfunded segments have no ROI
        roi.categories << segments::segmentDisplayName(s.segment);
        set.values.push_back(std::round(s.roi() * 100.0) / 100.0); // as the table shows it
    }
    roi.sets.push_back(set);
    roiChart_->setData(roi, tr("Expected ROI per funded segment"));

    const QLocale locale = LanguageManager::instance().locale();
    budgetSummary_->setText(
        tr("%1 contacts cost %2 and are expected to bring %3 of incremental value: a net return of %4 (ROI %5).%6")
            .arg(locale.toString(static_cast<qulonglong>(allocation_.contacts.size())),
                 locale.toString(allocation_.spend, 'f', 2), locale.toString(allocation_.incrementalValue, 'f', 2),
                 locale.toString(allocation_.netReturn, 'f', 2), locale.toString(allocation_.roi(), 'f', 2),
                 allocation_.budgetBinding ? tr(" The budget is binding: more customers would be worth contacting.")
                                           : tr(" Every customer worth contacting is funded.")));
}

void RecommendationsPage::refreshRetention()
{
    const QStringList header = {
        tr("Rank"),          tr("Customer"),      tr("Predicted value"), tr("Churn probability"),
        tr("Value at risk"), tr("Last purchase"), tr("Segment"),         tr("Action")};
    const QList<int> decimals = {0, -1, 2, 3, 2, -1, -1, -1};
    const auto data = session_->data();
    const int kind = segmentationBox_->currentIndex();
    const segments::Segmentation *segmentation = currentSegmentation(session_, kind);
    if (!data || !segmentation) {
        retentionTable_->setTable(header, decimals, std::vector<QVariantList>{});
        return;
    }
    const segments::Playbook &playbook = kind == 0 ? session_->rfmPlaybook() : session_->valueRiskPlaybook();
    const std::vector<segments::RetentionEntry> list =
        segments::retentionList(data->run.predictions, data->lastPurchase);
    const std::vector<std::int32_t> segmentOf = segmentation->segmentByCustomer();
    const QStringList &ids = data->transactions->customerIds;
    std::vector<QVariantList> rows;
    rows.reserve(list.size());
    for (std::size_t rank = 0; rank < list.size(); ++rank) {
        const segments::RetentionEntry &e = list[rank];
        const auto c = static_cast<std::size_t>(e.customer);
        QString segment, action;
        if (c < segmentOf.size() && segmentOf[c] >= 0) {
            segment = segmentation->names.at(segmentOf[c]);
            if (const segments::PlaybookEntry *entry = playbook.find(segment))
                action = segments::actionDisplayName(entry->action);
        }
        rows.push_back({QVariant(static_cast<double>(rank + 1)), ids.value(e.customer), e.ltv, e.churnProbability,
                        e.valueAtRisk, e.lastPurchase == segments::kNoPurchase ? QString() : isoFromDay(e.lastPurchase),
                        segments::segmentDisplayName(segment), action});
    }
    retentionTable_->setTable(header, decimals, std::move(rows));
    retentionView_->resizeColumnsToContents();
}

void RecommendationsPage::refreshProducts()
{
    const QStringList ruleHeader = {tr("If bought"), tr("Also buys"),  tr("Baskets"),
                                    tr("Support"),   tr("Confidence"), tr("Lift")};
    const QList<int> ruleDecimals = {-1, -1, 0, 6, 4, 4};
    const QStringList suggestionHeader = {tr("Customer"),   tr("Rank"),       tr("Product"),
                                          tr("Because of"), tr("Confidence"), tr("Lift")};
    const QList<int> suggestionDecimals = {-1, 0, -1, -1, 4, 4};
    const QStringList inventoryHeader = {
        tr("Product"),   tr("Expected units"), tr("Expected units, high-value customers"), tr("High-value share (%)"),
        tr("Customers"), tr("Past units")};
    const QList<int> inventoryDecimals = {-1, 2, 2, 1, 0, 0};
    const auto data = session_->data();
    const bool products = data && data->hasProducts;
    rulesLabel_->setVisible(products);
    rulesView_->setVisible(products);
    suggestionsLabel_->setVisible(products);
    suggestionsView_->setVisible(products);
    inventoryView_->setVisible(products);
    if (!products) {
        rulesTable_->setTable(ruleHeader, ruleDecimals, std::vector<QVariantList>{});
        suggestionsTable_->setTable(suggestionHeader, suggestionDecimals, std::vector<QVariantList>{});
        inventoryTable_->setTable(inventoryHeader, inventoryDecimals, std::vector<QVariantList>{});
        const QString note = data ? tr("This data set has no product column, so there are no cross-sell rules or "
                                       "inventory signal. Import transactions with a product to see them.")
                                  : tr("No results yet.");
        productNote_->setText(note);
        inventoryNote_->setText(note);
        return;
    }
    const QStringList &productNames = data->transactions->productNames;
    rulesTable_->setTable(ruleHeader, ruleDecimals, segments::associationRuleTable(data->rules, productNames));
    suggestionsTable_->setTable(
        suggestionHeader, suggestionDecimals,
        segments::suggestionTable(data->suggestions, data->transactions->customerIds, productNames));
    inventoryTable_->setTable(inventoryHeader, inventoryDecimals,
                              segments::inventoryTable(data->inventory, productNames));
    const QLocale locale = LanguageManager::instance().locale();
    productNote_->setText(tr("%1 rules over %2 baskets; products a customer already bought are never suggested.")
                              .arg(locale.toString(static_cast<qulonglong>(data->rules.rules.size())),
                                   locale.toString(static_cast<qulonglong>(data->rules.baskets))));
    inventoryNote_->setText(tr("Expected units per product over the next %1 weeks: each expected purchase repeats the "
                               "customer's average basket.")
                                .arg(locale.toString(data->options.horizonWeeks)));
    for (DataTableView *view : {rulesView_, suggestionsView_, inventoryView_})
        view->resizeColumnsToContents();
}

} // namespace ltv::ui
