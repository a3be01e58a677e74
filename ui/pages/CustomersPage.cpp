#include "pages/CustomersPage.h"

#include "LanguageManager.h"
#include "ProjectSession.h"
#include "charts/ChartPanel.h"
#include "charts/LineChart.h"
#include "models/btyd/BtydModel.h"
#include "pages/customers/ContributionPanel.h"
#include "pages/customers/ContributionSession.h"
#include "pages/segments/SegmentModelName.h"
#include "pages/segments/SegmentsSession.h"
#include "pages/segments/ValueTableModel.h"
#include "segments/PredictionLookup.h"
#include "segments/SegmentNames.h"
#include "widgets/DataTableView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace ltv::ui {

CustomersPage::CustomersPage(SegmentsSession *session, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , title_(new QLabel(this))
    , status_(new QLabel(this))
    , searchLabel_(new QLabel(this))
    , search_(new QLineEdit(this))
    , table_(new ValueTableModel(this))
    , proxy_(new QSortFilterProxyModel(this))
    , view_(new DataTableView(this))
    , detailTitle_(new QLabel(this))
    , numbers_(new QLabel(this))
    , purchaseChart_(new charts::LineChart)
    , aliveChart_(new charts::LineChart)
    , valueChart_(new charts::LineChart)
    , detailTabs_(new QTabWidget(this))
    , split_(new QSplitter(Qt::Horizontal, this))
    , valuePanel_(new charts::ChartPanel(valueChart_, this))
    , purchasePanel_(new charts::ChartPanel(purchaseChart_, this))
    , alivePanel_(new charts::ChartPanel(aliveChart_, this))
    , contributions_(new ContributionSession(session, session->runner(), this))
    , contributionPanel_(new ContributionPanel(contributions_, this))
{
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    title_->setObjectName(QStringLiteral("pageTitle"));
    status_->setObjectName(QStringLiteral("customersStatus"));
    status_->setWordWrap(true);
    search_->setObjectName(QStringLiteral("customerSearch"));
    search_->setClearButtonEnabled(true);
    view_->setObjectName(QStringLiteral("customerPredictionsView"));
    detailTitle_->setObjectName(QStringLiteral("customerDetailTitle"));
    QFont detailFont = detailTitle_->font();
    detailFont.setBold(true);
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.2);
    detailTitle_->setFont(detailFont);
    numbers_->setObjectName(QStringLiteral("customerNumbers"));
    numbers_->setTextFormat(Qt::RichText);
    numbers_->setWordWrap(true);
    purchasePanel_->setObjectName(QStringLiteral("purchaseHistoryChart"));
    alivePanel_->setObjectName(QStringLiteral("aliveHistoryChart"));
    purchasePanel_->setExportBaseName(QStringLiteral("purchase-history"));
    alivePanel_->setExportBaseName(QStringLiteral("p-alive-history"));
    valuePanel_->setObjectName(QStringLiteral("expectedValueChart"));
    valuePanel_->setExportBaseName(QStringLiteral("expected-value"));
    detailTabs_->setObjectName(QStringLiteral("customerDetailTabs"));
    detailTabs_->addTab(purchasePanel_, QString());
    detailTabs_->addTab(alivePanel_, QString());
    detailTabs_->addTab(valuePanel_, QString());
    detailTabs_->addTab(contributionPanel_, QString());
    purchasePanel_->setMinimumHeight(160);
    alivePanel_->setMinimumHeight(160);
    purchaseChart_->legend()->hide(); // one series, named by the title

    proxy_->setSourceModel(table_);
    proxy_->setSortRole(Qt::EditRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1); // search the id, segment and action alike
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(PredictedValue, Qt::DescendingOrder);
    view_->verticalHeader()->hide();
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel_);
    searchRow->addWidget(search_, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(view_, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(detailTitle_);
    rightLayout->addWidget(numbers_);
    rightLayout->addWidget(detailTabs_, 1);
    split_->addWidget(left);
    split_->addWidget(right);
    // The detail charts take the room the table's first columns leave; the
    // table scrolls sideways to the rest.
    split_->setStretchFactor(0, 0);
    split_->setStretchFactor(1, 1);
    connect(split_, &QSplitter::splitterMoved, this, [this] { splitMoved_ = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(status_);
    layout->addWidget(split_, 1);

    connect(search_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const int row = proxy_->mapToSource(current).row();
        if (row >= 0 && static_cast<std::size_t>(row) < rowCustomer_.size())
            showCustomer(rowCustomer_[static_cast<std::size_t>(row)]);
    });
    connect(session_, &SegmentsSession::computationStarted, this, &CustomersPage::updateStatus);
    connect(session_, &SegmentsSession::failed, this, &CustomersPage::updateStatus);
    connect(session_, &SegmentsSession::computed, this, &CustomersPage::refresh);
    connect(session_, &SegmentsSession::rfmChanged, this, &CustomersPage::refresh);
    connect(session_, &SegmentsSession::playbookChanged, this, &CustomersPage::refresh);
    connect(session_, &SegmentsSession::valueRiskChanged, this, &CustomersPage::refresh);
    connect(session_, &SegmentsSession::cleared, this, [this] {
        refresh();
        if (isVisible())
            QTimer::singleShot(0, session_, &SegmentsSession::ensureComputed);
    });
    retranslate();
}

void CustomersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    session_->ensureComputed();
    contributions_->ensureComputed();
}

void CustomersPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTableWidth();
}

void CustomersPage::fitTableWidth()
{
    const int total = split_->width() - split_->handleWidth();
    if (splitMoved_ || total <= 0 || split_->count() != 2)
        return;
    int need = 2 * view_->frameWidth() + view_->verticalScrollBar()->sizeHint().width();
    for (int column : {Customer, PredictedValue, PAlive, Churn})
        need += view_->columnWidth(column);
    // The detail panel keeps at least 45% for its charts.
    const int left = std::min(need, total * 55 / 100);
    split_->setSizes({left, total - left});
}

QString CustomersPage::detailTabId(DetailTab tab)
{
    static const QStringList ids = {QStringLiteral("history"), QStringLiteral("palive"), QStringLiteral("value"),
                                    QStringLiteral("contributions")};
    return ids.value(tab);
}

void CustomersPage::showDetailTab(DetailTab tab)
{
    detailTabs_->setCurrentIndex(tab);
}

void CustomersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomersPage::retranslate()
{
    title_->setText(tr("Customers"));
    searchLabel_->setText(tr("Search:"));
    search_->setPlaceholderText(tr("Customer id, segment or action"));
    detailTabs_->setTabText(0, tr("Purchase history"));
    detailTabs_->setTabText(1, tr("P(alive)"));
    detailTabs_->setTabText(2, tr("Expected value"));
    detailTabs_->setTabText(3, tr("Feature contributions"));
    refresh();
}

void CustomersPage::updateStatus()
{
    const auto data = session_->data();
    if (!session_->project()->isOpen())
        status_->setText(tr("Open a project to see its customers' predictions."));
    else if (session_->isComputing())
        status_->setText(tr("Computing predictions and segments…"));
    else if (!session_->lastError().isEmpty())
        status_->setText(tr("The computation failed: %1").arg(session_->lastError()));
    else if (data)
        status_->setText(tr("Predictions of the %1 model for the %2 weeks after %3; segment and action from the RFM "
                            "rules and the playbook.")
                             .arg(segmentModelName(data->options.modelId),
                                  LanguageManager::instance().locale().toString(data->options.horizonWeeks),
                                  isoFromDay(data->asOf)));
    else
        status_->setText(tr("Compute the segments on the Segments page first."));
}

void CustomersPage::refresh()
{
    updateStatus();
    const QStringList header = {tr("Customer"),           tr("Predicted value"), tr("P(alive)"),      tr("P(churn)"),
                                tr("Expected purchases"), tr("Purchase days"),   tr("Last purchase"), tr("RFM segment"),
                                tr("Value × risk"),       tr("Action")};
    // Short headers keep the first columns in view; the tooltips say it in full.
    QStringList toolTips = header;
    toolTips[PredictedValue] = tr("Predicted value over the horizon");
    toolTips[PAlive] = tr("Probability that the customer is still active");
    toolTips[Churn] = tr("Churn probability");
    const QList<int> decimals = {-1, 2, 3, 3, 2, 0, -1, -1, -1, -1};
    const auto data = session_->data();
    rowCustomer_.clear();
    if (!data) {
        table_->setTable(header, decimals, std::vector<QVariantList>{});
        table_->setHeaderToolTips(toolTips);
        current_ = -1;
        refreshDetail();
        return;
    }
    const models::Predictions &p = data->run.predictions;
    const segments::PredictionLookup lookup(p);
    const segments::RfmResult &rfm = session_->rfm();
    const std::vector<std::int32_t> rfmOf = rfm.segmentation.segmentByCustomer();
    const std::vector<std::int32_t> gridOf = session_->valueRisk().segmentation.segmentByCustomer();
    const segments::Playbook &playbook = session_->rfmPlaybook();
    const features::CustomerSummary &summary = data->run.summary;
    std::vector<std::int64_t> summaryRow(static_cast<std::size_t>(data->transactions->customerCount()), -1);
    for (std::size_t i = 0; i < summary.size(); ++i)
        summaryRow[static_cast<std::size_t>(summary.customer[i])] = static_cast<std::int64_t>(i);
    std::vector<QVariantList> rows;
    rows.reserve(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        const std::int32_t c = p.customer[i];
        const auto cu = static_cast<std::size_t>(c);
        QString segment, cell, action;
        if (cu < rfmOf.size() && rfmOf[cu] >= 0) {
            segment = rfm.segmentation.names.at(rfmOf[cu]);
            if (const segments::PlaybookEntry *entry = playbook.find(segment))
                action = segments::actionDisplayName(entry->action);
        }
        if (cu < gridOf.size() && gridOf[cu] >= 0)
            cell = session_->valueRisk().segmentation.names.at(gridOf[cu]);
        const std::int64_t s = summaryRow[cu];
        rows.push_back({data->transactions->customerIds.value(c), lookup.ltv(c), lookup.pAlive(c),
                        lookup.churnProbability(c), lookup.expectedPurchases(c),
                        s >= 0 ? QVariant(static_cast<double>(summary.purchaseDays[static_cast<std::size_t>(s)]))
                               : QVariant(std::numeric_limits<double>::quiet_NaN()),
                        s >= 0 ? isoFromDay(summary.lastPurchase[static_cast<std::size_t>(s)]) : QString(),
                        segments::segmentDisplayName(segment), segments::segmentDisplayName(cell), action});
        rowCustomer_.push_back(c);
    }
    const std::int32_t keep = current_;
    table_->setTable(header, decimals, std::move(rows));
    table_->setHeaderToolTips(toolTips);
    view_->resizeColumnsToContents();
    fitTableWidth();
    // Keep the selected customer, or show the most valuable one.
    std::int32_t show = keep;
    if (show < 0 || !lookup.has(show)) {
        const QModelIndex top = proxy_->index(0, 0);
        show = top.isValid() ? rowCustomer_[static_cast<std::size_t>(proxy_->mapToSource(top).row())] : -1;
    }
    for (std::size_t r = 0; r < rowCustomer_.size(); ++r) {
        if (rowCustomer_[r] == show) {
            const QModelIndex index = proxy_->mapFromSource(table_->index(static_cast<int>(r), 0));
            if (index.isValid()) {
                view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                    QItemSelectionModel::Rows);
            }
            break;
        }
    }
    showCustomer(show);
}

bool CustomersPage::showCustomer(std::int32_t customer)
{
    const auto data = session_->data();
    current_ = data && customer >= 0 && customer < data->transactions->customerCount() ? customer : -1;
    history_ = {};
    if (current_ >= 0) {
        history_ = purchaseHistory(*data->transactions, current_, data->asOf);
        const auto *btyd = dynamic_cast<const models::btyd::BtydModel *>(data->run.model.get());
        if (btyd && btyd->transactionModel())
            addAliveHistory(history_, *btyd->transactionModel(), data->asOf, daysPerUnit(btyd->unit()),
                            data->options.horizonWeeks * 7.0 / daysPerUnit(btyd->unit()));
    }
    refreshDetail();
    return current_ >= 0;
}

void CustomersPage::refreshDetail()
{
    const auto data = session_->data();
    purchaseChart_->clearLines();
    aliveChart_->clearLines();
    valueChart_->clearLines();
    valueChart_->setTitle(tr("Expected value over the horizon"));
    valueChart_->setAxisTitles(tr("Weeks after %1").arg(data ? isoFromDay(data->asOf) : QString()),
                               tr("Expected cumulative value"));
    purchaseChart_->setTitle(tr("Purchase history"));
    purchaseChart_->setAxisTitles(tr("Weeks since the first purchase"), tr("Spend"));
    aliveChart_->setTitle(tr("P(alive) over time"));
    aliveChart_->setAxisTitles(tr("Weeks since the first purchase"), tr("Probability"));
    contributionPanel_->setCustomer(current_, data && current_ >= 0 ? data->transactions->customerIds.value(current_)
                                                                    : QString());
    if (!data || current_ < 0) {
        detailTitle_->setText(tr("No customer selected"));
        numbers_->clear();
        return;
    }
    const QLocale locale = LanguageManager::instance().locale();
    detailTitle_->setText(tr("Customer %1").arg(data->transactions->customerIds.value(current_)));
    if (!history_.purchaseDays.empty()) {
        const Day first = history_.purchaseDays.front();
        const int spend = purchaseChart_->addLine(tr("Spend per purchase day"));
        for (std::size_t i = 0; i < history_.purchaseDays.size(); ++i)
            purchaseChart_->appendPoint(spend, (history_.purchaseDays[i] - first) / 7.0, history_.purchaseValue[i]);
        purchaseChart_->lineSeries(spend)->setPointsVisible(true);
        if (!history_.time.empty()) {
            const double unitWeeks = 1.0; // the model runs in weeks
            const int past = aliveChart_->addLine(tr("As judged at the time"));
            for (std::size_t i = 0; i < history_.time.size(); ++i)
                aliveChart_->appendPoint(past, history_.time[i] * unitWeeks, history_.pAlive[i]);
            const int future = aliveChart_->addLine(tr("Projected, without a new purchase"));
            const double start = (data->asOf - first) / 7.0;
            for (std::size_t i = 0; i < history_.futureTime.size(); ++i)
                aliveChart_->appendPoint(future, start + history_.futureTime[i] * unitWeeks, history_.futurePAlive[i]);
            // A probability: always show the whole 0..1 scale.
            const auto axes = aliveChart_->lineSeries(past)->attachedAxes();
            for (QAbstractAxis *axis : axes)
                if (auto *valueAxis = qobject_cast<QValueAxis *>(axis);
                    valueAxis && axis->orientation() == Qt::Vertical) {
                    valueAxis->setRange(0.0, 1.0);
                    valueAxis->setTickCount(5);
                    valueAxis->setLabelFormat(QStringLiteral("%.2f"));
                }
            // Expected purchases so far x expected spend per purchase (undiscounted).
            const segments::PredictionLookup lookup(data->run.predictions);
            const std::int64_t row = lookup.row(current_);
            if (row >= 0) {
                const double spendPerPurchase = data->run.predictions.expectedSpend[static_cast<std::size_t>(row)];
                const int value = valueChart_->addLine(tr("Expected value, undiscounted"));
                for (std::size_t i = 0; i < history_.futureTime.size(); ++i)
                    valueChart_->appendPoint(value, history_.futureTime[i] * unitWeeks,
                                             history_.futureExpectedPurchases[i] * spendPerPurchase);
            }
        }
    }
    const segments::PredictionLookup lookup(data->run.predictions);
    const std::int64_t row = lookup.row(current_);
    QString text = QStringLiteral("<table cellspacing='2'>");
    const auto line = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(label, value);
    };
    const features::CustomerSummary &s = data->run.summary;
    const auto it = std::find(s.customer.begin(), s.customer.end(), current_);
    if (it != s.customer.end()) {
        const auto i = static_cast<std::size_t>(it - s.customer.begin());
        line(tr("Repeat purchases (x)"), locale.toString(s.frequency[i], 'f', 0));
        line(tr("Weeks from first to last purchase (t<sub>x</sub>)"), locale.toString(s.recency[i], 'f', 1));
        line(tr("Weeks since the first purchase (T)"), locale.toString(s.age[i], 'f', 1));
        line(tr("Mean repeat spend"), locale.toString(s.monetary[i], 'f', 2));
    }
    if (row >= 0) {
        const models::Predictions &p = data->run.predictions;
        const auto r = static_cast<std::size_t>(row);
        line(tr("P(alive)"), locale.toString(lookup.pAlive(current_), 'f', 3));
        line(tr("Expected purchases in %1 weeks").arg(locale.toString(data->options.horizonWeeks)),
             locale.toString(p.expectedPurchases[r], 'f', 2));
        line(tr("Expected spend per purchase"), locale.toString(p.expectedSpend[r], 'f', 2));
        line(tr("Predicted value"), locale.toString(p.ltv[r], 'f', 2));
        line(tr("Churn probability"), locale.toString(lookup.churnProbability(current_), 'f', 3));
    }
    text += QStringLiteral("</table>");
    numbers_->setText(text);
}

} // namespace ltv::ui
