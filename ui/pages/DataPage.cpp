#include "pages/DataPage.h"

#include "LanguageManager.h"
#include "ProjectSession.h"
#include "Settings.h"
#include "io/Exporter.h"
#include "jobs/JobRunner.h"
#include "models/ImportHistoryModel.h"
#include "models/TransactionTableModels.h"
#include "pages/data/CohortTab.h"
#include "pages/data/FilterBar.h"
#include "pages/data/QualityTab.h"
#include "store/Project.h"
#include "store/Sqlite.h"
#include "widgets/DataTableView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ltv::ui {

namespace {
QWidget *tableTab(FilterBar *filter, DataTableView *view, QLabel *count, QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    if (filter)
        layout->addWidget(filter);
    layout->addWidget(view, 1);
    if (count)
        layout->addWidget(count);
    return tab;
}
} // namespace

DataPage::DataPage(ProjectSession *session, JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , runner_(runner)
    , summary_(new QLabel(this))
    , importButton_(new QPushButton(this))
    , tabs_(new QTabWidget(this))
    , transactionFilter_(new FilterBar(this))
    , customerFilter_(new FilterBar(this))
    , transactionsModel_(new TransactionsTableModel(runner, this))
    , customersModel_(new CustomersTableModel(runner, this))
    , historyModel_(new ImportHistoryModel(this))
    , transactionsView_(new DataTableView(this))
    , customersView_(new DataTableView(this))
    , historyView_(new DataTableView(this))
    , qualityTab_(new QualityTab(session, runner, this))
    , cohortTab_(new CohortTab(session, runner, this))
    , transactionsCount_(new QLabel(this))
    , customersCount_(new QLabel(this))
{
    summary_->setObjectName(QStringLiteral("dataSummary"));
    QFont summaryFont = summary_->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    summary_->setFont(summaryFont);
    importButton_->setObjectName(QStringLiteral("dataImportButton"));
    transactionsView_->setObjectName(QStringLiteral("transactionsView"));
    customersView_->setObjectName(QStringLiteral("customersView"));
    tabs_->setObjectName(QStringLiteral("dataTabs"));

    transactionsView_->setModel(transactionsModel_);
    customersView_->setModel(customersModel_);
    historyView_->setModel(historyModel_);
    transactionsView_->sortByColumn(-1, Qt::AscendingOrder);
    customersView_->sortByColumn(-1, Qt::AscendingOrder);
    for (DataTableView *v : {transactionsView_, customersView_, historyView_})
        v->horizontalHeader()->setDefaultSectionSize(130);
    transactionsView_->setExporter(
        [this](const QString &path) { exportFromStore(QStringLiteral("transactions"), path); });
    customersView_->setExporter([this](const QString &path) { exportFromStore(QStringLiteral("customers"), path); });

    tabs_->addTab(tableTab(transactionFilter_, transactionsView_, transactionsCount_, this), QString());
    tabs_->addTab(tableTab(customerFilter_, customersView_, customersCount_, this), QString());
    tabs_->addTab(tableTab(nullptr, historyView_, nullptr, this), QString());
    tabs_->addTab(qualityTab_, QString());
    tabs_->addTab(cohortTab_, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(importButton_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(top);
    layout->addWidget(tabs_, 1);

    connect(importButton_, &QPushButton::clicked, this, &DataPage::importRequested);
    connect(transactionFilter_, &FilterBar::filterChanged, transactionsModel_, &TransactionsTableModel::setFilter);
    connect(customerFilter_, &FilterBar::filterChanged, customersModel_, &CustomersTableModel::setFilter);
    const auto updateCounts = [this] {
        transactionsCount_->setText(
            transactionsModel_->isLoading()
                ? tr("Loading…")
                : tr("%Ln transaction(s) shown", nullptr, static_cast<int>(transactionsModel_->totalRows())));
        customersCount_->setText(customersModel_->isLoading() ? tr("Loading…")
                                                              : tr("%Ln customer(s) shown", nullptr,
                                                                   static_cast<int>(customersModel_->totalRows())));
    };
    connect(transactionsModel_, &PagedSqlTableModel::loadingChanged, this, updateCounts);
    connect(customersModel_, &PagedSqlTableModel::loadingChanged, this, updateCounts);
    connect(session_, &ProjectSession::dataChanged, this, &DataPage::reload);
    // Cached rows hold formatted text: re-fetch when the display format or language changes.
    const auto reformat = [this] {
        transactionsModel_->refresh();
        customersModel_->refresh();
    };
    connect(&Settings::instance(), &Settings::displayChanged, this, reformat);
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, reformat);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        // Quality and cohorts are computed on first view of fresh data.
        if (index == 3 && qualityTab_->findings()->rowCount() == 0)
            qualityTab_->run();
        if (index == 4 && cohortTab_->model()->rowCount() == 0)
            cohortTab_->run();
    });
    retranslate();
    reload();
}

void DataPage::showTab(int index)
{
    tabs_->setCurrentIndex(index);
}

void DataPage::reload()
{
    if (!session_->isOpen()) {
        transactionsModel_->setProject(nullptr, {});
        customersModel_->setProject(nullptr, {});
        historyModel_->setRecords({});
        retranslate();
        return;
    }
    store::Project &project = session_->project();
    transactionsModel_->setProject(&project, session_->path());
    customersModel_->setProject(&project, session_->path());
    historyModel_->setRecords(project.importHistory());
    auto statement = project.database().prepare("SELECT min(day), max(day) FROM transactions");
    if (statement.step() && !statement.isNull(0)) {
        const int first = static_cast<int>(statement.columnInt(0));
        const int last = static_cast<int>(statement.columnInt(1));
        transactionFilter_->setDateRange(first, last);
        customerFilter_->setDateRange(first, last);
    }
    if (tabs_->currentIndex() == 3)
        qualityTab_->run();
    if (tabs_->currentIndex() == 4)
        cohortTab_->run();
    retranslate();
}

void DataPage::exportFromStore(const QString &table, const QString &path)
{
    if (!session_->isOpen())
        return;
    const QString projectPath = session_->path();
    runner_->run<io::ExportResult>(
        QString(), tr("Exporting %1").arg(table),
        [projectPath, table, path](const pipeline::JobContext &job) {
            const store::Project project = store::Project::open(projectPath, false);
            return io::exportTable(project, table, path, io::ExportOptions{}, job);
        },
        this,
        [this, path](const io::ExportResult &result) {
            if (!result.error.isEmpty())
                QMessageBox::warning(this, tr("Export failed"), result.error);
            else
                window()->setStatusTip(tr("Exported %1 rows to %2").arg(result.rows).arg(path));
        },
        [this](const QString &message) { QMessageBox::warning(this, tr("Export failed"), message); });
}

void DataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataPage::retranslate()
{
    importButton_->setText(tr("Import CSV…"));
    tabs_->setTabText(0, tr("Transactions"));
    tabs_->setTabText(1, tr("Customers"));
    tabs_->setTabText(2, tr("Import history"));
    tabs_->setTabText(3, tr("Data quality"));
    tabs_->setTabText(4, tr("Cohorts"));
    if (!session_->isOpen()) {
        summary_->setText(
            tr("No project is open. Open the demo or a project from the Start page, or import a CSV file."));
        return;
    }
    const QLocale locale = LanguageManager::instance().locale();
    store::Project &project = session_->project();
    summary_->setText(tr("<b>%1</b>: %2 transactions of %3 customers")
                          .arg(session_->displayName().toHtmlEscaped(),
                               locale.toString(static_cast<qlonglong>(project.transactionCount())),
                               locale.toString(static_cast<qlonglong>(project.customerCount()))));
    transactionsModel_->headerDataChanged(Qt::Horizontal, 0, transactionsModel_->columnCount() - 1);
    customersModel_->headerDataChanged(Qt::Horizontal, 0, customersModel_->columnCount() - 1);
}

} // namespace ltv::ui
