#pragma once
// How the category names of a horizontal bar chart are laid out left of the
// plot: never elided. A name that is too long for its share of the chart is
// wrapped onto two lines when the bars are tall enough for two lines;
// otherwise the name column takes the width it needs and the plot shrinks.

#include <QStringList>

#include <vector>

class QFontMetricsF;

namespace ltv::ui::charts::CategoryNames {

// The two lines of text closest in width (a break at a space, which is
// dropped, or between two CJK characters); the text itself when it has no
// such break.
QStringList wrapInTwo(const QString &text, const QFontMetricsF &metrics);

struct Layout
{
    std::vector<QStringList> lines; // one or two lines per name
    qreal width = 0.0;              // of the widest line
};

// maxWidth: the name column's share of the chart; rowPitch: the height of one
// category on the plot (two lines are used only when they fit in it).
Layout layout(const QStringList &names, const QFontMetricsF &metrics, qreal maxWidth, qreal rowPitch);

} // namespace ltv::ui::charts::CategoryNames
