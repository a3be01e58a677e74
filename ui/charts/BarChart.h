#pragma once
// Bars per category, one colour per set: segment sizes and values, feature
// importance (horizontal, largest at the top), ROI per action.

#include "charts/Chart.h"

#include <QStringList>

#include <vector>

class QAbstractBarSeries;
class QBarSet;

namespace ltv::ui::charts {

struct BarSetData
{
    QString name;
    std::vector<double> values; // one per category
};

struct BarData
{
    QStringList categories;
    std::vector<BarSetData> sets;
    QString categoryTitle;
    QString valueTitle;      // with the unit, e.g. "Customers" or "Expected value (USD)"
    bool horizontal = false; // horizontal bars list the first category at the top
    bool valueLabels = true; // the value written at the end of each bar
    int decimals = 0;
};

class BarChart : public Chart
{
    Q_OBJECT
public:
    explicit BarChart(QGraphicsItem *parent = nullptr);

    // Every set needs one value per category (false and an empty chart otherwise).
    bool setData(const BarData &data, const QString &title = {});
    const BarData &data() const { return data_; }

    // Set i in setData order; its values are in category order (horizontal
    // charts included).
    QBarSet *barSet(int index) const;
    QAbstractBarSeries *barSeries() const { return series_; }

    QSize preferredExportSize() const override;

protected:
    void themeChanged(VisualTheme theme) override;

private:
    BarData data_;
    QAbstractBarSeries *series_ = nullptr;
    std::vector<QBarSet *> sets_;
};

} // namespace ltv::ui::charts
