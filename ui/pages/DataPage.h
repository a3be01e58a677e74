#pragma once
// The Data page: the project's transactions and customers (paged, sortable,
// filterable), its import history, the data-quality report and the cohorts.

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace ltv::ui {

class CohortTab;
class CustomersTableModel;
class DataTableView;
class FilterBar;
class ImportHistoryModel;
class JobRunner;
class ProjectSession;
class QualityTab;
class TransactionsTableModel;

class DataPage : public QWidget
{
    Q_OBJECT
public:
    DataPage(ProjectSession *session, JobRunner *runner, QWidget *parent = nullptr);

    TransactionsTableModel *transactionsModel() const { return transactionsModel_; }
    CustomersTableModel *customersModel() const { return customersModel_; }
    ImportHistoryModel *historyModel() const { return historyModel_; }
    QualityTab *qualityTab() const { return qualityTab_; }
    CohortTab *cohortTab() const { return cohortTab_; }
    QLabel *summaryLabel() const { return summary_; }
    // Tabs: 0 transactions, 1 customers, 2 imports, 3 quality, 4 cohorts.
    void showTab(int index);

signals:
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void exportFromStore(const QString &table, const QString &path);

    ProjectSession *session_;
    JobRunner *runner_;
    QLabel *summary_;
    QPushButton *importButton_;
    QTabWidget *tabs_;
    FilterBar *transactionFilter_;
    FilterBar *customerFilter_;
    TransactionsTableModel *transactionsModel_;
    CustomersTableModel *customersModel_;
    ImportHistoryModel *historyModel_;
    DataTableView *transactionsView_;
    DataTableView *customersView_;
    DataTableView *historyView_;
    QualityTab *qualityTab_;
    CohortTab *cohortTab_;
    QLabel *transactionsCount_;
    QLabel *customersCount_;
};

} // namespace ltv::ui
