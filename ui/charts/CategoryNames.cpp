#include "charts/CategoryNames.h"

#include <QFontMetricsF>

#include <algorithm>
#include <limits>

namespace ltv::ui::charts::CategoryNames {

namespace {
bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// Punctuation that must not start a line, or end one.
bool opensLine(QChar c)
{
    return !QStringView(u"）)，,。：:、；;]】").contains(c);
}
bool closesLine(QChar c)
{
    return !QStringView(u"（([【").contains(c);
}
} // namespace

QStringList wrapInTwo(const QString &text, const QFontMetricsF &metrics)
{
    qreal best = std::numeric_limits<qreal>::max();
    QStringList lines{text};
    for (qsizetype i = 1; i < text.size(); ++i) {
        QString first, second;
        if (text.at(i) == u' ') {
            first = text.left(i).trimmed();
            second = text.mid(i + 1).trimmed();
        } else if ((isCjk(text.at(i - 1)) || isCjk(text.at(i))) && text.at(i - 1) != u' ' && opensLine(text.at(i)) &&
                   closesLine(text.at(i - 1))) {
            first = text.left(i);
            second = text.mid(i);
        } else {
            continue;
        }
        if (first.isEmpty() || second.isEmpty())
            continue;
        const qreal wider = std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (wider < best) {
            best = wider;
            lines = {first, second};
        }
    }
    return lines;
}

Layout layout(const QStringList &names, const QFontMetricsF &metrics, qreal maxWidth, qreal rowPitch)
{
    Layout out;
    qreal widest = 0.0;
    for (const QString &name : names)
        widest = std::max(widest, metrics.horizontalAdvance(name));
    // Two lines only where the bars leave room for them (a little overlap of
    // the line spacing is fine).
    const bool wrap = widest > maxWidth && rowPitch >= 1.8 * metrics.height();
    for (const QString &name : names) {
        const QStringList lines =
            wrap && metrics.horizontalAdvance(name) > maxWidth ? wrapInTwo(name, metrics) : QStringList{name};
        for (const QString &line : lines)
            out.width = std::max(out.width, metrics.horizontalAdvance(line));
        out.lines.push_back(lines);
    }
    return out;
}

} // namespace ltv::ui::charts::CategoryNames
