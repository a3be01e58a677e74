#include "pages/SegmentsPage.h"

#include "LanguageManager.h"
#include "ProjectSession.h"
#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/HeatmapChart.h"
#include "pages/models/LeaderboardView.h"
#include "pages/segments/RfmRulesModel.h"
#include "pages/segments/SegmentModelName.h"
#include "pages/segments/SegmentsSession.h"
#include "pages/segments/ValueTableModel.h"
#include "segments/PredictionLookup.h"
#include "segments/SegmentNames.h"
#include "widgets/DataTableView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <array>
#include <cmath>
#include <utility>

namespace ltv::ui {

namespace {
const QDate kEpoch(1970, 1, 1);

QDate dateOf(Day day)
{
    return kEpoch.addDays(day);
}

Day dayOf(const QDate &date)
{
    return static_cast<Day>(kEpoch.daysTo(date));
}

DataTableView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new DataTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QDoubleSpinBox *percentBox(const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0.0, 100.0);
    box->setDecimals(1);
    box->setKeyboardTracking(false); // apply a typed value once, not per keystroke
    return box;
}

// Total predicted value per segment, the sum behind segments::segmentValueTable.
std::vector<double> valueBySegment(const segments::Segmentation &segmentation, const models::Predictions &predictions)
{
    const segments::PredictionLookup lookup(predictions);
    std::vector<double> total(static_cast<std::size_t>(segmentation.names.size()), 0.0);
    for (std::size_t i = 0; i < segmentation.size(); ++i)
        total[static_cast<std::size_t>(segmentation.segmentOf[i])] += lookup.ltv(segmentation.customer[i]);
    return total;
}
} // namespace

SegmentsPage::SegmentsPage(SegmentsSession *session, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , title_(new QLabel(this))
    , modelLabel_(new QLabel(this))
    , modelBox_(new QComboBox(this))
    , asOfLabel_(new QLabel(this))
    , asOf_(new QDateEdit(this))
    , horizonLabel_(new QLabel(this))
    , horizon_(new QSpinBox(this))
    , computeButton_(new QPushButton(this))
    , status_(new QLabel(this))
    , tabs_(new QTabWidget(this))
    , sizeChart_(new charts::BarChart)
    , valueChart_(new charts::BarChart)
    , heatmap_(new charts::HeatmapChart)
    , sizePanel_(new charts::ChartPanel(sizeChart_, this))
    , valuePanel_(new charts::ChartPanel(valueChart_, this))
    , heatmapPanel_(new charts::ChartPanel(heatmap_, this))
    , rfmTable_(new ValueTableModel(this))
    , valueRiskTable_(new ValueTableModel(this))
    , clusterTable_(new ValueTableModel(this))
    , rulesModel_(new RfmRulesModel(this))
    , rfmView_(makeView(QStringLiteral("rfmSegmentsView"), this))
    , valueRiskView_(makeView(QStringLiteral("valueRiskView"), this))
    , clusterView_(new LeaderboardView(this))
    , rulesView_(makeView(QStringLiteral("rfmRulesView"), this))
    , rulesHint_(new QLabel(this))
    , clusterNote_(new QLabel(this))
    , addRule_(new QPushButton(this))
    , removeRule_(new QPushButton(this))
    , ruleUp_(new QPushButton(this))
    , ruleDown_(new QPushButton(this))
    , resetRules_(new QPushButton(this))
    , gridLabel_(new QLabel(this))
    , topShareLabel_(new QLabel(this))
    , topShare_(percentBox(QStringLiteral("gridTopShare"), this))
    , middleShareLabel_(new QLabel(this))
    , middleShare_(percentBox(QStringLiteral("gridMiddleShare"), this))
    , lowRiskLabel_(new QLabel(this))
    , lowRisk_(percentBox(QStringLiteral("gridLowRisk"), this))
    , highRiskLabel_(new QLabel(this))
    , highRisk_(percentBox(QStringLiteral("gridHighRisk"), this))
    , riskMetric_(new QComboBox(this))
    , resetGrid_(new QPushButton(this))
    , gridNote_(new QLabel(this))
{
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    title_->setObjectName(QStringLiteral("pageTitle"));
    modelBox_->setObjectName(QStringLiteral("segmentsModelBox"));
    for (const QString &id : segmentModelIds())
        modelBox_->addItem(QString(), id);
    asOf_->setObjectName(QStringLiteral("segmentsAsOf"));
    asOf_->setCalendarPopup(true);
    asOf_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    horizon_->setObjectName(QStringLiteral("segmentsHorizon"));
    horizon_->setRange(1, 520);
    horizon_->setValue(static_cast<int>(session_->options().horizonWeeks));
    computeButton_->setObjectName(QStringLiteral("computeSegmentsButton"));
    status_->setObjectName(QStringLiteral("segmentsStatus"));
    status_->setWordWrap(true);
    tabs_->setObjectName(QStringLiteral("segmentsTabs"));
    sizePanel_->setObjectName(QStringLiteral("segmentSizesChart"));
    valuePanel_->setObjectName(QStringLiteral("segmentValueChart"));
    heatmapPanel_->setObjectName(QStringLiteral("valueRiskHeatmap"));
    sizePanel_->setExportBaseName(QStringLiteral("segment-sizes"));
    valuePanel_->setExportBaseName(QStringLiteral("segment-value"));
    heatmapPanel_->setExportBaseName(QStringLiteral("value-risk-grid"));
    rfmView_->setModel(rfmTable_);
    valueRiskView_->setModel(valueRiskTable_);
    // Laid out as the models' leaderboard: a title on two lines and a number's
    // width per column, so that every feature's column shows without scrolling.
    clusterView_->setObjectName(QStringLiteral("clusterProfilesView"));
    clusterView_->setModel(clusterTable_);
    rulesView_->setModel(rulesModel_);
    rulesView_->setSortingEnabled(false);
    rulesView_->verticalHeader()->show();
    rulesView_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    rfmView_->setSortingEnabled(true);
    valueRiskView_->setSortingEnabled(true);
    clusterView_->setSortingEnabled(true);
    for (DataTableView *v : {rfmView_, valueRiskView_, clusterView_})
        v->sortByColumn(-1, Qt::AscendingOrder); // core's order until the user sorts
    rulesHint_->setWordWrap(true);
    clusterNote_->setWordWrap(true);
    clusterNote_->setObjectName(QStringLiteral("clusterNote"));

    auto *options = new QHBoxLayout;
    options->addWidget(modelLabel_);
    options->addWidget(modelBox_);
    options->addSpacing(12);
    options->addWidget(asOfLabel_);
    options->addWidget(asOf_);
    options->addSpacing(12);
    options->addWidget(horizonLabel_);
    options->addWidget(horizon_);
    options->addSpacing(12);
    options->addWidget(computeButton_);
    options->addStretch(1);

    // Tab 1: segment sizes and value side by side.
    auto *overview = new QWidget(this);
    auto *overviewLayout = new QHBoxLayout(overview);
    overviewLayout->addWidget(sizePanel_, 1);
    overviewLayout->addWidget(valuePanel_, 1);

    // Tab 2: the grid settings over the value x risk heatmap and its table.
    riskMetric_->setObjectName(QStringLiteral("gridRiskMetric"));
    riskMetric_->addItem(QString(), static_cast<int>(segments::RiskMetric::ChurnProbability));
    riskMetric_->addItem(QString(), static_cast<int>(segments::RiskMetric::NotAlive));
    resetGrid_->setObjectName(QStringLiteral("resetGridButton"));
    resetRules_->setObjectName(QStringLiteral("resetRulesButton"));
    gridNote_->setObjectName(QStringLiteral("gridNote"));
    gridNote_->setWordWrap(true);
    auto *gridTab = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridTab);
    // Two short rows keep the page narrow: value tiers and measure, then risk thresholds and reset.
    auto *gridInputs = new QGridLayout;
    gridInputs->addWidget(gridLabel_, 0, 0);
    gridInputs->addWidget(topShareLabel_, 0, 1);
    gridInputs->addWidget(topShare_, 0, 2);
    gridInputs->addWidget(middleShareLabel_, 0, 3);
    gridInputs->addWidget(middleShare_, 0, 4);
    gridInputs->addWidget(riskMetric_, 0, 5);
    gridInputs->addWidget(lowRiskLabel_, 1, 1);
    gridInputs->addWidget(lowRisk_, 1, 2);
    gridInputs->addWidget(highRiskLabel_, 1, 3);
    gridInputs->addWidget(highRisk_, 1, 4);
    gridInputs->addWidget(resetGrid_, 1, 5);
    gridInputs->setColumnStretch(6, 1);
    gridLayout->addLayout(gridInputs);
    gridLayout->addWidget(gridNote_);
    auto *grid = new QSplitter(Qt::Vertical, gridTab);
    grid->addWidget(heatmapPanel_);
    grid->addWidget(valueRiskView_);
    grid->setStretchFactor(0, 3);
    grid->setStretchFactor(1, 2);
    gridLayout->addWidget(grid, 1);

    // Tab 3: RFM segments over the rule editor.
    auto *rfm = new QWidget(this);
    auto *rfmLayout = new QVBoxLayout(rfm);
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {addRule_, removeRule_, ruleUp_, ruleDown_, resetRules_})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);
    auto *rfmSplit = new QSplitter(Qt::Vertical, rfm);
    rfmSplit->addWidget(rfmView_);
    auto *ruleBox = new QWidget(rfmSplit);
    auto *ruleLayout = new QVBoxLayout(ruleBox);
    ruleLayout->setContentsMargins(0, 0, 0, 0);
    ruleLayout->addWidget(rulesHint_);
    ruleLayout->addWidget(rulesView_, 1);
    ruleLayout->addLayout(ruleButtons);
    rfmSplit->addWidget(ruleBox);
    rfmLayout->addWidget(rfmSplit);

    // Tab 4: clusters.
    auto *clusters = new QWidget(this);
    auto *clusterLayout = new QVBoxLayout(clusters);
    clusterLayout->addWidget(clusterNote_);
    clusterLayout->addWidget(clusterView_, 1);

    tabs_->addTab(overview, QString());
    tabs_->addTab(gridTab, QString());
    tabs_->addTab(rfm, QString());
    tabs_->addTab(clusters, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(options);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);

    connect(computeButton_, &QPushButton::clicked, this, &SegmentsPage::compute);
    connect(session_, &SegmentsSession::computationStarted, this, &SegmentsPage::updateStatus);
    connect(session_, &SegmentsSession::failed, this, &SegmentsPage::updateStatus);
    connect(session_, &SegmentsSession::computed, this, &SegmentsPage::refreshAll);
    connect(session_, &SegmentsSession::rfmChanged, this, &SegmentsPage::refreshRfm);
    connect(session_, &SegmentsSession::valueRiskChanged, this, &SegmentsPage::refreshValueRisk);
    connect(session_, &SegmentsSession::settingsReplaced, this, &SegmentsPage::loadEditors);
    connect(session_, &SegmentsSession::settingsProblem, this, &SegmentsPage::updateStatus);
    connect(session_, &SegmentsSession::cleared, this, [this] {
        datesInitialised_ = false;
        refreshAll();
        if (isVisible())
            QTimer::singleShot(0, session_, &SegmentsSession::ensureComputed);
    });
    connect(rulesModel_, &RfmRulesModel::rulesEdited, session_, &SegmentsSession::setRules);
    connect(addRule_, &QPushButton::clicked, this, [this] {
        const int row =
            rulesView_->currentIndex().isValid() ? rulesView_->currentIndex().row() + 1 : rulesModel_->rowCount();
        segments::RfmRule rule;
        rule.name = tr("New segment");
        rulesModel_->insertRule(row, rule);
        rulesView_->setCurrentIndex(rulesModel_->index(row, RfmRulesModel::Name));
    });
    connect(removeRule_, &QPushButton::clicked, this, [this] {
        if (rulesView_->currentIndex().isValid())
            rulesModel_->removeRule(rulesView_->currentIndex().row());
    });
    const auto move = [this](int delta) {
        const QModelIndex current = rulesView_->currentIndex();
        if (current.isValid() && rulesModel_->moveRule(current.row(), current.row() + delta))
            rulesView_->setCurrentIndex(rulesModel_->index(current.row() + delta, current.column()));
    };
    connect(ruleUp_, &QPushButton::clicked, this, [move] { move(-1); });
    connect(ruleDown_, &QPushButton::clicked, this, [move] { move(1); });
    connect(resetRules_, &QPushButton::clicked, session_, &SegmentsSession::resetRules);
    connect(resetGrid_, &QPushButton::clicked, session_, &SegmentsSession::resetGrid);
    for (QDoubleSpinBox *box : {topShare_, middleShare_, lowRisk_, highRisk_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SegmentsPage::applyGrid);
    connect(riskMetric_, &QComboBox::currentIndexChanged, this, &SegmentsPage::applyGrid);
    loadEditors();
    retranslate();
    refreshAll();
}

void SegmentsPage::loadEditors()
{
    rulesModel_->setRules(session_->rules());
    refreshRfm(); // the rule counts
    const segments::ValueRiskConfig &grid = session_->grid();
    const std::array<std::pair<QDoubleSpinBox *, double>, 4> values{{{topShare_, grid.topShare},
                                                                     {middleShare_, grid.middleShare},
                                                                     {lowRisk_, grid.lowRiskBelow},
                                                                     {highRisk_, grid.highRiskAbove}}};
    for (const auto &[box, value] : values) {
        const QSignalBlocker block(box);
        box->setValue(100.0 * value);
    }
    const QSignalBlocker block(riskMetric_);
    riskMetric_->setCurrentIndex(std::max(0, riskMetric_->findData(static_cast<int>(grid.metric))));
    gridNote_->clear();
}

void SegmentsPage::applyGrid()
{
    segments::ValueRiskConfig grid = session_->grid();
    // The boxes show one decimal of a percent: keep the session's exact value when the box still shows it.
    const auto share = [](const QDoubleSpinBox *box, double current) {
        return std::abs(100.0 * current - box->value()) < 0.05 ? current : box->value() / 100.0;
    };
    grid.topShare = share(topShare_, grid.topShare);
    grid.middleShare = share(middleShare_, grid.middleShare);
    grid.lowRiskBelow = share(lowRisk_, grid.lowRiskBelow);
    grid.highRiskAbove = share(highRisk_, grid.highRiskAbove);
    grid.metric = static_cast<segments::RiskMetric>(riskMetric_->currentData().toInt());
    // The same checks as a grid read from JSON.
    segments::ValueRiskConfig checked;
    QString error;
    if (!segments::ValueRiskConfig::fromJsonObject(grid.toJsonObject(), &checked, &error)) {
        gridNote_->setText(error);
        return;
    }
    gridNote_->clear();
    if (!(checked == session_->grid()))
        session_->setGrid(checked);
}

void SegmentsPage::compute()
{
    SegmentsOptions options = session_->options();
    options.modelId = modelBox_->currentData().toString();
    options.horizonWeeks = horizon_->value();
    options.asOf = datesInitialised_ ? dayOf(asOf_->date()) : 0;
    session_->compute(options);
}

void SegmentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    session_->ensureComputed();
}

void SegmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SegmentsPage::retranslate()
{
    title_->setText(tr("Segments"));
    modelLabel_->setText(tr("Model:"));
    for (int i = 0; i < modelBox_->count(); ++i)
        modelBox_->setItemText(i, segmentModelName(modelBox_->itemData(i).toString()));
    asOfLabel_->setText(tr("As of:"));
    horizonLabel_->setText(tr("Horizon:"));
    horizon_->setSuffix(tr(" weeks"));
    computeButton_->setText(tr("Compute segments"));
    tabs_->setTabText(0, tr("Segment sizes and value"));
    tabs_->setTabText(1, tr("Value × risk"));
    tabs_->setTabText(2, tr("RFM segments and rules"));
    tabs_->setTabText(3, tr("Clusters"));
    rulesHint_->setText(tr("Rules are tried from the top; the first whose R, F and M score ranges (1 to 5) all match "
                           "names the customer. Double-click a cell to edit it: the segments update at once and the "
                           "table is saved in the project."));
    addRule_->setText(tr("Add rule"));
    removeRule_->setText(tr("Remove rule"));
    ruleUp_->setText(tr("Move up"));
    ruleDown_->setText(tr("Move down"));
    resetRules_->setText(tr("Reset rules to defaults"));
    gridLabel_->setText(tr("Grid:"));
    topShareLabel_->setText(tr("High value = top"));
    middleShareLabel_->setText(tr("Medium = next"));
    lowRiskLabel_->setText(tr("Low risk below"));
    highRiskLabel_->setText(tr("High risk above"));
    for (QDoubleSpinBox *box : {topShare_, middleShare_, lowRisk_, highRisk_})
        box->setSuffix(tr(" %"));
    riskMetric_->setItemText(0, tr("Risk = churn probability"));
    riskMetric_->setItemText(1, tr("Risk = 1 − P(alive)"));
    resetGrid_->setText(tr("Reset grid to defaults"));
    rulesModel_->retranslate();
    refreshAll();
}

void SegmentsPage::updateStatus()
{
    const auto data = session_->data();
    if (!session_->project()->isOpen()) {
        status_->setText(tr("Open a project to compute segments."));
    } else if (session_->isComputing()) {
        status_->setText(tr("Computing predictions and segments…"));
    } else if (!session_->lastError().isEmpty()) {
        status_->setText(tr("The computation failed: %1").arg(session_->lastError()));
    } else if (data) {
        const QLocale locale = LanguageManager::instance().locale();
        status_->setText(tr("%Ln customer(s), %1 model fitted on the history up to %2, value predicted for the next "
                            "%3 weeks.",
                            nullptr, static_cast<int>(data->run.predictions.size()))
                             .arg(segmentModelName(data->options.modelId), dateOf(data->asOf).toString(Qt::ISODate),
                                  locale.toString(data->options.horizonWeeks)) +
                         (data->notes.isEmpty() ? QString() : QLatin1Char(' ') + data->notes.join(QLatin1Char(' '))));
    } else {
        status_->setText(tr("Press “Compute segments” to fit the model and segment the customers."));
    }
    const QStringList problems = session_->settingsProblems();
    if (!problems.isEmpty())
        status_->setText(status_->text() + QLatin1Char(' ') + problems.join(QLatin1Char(' ')));
}

void SegmentsPage::refreshAll()
{
    const auto data = session_->data();
    if (data && !datesInitialised_) {
        const QSignalBlocker block(asOf_);
        asOf_->setDateRange(dateOf(data->firstDay), dateOf(data->lastDay));
        asOf_->setDate(dateOf(data->asOf));
        datesInitialised_ = true;
        modelBox_->setCurrentIndex(std::max(0, modelBox_->findData(data->options.modelId)));
        horizon_->setValue(static_cast<int>(data->options.horizonWeeks));
    }
    updateStatus();
    refreshRfm();
    refreshValueRisk();
    refreshClusters();
}

void SegmentsPage::refreshRfm()
{
    const auto data = session_->data();
    const QStringList header = {
        tr("Segment"),   tr("Customers"), tr("Share (%)"), tr("Mean recency (days)"), tr("Mean purchase days"),
        tr("Mean spend")};
    if (!data) {
        rfmTable_->setTable(header, {-1, 0, 1, 1, 2, 2}, std::vector<QVariantList>{});
        sizeChart_->setData({}, tr("Customers per RFM segment"));
        valueChart_->setData({}, tr("Predicted value per RFM segment"));
        rulesModel_->setCounts({});
        return;
    }
    const segments::RfmResult &rfm = session_->rfm();
    rfmTable_->setTable(header, {-1, 0, 1, 1, 2, 2}, segments::withSegmentDisplayNames(segments::rfmSummaryTable(rfm)));
    rfmView_->resizeColumnsToContents();

    const std::vector<std::size_t> counts = rfm.segmentation.counts();
    const std::vector<double> value = valueBySegment(rfm.segmentation, data->run.predictions);
    charts::BarData sizes;
    for (const QString &name : rfm.segmentation.names)
        sizes.categories << segments::segmentDisplayName(name);
    sizes.horizontal = true;
    sizes.categoryTitle = tr("RFM segment");
    sizes.valueTitle = tr("Customers");
    sizes.sets.push_back({tr("Customers"), std::vector<double>(counts.begin(), counts.end())});
    sizeChart_->setData(sizes, tr("Customers per RFM segment"));
    // In thousands with one decimal: readable bar labels and axis ticks.
    std::vector<double> thousands;
    for (const double v : value)
        thousands.push_back(std::round(v / 100.0) / 10.0);
    charts::BarData values = sizes;
    values.valueTitle = tr("Predicted value in the horizon (thousands)");
    values.decimals = 1;
    values.sets = {{tr("Predicted value"), thousands}};
    valueChart_->setData(values, tr("Predicted value per RFM segment"));

    // Counts per rule; "Others" is the last segment and has no rule row.
    rulesModel_->setCounts(std::vector<std::size_t>(counts.begin(), counts.end() - (counts.empty() ? 0 : 1)));
    rulesView_->resizeColumnToContents(RfmRulesModel::Name);
}

void SegmentsPage::refreshValueRisk()
{
    const auto data = session_->data();
    const QStringList header = {tr("Segment"),
                                tr("Customers"),
                                tr("Share (%)"),
                                tr("Total predicted value"),
                                tr("Mean predicted value"),
                                tr("Value share (%)"),
                                tr("Value at risk"),
                                tr("Mean churn probability"),
                                tr("Expected purchases")};
    const QList<int> decimals = {-1, 0, 1, 2, 2, 1, 2, 3, 1};
    if (!data) {
        valueRiskTable_->setTable(header, decimals, std::vector<QVariantList>{});
        heatmap_->setData({});
        heatmap_->setTitle(tr("Value × risk grid"));
        return;
    }
    const segments::ValueRiskResult &grid = session_->valueRisk();
    valueRiskTable_->setTable(
        header, decimals,
        segments::withSegmentDisplayNames(segments::segmentValueTable(grid.segmentation, data->run.predictions)));
    valueRiskView_->resizeColumnsToContents();

    const std::vector<std::size_t> counts = grid.segmentation.counts();
    const std::vector<double> value = valueBySegment(grid.segmentation, data->run.predictions);
    const QLocale locale = LanguageManager::instance().locale();
    charts::HeatmapData heat;
    heat.rowLabels = {tr("High value"), tr("Medium value"), tr("Low value")};
    heat.columnLabels = {tr("Low risk"), tr("Medium risk"), tr("High risk")};
    heat.rowTitle = tr("Predicted value tier");
    heat.columnTitle = tr("Churn risk");
    heat.valueTitle = tr("Predicted value in the horizon");
    heat.decimals = 0;
    for (int cell = 0; cell < 9; ++cell) {
        const auto c = static_cast<std::size_t>(cell);
        heat.values.push_back(value[c]);
        heat.cellTexts.push_back(tr("%Ln customer(s)\nvalue %1", nullptr, static_cast<int>(counts[c]))
                                     .arg(locale.toString(value[c], 'f', 0)));
    }
    heatmap_->setData(heat);
    heatmap_->setTitle(tr("Value × risk grid: customers and predicted value per cell"));
}

void SegmentsPage::refreshClusters()
{
    const auto data = session_->data();
    QStringList header = {tr("Cluster"), tr("Customers"), tr("Share (%)"), tr("Total predicted value"),
                          tr("Mean predicted value")};
    QList<int> decimals = {-1, 0, 1, 2, 2};
    if (!data) {
        clusterTable_->setTable(header, decimals, std::vector<QVariantList>{});
        clusterNote_->setText(tr("No clusters yet."));
        return;
    }
    const segments::ClusterResult &clusters = data->clusters;
    segments::Table table = segments::clusterProfileTable(clusters);
    // The features' means under the titles of the RFM table; the predicted
    // value's mean is already the fifth column.
    const qsizetype firstFeature = header.size();
    for (qsizetype f = clusters.featureNames.size() - 1; f >= 0; --f)
        if (clusters.featureNames.at(f) == u"predicted_ltv")
            for (QStringList &row : table.rows)
                row.removeAt(firstFeature + f);
    for (const QString &feature : clusters.featureNames) {
        if (feature == u"recency")
            header << tr("Mean recency (days)");
        else if (feature == u"frequency")
            header << tr("Mean purchase days");
        else if (feature == u"monetary")
            header << tr("Mean spend");
        else if (feature == u"p_alive")
            header << tr("Mean P(alive)");
        else if (feature != u"predicted_ltv")
            header << tr("Mean %1").arg(feature);
    }
    while (decimals.size() < header.size())
        decimals << 2;
    clusterTable_->setTable(header, decimals, table);
    const QLocale locale = LanguageManager::instance().locale();
    double silhouette = 0.0;
    for (const auto &[k, s] : clusters.silhouetteByK)
        if (k == clusters.k)
            silhouette = s;
    clusterNote_->setText(tr("k-means on standardised features; k = %1 has the best mean silhouette (%2) among k = "
                             "2 to 8.")
                              .arg(clusters.k)
                              .arg(locale.toString(silhouette, 'f', 3)));
}

} // namespace ltv::ui
