#pragma once
// The live loss curves of the neural networks on the Models page. In its
// first epochs a network's weights are still random, so its first training
// losses can be ten to a hundred times the later ones (the MLP's are) and
// would squash every curve into the bottom line. The loss axis is therefore
// logarithmic (ticks at powers of a base chosen for about six labels) and ends
// at three times the median loss, so those spikes run off the top while every
// curve stays readable; the axis title says so. When a loss is zero or
// negative (a lognormal likelihood can be), the axis is linear and ends at
// three times the median's distance from the lowest loss. Training is a solid
// line, validation a dashed one in the same colour. Before any epoch the chart
// shows a short note instead of empty axes.

#include "charts/Chart.h"

#include <QHash>

#include <vector>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace ltv::ui {

class TrainingLossChart : public charts::Chart
{
    Q_OBJECT
public:
    explicit TrainingLossChart(QGraphicsItem *parent = nullptr);

    // yTitles: of the logarithmic and of the linear loss axis.
    void setTexts(const QString &title, const QString &xTitle, const QString &logYTitle, const QString &linearYTitle,
                  const QString &emptyNote);
    // One epoch of a network; lines are created on its first epoch with these
    // names. A non-finite validation loss is left out.
    void addEpoch(const QString &network, const QString &trainingName, const QString &validationName, double epoch,
                  double loss, double validationLoss);
    void clear();

    int lineCount() const { return static_cast<int>(lines_.size()); }
    QLineSeries *lineSeries(int index) const;
    // True while no epoch has arrived (the note shows, the axes are hidden).
    bool isEmpty() const { return networks_.isEmpty(); }
    QString emptyNote() const;

    // The loss axis: logarithmic while every loss is positive.
    bool isLogarithmic() const { return logarithmic_; }
    QAbstractAxis *lossAxis() const;

    QSize preferredExportSize() const override { return {900, 560}; }

protected:
    void themeChanged(charts::VisualTheme theme) override;

private:
    struct Network
    {
        int training = -1; // line indices
        int validation = -1;
    };
    void updateRanges();
    void useLogarithmicAxis(bool logarithmic);
    void placeNote();

    QValueAxis *xAxis_;
    QLogValueAxis *yLog_;
    QValueAxis *yLinear_;
    bool logarithmic_ = true;
    QGraphicsSimpleTextItem *note_;
    std::vector<QLineSeries *> lines_;
    QHash<QString, Network> networks_;
    double maxEpoch_ = 1.0;
    double lowest_ = 0.0;  // over every loss
    double highest_ = 0.0; // over every loss
};

} // namespace ltv::ui
