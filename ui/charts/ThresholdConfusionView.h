#pragma once
// The confusion matrix with a threshold slider: moving it recomputes the
// matrix with eval::confusionAt on the caller's labels and scores and shows
// precision, recall and F1 beside it.

#include "eval/Classification.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QSlider;

namespace ltv::ui::charts {

class ChartPanel;
class ConfusionMatrixChart;

class ThresholdConfusionView : public QWidget
{
    Q_OBJECT
public:
    explicit ThresholdConfusionView(QWidget *parent = nullptr);

    // Labels are 1 for the positive class, scores P(positive) in [0, 1].
    // threshold is the starting point (e.g. eval::chooseThreshold's).
    void setData(std::vector<std::uint8_t> labels, std::vector<double> scores, double threshold,
                 const QString &positiveName = {}, const QString &negativeName = {});

    double threshold() const;
    // Moves the slider to the nearest step (1/1000) and updates everything.
    void setThreshold(double threshold);
    static constexpr int sliderSteps = 1000;

    const eval::ConfusionMatrix &matrix() const;
    ConfusionMatrixChart *chart() const { return chart_; }
    ChartPanel *panel() const { return panel_; }
    QSlider *slider() const { return slider_; }
    QString precisionText() const;
    QString recallText() const;
    QString f1Text() const;

signals:
    void thresholdChanged(double threshold);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute(int sliderValue);
    void retranslate();

    std::vector<std::uint8_t> labels_;
    std::vector<double> scores_;
    QString positiveName_;
    QString negativeName_;
    ConfusionMatrixChart *chart_;
    ChartPanel *panel_;
    QSlider *slider_;
    QLabel *thresholdCaption_;
    QLabel *thresholdValue_;
    QLabel *precisionLabel_;
    QLabel *recallLabel_;
    QLabel *f1Label_;
    QLabel *accuracyLabel_;
};

} // namespace ltv::ui::charts
