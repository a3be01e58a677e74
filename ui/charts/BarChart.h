#pragma once
// Bars per category, one colour per set: segment sizes and values, feature
// importance (horizontal, largest at the top), ROI per action.

#include "charts/Chart.h"

#include <QLocale>
#include <QStringList>

#include <vector>

class QAbstractBarSeries;
class QBarSet;

namespace ltv::ui::charts {

class BarValueLabels;

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
    int decimals = 0;        // of every value label, in the interface's locale ("4,280.9", "85.6")
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
    // The text written at the end of a bar: set in setData order, category in
    // data order; empty without value labels.
    QString valueLabel(int set, int category) const;

    // Fixed decimals in the interface's locale (US English for the C locale).
    static QString formatValue(double value, int decimals);
    static QLocale numberLocale();

    QSize preferredExportSize() const override;

protected:
    void themeChanged(VisualTheme theme) override;

private:
    BarData data_;
    QAbstractBarSeries *series_ = nullptr;
    std::vector<QBarSet *> sets_;
    BarValueLabels *labels_ = nullptr;
};

} // namespace ltv::ui::charts
