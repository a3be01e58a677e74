#pragma once
// Why one prediction is what it is: one horizontal bar per feature, its
// additive contribution to the prediction (largest first, at the top), bars
// that raise the prediction in one palette colour and bars that lower it in
// another, each with its signed value written at its end.

#include "charts/Chart.h"

#include <QStringList>

#include <vector>

class QBarSet;
class QHorizontalStackedBarSeries;

namespace ltv::ui::charts {

class BarValueLabels;

struct ContributionData
{
    QStringList features;       // top to bottom
    std::vector<double> values; // one contribution per feature
    QString valueTitle;         // axis title, with the unit
    QString raisesName;         // legend entries
    QString lowersName;
    int decimals = 2; // of every value label
};

class ContributionChart : public Chart
{
    Q_OBJECT
public:
    explicit ContributionChart(QGraphicsItem *parent = nullptr);

    // values.size() must equal features.size() (false and an empty chart otherwise).
    bool setData(const ContributionData &data, const QString &title = {});
    const ContributionData &data() const { return data_; }

    int barCount() const { return static_cast<int>(data_.values.size()); }
    // Bar i in data order as drawn: its signed length, the set it is drawn
    // in (raising or lowering), and its label.
    double barValue(int i) const;
    bool raises(int i) const;
    QString valueLabel(int i) const;
    QBarSet *raisingSet() const { return raising_; }
    QBarSet *loweringSet() const { return lowering_; }

    QSize preferredExportSize() const override;

protected:
    void themeChanged(VisualTheme theme) override;
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    // Left margin for the feature names: the longest one, at most 34% of the width.
    void fitNameMargin();

    ContributionData data_;
    qreal widestName_ = 0.0;
    QHorizontalStackedBarSeries *series_ = nullptr;
    QBarSet *raising_ = nullptr;
    QBarSet *lowering_ = nullptr;
    BarValueLabels *labels_ = nullptr;
};

} // namespace ltv::ui::charts
