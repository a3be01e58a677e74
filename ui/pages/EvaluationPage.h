#pragma once
// The Evaluation page: every model of the latest Models-page run judged on the
// holdout with core's numbers: ROC curves, the confusion matrix with a
// threshold slider, deciles, cumulative gain/lift, the LTV distribution and,
// from the chart data core kept of the fitted models, the BTYD calibration and
// tracking charts, the P(alive) and expected-purchases matrices and the
// feature importance of the explainable ML models.

#include <QWidget>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace ltv::ui {

namespace charts {
class BarChart;
class CalibrationChart;
class ChartPanel;
class DecileChart;
class GainChart;
class HeatmapChart;
class HistogramChart;
class RocChart;
class ThresholdConfusionView;
class TrackingChart;
} // namespace charts
class EvaluationSession;

// One model's predictions matched to the holdout customers (in holdout order).
struct HoldoutAlignment
{
    std::vector<double> actualRevenue;
    std::vector<double> predictedValue;
    std::vector<std::uint8_t> churned; // no purchase in the holdout
    std::vector<double> churnProbability;
};

class EvaluationPage : public QWidget
{
    Q_OBJECT
public:
    EvaluationPage(EvaluationSession *evaluation, QWidget *parent = nullptr);

    // The tabs, in order; tabId() names them for --evaluation-tab.
    enum Tab {
        Roc,
        Confusion,
        Deciles,
        Gain,
        Distribution,
        Calibration,
        Tracking,
        PAlive,
        ExpectedPurchases,
        Importance,
        TabCount
    };
    static QString tabId(Tab tab); // "roc", "confusion", ..., "importance"
    void showTab(Tab tab);

    // Index into the result's predictions of the model shown in single-model charts.
    void selectModel(int index);
    HoldoutAlignment alignment(int modelIndex) const;

    charts::RocChart *rocChart() const { return roc_; }
    charts::ThresholdConfusionView *confusionView() const { return confusion_; }
    charts::DecileChart *decileChart() const { return decile_; }
    charts::GainChart *gainChart() const { return gain_; }
    charts::HistogramChart *histogramChart() const { return histogram_; }
    charts::CalibrationChart *calibrationChart() const { return calibration_; }
    charts::TrackingChart *trackingChart() const { return tracking_; }
    charts::HeatmapChart *probabilityAliveChart() const { return pAlive_; }
    charts::HeatmapChart *expectedPurchasesChart() const { return expectedPurchases_; }
    charts::BarChart *importanceChart() const { return importance_; }
    // Model ids whose chart data the BTYD charts and the importance chart show
    // (the selected model when it has such data, otherwise the first that has).
    QString btydChartModel() const { return btydModel_; }
    QString importanceChartModel() const { return importanceModel_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildSelected();
    void rebuildModelCharts(const QString &selectedModel);
    QString displayName(const QString &model) const;
    void retranslate();

    EvaluationSession *evaluation_;
    QLabel *status_;
    QLabel *modelLabel_;
    QComboBox *model_;
    QCheckBox *logScale_;
    QTabWidget *tabs_;
    charts::RocChart *roc_;
    charts::ThresholdConfusionView *confusion_;
    charts::DecileChart *decile_;
    charts::GainChart *gain_;
    charts::HistogramChart *histogram_;
    charts::CalibrationChart *calibration_;
    charts::TrackingChart *tracking_;
    charts::HeatmapChart *pAlive_;
    charts::HeatmapChart *expectedPurchases_;
    charts::BarChart *importance_;
    QString btydModel_;
    QString importanceModel_;
};

} // namespace ltv::ui
