#pragma once
// The Customers page: a searchable table of every customer's predicted
// value, P(alive), churn probability, segment and action, and a detail panel
// for the selected customer: purchase history, P(alive) over time and the
// numbers behind the prediction.

#include "pages/customers/CustomerHistory.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;

namespace ltv::ui {

namespace charts {
class ChartPanel;
class LineChart;
} // namespace charts

class ContributionPanel;
class ContributionSession;
class DataTableView;
class SegmentsSession;
class ValueTableModel;

class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        Customer,
        PredictedValue,
        PAlive,
        Churn,
        ExpectedPurchases,
        PurchaseDays,
        LastPurchase,
        RfmSegment,
        ValueRiskCell,
        Action,
        ColumnCount
    };

    CustomersPage(SegmentsSession *session, QWidget *parent = nullptr);

    ValueTableModel *tableModel() const { return table_; }
    QSortFilterProxyModel *proxyModel() const { return proxy_; }
    DataTableView *view() const { return view_; }
    QLineEdit *searchBox() const { return search_; }
    charts::LineChart *purchaseChart() const { return purchaseChart_; }
    charts::LineChart *aliveChart() const { return aliveChart_; }
    charts::LineChart *valueChart() const { return valueChart_; }
    QLabel *detailNumbers() const { return numbers_; }
    // The feature contributions behind the selected customer's value.
    ContributionSession *contributionSession() const { return contributions_; }
    ContributionPanel *contributionPanel() const { return contributionPanel_; }
    enum DetailTab { PurchaseTab, AliveTab, ValueTab, ContributionTab, DetailTabCount };
    static QString detailTabId(DetailTab tab); // "history", "palive", "value", "contributions"
    void showDetailTab(DetailTab tab);
    // Shows a customer (index into the transactions' customers); false if unknown.
    bool showCustomer(std::int32_t customer);
    std::int32_t currentCustomer() const { return current_; }
    const CustomerHistory &history() const { return history_; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshDetail();
    void updateStatus();

    SegmentsSession *session_;
    QLabel *title_;
    QLabel *status_;
    QLabel *searchLabel_;
    QLineEdit *search_;
    ValueTableModel *table_;
    QSortFilterProxyModel *proxy_;
    DataTableView *view_;
    QLabel *detailTitle_;
    QLabel *numbers_;
    charts::LineChart *purchaseChart_;
    charts::LineChart *aliveChart_;
    charts::LineChart *valueChart_;
    QTabWidget *detailTabs_;
    charts::ChartPanel *valuePanel_;
    charts::ChartPanel *purchasePanel_;
    charts::ChartPanel *alivePanel_;
    ContributionSession *contributions_;
    ContributionPanel *contributionPanel_;
    std::vector<std::int32_t> rowCustomer_; // source row -> customer index
    std::int32_t current_ = -1;
    CustomerHistory history_;
};

} // namespace ltv::ui
