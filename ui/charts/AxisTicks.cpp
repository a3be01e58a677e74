#include "charts/AxisTicks.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ltv::ui::charts {

double roundTickStep(double span, int ticks, double minimum)
{
    const double raw = std::max(span, minimum) / std::max(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    return std::max(step, minimum);
}

void setRoundTickRange(QValueAxis *axis, double low, double high, int ticks)
{
    const double step = roundTickStep(high - low, ticks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setRange(low, std::ceil(high / step) * step);
}

} // namespace ltv::ui::charts
