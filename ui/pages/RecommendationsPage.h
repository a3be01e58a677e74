#pragma once
// The Recommendations page: the editable playbook (saved in the project), a budget allocation with
// expected return and ROI per segment, the retention list, cross-sell rules
// and suggestions, and the inventory signal. Built on the shared segment
// computation; every table sorts, copies and exports CSV.

#include "segments/Budget.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace ltv::ui {

namespace charts {
class BarChart;
class ChartPanel;
} // namespace charts

class DataTableView;
class PlaybookModel;
class SegmentsSession;
class ValueTableModel;

class RecommendationsPage : public QWidget
{
    Q_OBJECT
public:
    RecommendationsPage(SegmentsSession *session, QWidget *parent = nullptr);

    // 0: RFM segments, 1: value x risk grid.
    QComboBox *segmentationBox() const { return segmentationBox_; }
    QDoubleSpinBox *budgetBox() const { return budget_; }
    QDoubleSpinBox *costBox() const { return cost_; }
    PlaybookModel *playbookModel() const { return playbookModel_; }
    ValueTableModel *budgetModel() const { return budgetTable_; }
    ValueTableModel *retentionModel() const { return retentionTable_; }
    ValueTableModel *rulesModel() const { return rulesTable_; }
    ValueTableModel *suggestionsModel() const { return suggestionsTable_; }
    ValueTableModel *inventoryModel() const { return inventoryTable_; }
    charts::BarChart *roiChart() const { return roiChart_; }
    const segments::BudgetAllocation &allocation() const { return allocation_; }
    QLabel *productNote() const { return productNote_; }
    // Puts the shown playbook back to its defaults (and forgets the project's saved one).
    QPushButton *resetPlaybookButton() const { return resetPlaybook_; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshAll();
    void refreshPlaybook();
    void refreshBudget();
    void refreshRetention();
    void refreshProducts();
    void updateStatus();

    SegmentsSession *session_;
    QLabel *title_;
    QLabel *status_;
    QLabel *segmentationLabel_;
    QComboBox *segmentationBox_;
    QTabWidget *tabs_;
    PlaybookModel *playbookModel_;
    DataTableView *playbookView_;
    QLabel *playbookHint_;
    QPushButton *resetPlaybook_;
    QLabel *budgetLabel_;
    QDoubleSpinBox *budget_;
    QLabel *costLabel_;
    QDoubleSpinBox *cost_;
    QLabel *marginLabel_;
    QDoubleSpinBox *margin_;
    QLabel *budgetSummary_;
    ValueTableModel *budgetTable_;
    DataTableView *budgetView_;
    charts::BarChart *roiChart_;
    charts::ChartPanel *roiPanel_;
    ValueTableModel *retentionTable_;
    DataTableView *retentionView_;
    QLabel *retentionHint_;
    QLabel *productNote_;
    QLabel *rulesLabel_;
    QLabel *suggestionsLabel_;
    ValueTableModel *rulesTable_;
    ValueTableModel *suggestionsTable_;
    DataTableView *rulesView_;
    DataTableView *suggestionsView_;
    QLabel *inventoryNote_;
    ValueTableModel *inventoryTable_;
    DataTableView *inventoryView_;
    segments::BudgetAllocation allocation_;
};

} // namespace ltv::ui
