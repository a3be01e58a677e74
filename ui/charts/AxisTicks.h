#pragma once

class QValueAxis;

namespace ltv::ui::charts {

// A round tick step (1, 2 or 5 x 10^k, at least `minimum`) that splits `span`
// into about `ticks` intervals.
double roundTickStep(double span, int ticks = 8, double minimum = 1.0);

// Shows [low, last value rounded up to a whole step] with dynamic ticks
// anchored at 0, so the ticks fall on round numbers whatever the range.
void setRoundTickRange(QValueAxis *axis, double low, double high, int ticks = 8);

} // namespace ltv::ui::charts
