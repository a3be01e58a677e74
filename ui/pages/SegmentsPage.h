#pragma once
// The Segments page: computes predictions, RFM, the value x risk grid and
// clusters in the background, and shows segment sizes and value as bar
// charts, the grid as a heatmap with its editable tiers and risk thresholds,
// the RFM segment table, the cluster profiles and the editable RFM rule table
// that re-segments as it is edited. Edits are saved in the project.

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ltv::ui {

namespace charts {
class BarChart;
class ChartPanel;
class HeatmapChart;
} // namespace charts

class DataTableView;
class RfmRulesModel;
class SegmentsSession;
class ValueTableModel;

class SegmentsPage : public QWidget
{
    Q_OBJECT
public:
    SegmentsPage(SegmentsSession *session, QWidget *parent = nullptr);

    SegmentsSession *session() const { return session_; }
    QComboBox *modelBox() const { return modelBox_; }
    QPushButton *computeButton() const { return computeButton_; }
    charts::BarChart *sizeChart() const { return sizeChart_; }
    charts::BarChart *valueChart() const { return valueChart_; }
    charts::HeatmapChart *valueRiskChart() const { return heatmap_; }
    ValueTableModel *rfmTableModel() const { return rfmTable_; }
    ValueTableModel *valueRiskTableModel() const { return valueRiskTable_; }
    ValueTableModel *clusterTableModel() const { return clusterTable_; }
    RfmRulesModel *rulesModel() const { return rulesModel_; }
    // The grid editor: value tier shares and risk thresholds in percent, and the risk measure.
    QDoubleSpinBox *topShareBox() const { return topShare_; }
    QDoubleSpinBox *middleShareBox() const { return middleShare_; }
    QDoubleSpinBox *lowRiskBox() const { return lowRisk_; }
    QDoubleSpinBox *highRiskBox() const { return highRisk_; }
    QComboBox *riskMetricBox() const { return riskMetric_; }
    QLabel *gridNote() const { return gridNote_; }
    QPushButton *resetRulesButton() const { return resetRules_; }
    QPushButton *resetGridButton() const { return resetGrid_; }

    // Starts the computation with the options shown.
    void compute();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshAll(); // everything from the session's data
    void refreshRfm(); // the RFM charts and tables (after a rule edit)
    void refreshValueRisk();
    void refreshClusters();
    void updateStatus();
    void loadEditors(); // rule table and grid editor from the session
    void applyGrid();   // the grid editor's values to the session

    SegmentsSession *session_;
    QLabel *title_;
    QLabel *modelLabel_;
    QComboBox *modelBox_;
    QLabel *asOfLabel_;
    QDateEdit *asOf_;
    QLabel *horizonLabel_;
    QSpinBox *horizon_;
    QPushButton *computeButton_;
    QLabel *status_;
    QTabWidget *tabs_;
    charts::BarChart *sizeChart_;
    charts::BarChart *valueChart_;
    charts::HeatmapChart *heatmap_;
    charts::ChartPanel *sizePanel_;
    charts::ChartPanel *valuePanel_;
    charts::ChartPanel *heatmapPanel_;
    ValueTableModel *rfmTable_;
    ValueTableModel *valueRiskTable_;
    ValueTableModel *clusterTable_;
    RfmRulesModel *rulesModel_;
    DataTableView *rfmView_;
    DataTableView *valueRiskView_;
    DataTableView *clusterView_;
    DataTableView *rulesView_;
    QLabel *rulesHint_;
    QLabel *clusterNote_;
    QPushButton *addRule_;
    QPushButton *removeRule_;
    QPushButton *ruleUp_;
    QPushButton *ruleDown_;
    QPushButton *resetRules_;
    QLabel *gridLabel_;
    QLabel *topShareLabel_;
    QDoubleSpinBox *topShare_;
    QLabel *middleShareLabel_;
    QDoubleSpinBox *middleShare_;
    QLabel *lowRiskLabel_;
    QDoubleSpinBox *lowRisk_;
    QLabel *highRiskLabel_;
    QDoubleSpinBox *highRisk_;
    QComboBox *riskMetric_;
    QPushButton *resetGrid_;
    QLabel *gridNote_;
    bool datesInitialised_ = false;
};

} // namespace ltv::ui
