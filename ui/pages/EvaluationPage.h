#pragma once
// The Evaluation page: every model of the latest Models-page run judged on the
// holdout with core's numbers: ROC curves, the confusion matrix with a
// threshold slider, deciles, cumulative gain/lift and the LTV distribution.

#include <QWidget>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace ltv::ui {

namespace charts {
class ChartPanel;
class DecileChart;
class GainChart;
class HistogramChart;
class RocChart;
class ThresholdConfusionView;
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

    // Index into the result's predictions of the model shown in single-model charts.
    void selectModel(int index);
    HoldoutAlignment alignment(int modelIndex) const;

    charts::RocChart *rocChart() const { return roc_; }
    charts::ThresholdConfusionView *confusionView() const { return confusion_; }
    charts::DecileChart *decileChart() const { return decile_; }
    charts::GainChart *gainChart() const { return gain_; }
    charts::HistogramChart *histogramChart() const { return histogram_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildSelected();
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
};

} // namespace ltv::ui
