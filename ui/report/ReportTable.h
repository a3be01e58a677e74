#pragma once
// A table of the report as HTML that QTextDocument lays out well on an A4
// page: every column gets room for its longest word or number (QTextDocument
// would otherwise split them), text columns get room for whole phrases while
// the page has space, numbers are right-aligned and never wrap. The text
// stays readable when the page is pasted into slides: body text is never set
// below 9 pt nor headers below 8.5 pt; a table too wide for the page at that
// size is split into several tables that each repeat the first column.

#include <QString>
#include <QStringList>

#include <vector>

namespace ltv::ui::report {

inline constexpr double kTableMinBodyPointSize = 9.0;
inline constexpr double kTableMinHeaderPointSize = 8.5;

struct ReportColumn
{
    QString header;
    QStringList cells;            // one per row, as shown
    bool numeric = false;         // right-aligned, never wrapped
    std::vector<bool> emphasised; // per row: bold on green (e.g. the best value of a metric); empty: none
};

// The table with a header row (repeated on every page the table runs over).
// maxWidthPt: the width the table may take, in points.
QString reportTableHtml(const std::vector<ReportColumn> &columns, double maxWidthPt);

} // namespace ltv::ui::report
