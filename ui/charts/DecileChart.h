#pragma once
// Mean predicted against mean actual value per decile of the prediction
// (decile 1 = highest predicted), from core's eval::DecileTable.

#include "charts/Chart.h"

#include "eval/DecileTable.h"

class QBarSet;

namespace ltv::ui::charts {

class DecileChart : public Chart
{
    Q_OBJECT
public:
    explicit DecileChart(QGraphicsItem *parent = nullptr);

    // valueTitle names the value with its unit, e.g. "Holdout spend (USD)".
    // Empty bins (possible with many ties) show as bars of height 0.
    void setTable(const eval::DecileTable &table, const QString &valueTitle = {}, const QString &title = {});
    const eval::DecileTable &table() const { return table_; }

    QBarSet *predictedSet() const { return predicted_; }
    QBarSet *actualSet() const { return actual_; }

private:
    eval::DecileTable table_;
    QBarSet *predicted_ = nullptr;
    QBarSet *actual_ = nullptr;
};

} // namespace ltv::ui::charts
