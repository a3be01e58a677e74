#pragma once
// Cumulative gain (or cumulative lift) of one or more value predictions, with
// the random and perfect references and each model's normalised Gini. The
// curves are core's eval::gainCurve.

#include "charts/Chart.h"

#include "eval/GainCurve.h"

#include <QString>

#include <vector>

class QLineSeries;

namespace ltv::ui::charts {

struct GainCurveSeries
{
    QString name;
    eval::GainCurve curve; // eval::gainCurve(actual, predicted)
};

class GainChart : public Chart
{
    Q_OBJECT
public:
    enum class Mode { Gain, Lift };

    explicit GainChart(QGraphicsItem *parent = nullptr);

    // The perfect-ranking reference is the first curve's. With one curve its
    // Gini is also in the title.
    void setCurves(const std::vector<GainCurveSeries> &curves, const QString &title = {});
    void setMode(Mode mode);
    Mode mode() const { return mode_; }

    QLineSeries *curveSeries(int index) const;
    QLineSeries *perfectSeries() const { return perfect_; }
    QLineSeries *randomSeries() const { return random_; }

    QSize preferredExportSize() const override { return {820, 640}; }

private:
    void rebuild();

    std::vector<GainCurveSeries> curves_;
    QString title_;
    Mode mode_ = Mode::Gain;
    std::vector<QLineSeries *> series_;
    QLineSeries *perfect_ = nullptr;
    QLineSeries *random_ = nullptr;
};

} // namespace ltv::ui::charts
