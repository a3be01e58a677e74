#include "report/ReportTable.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>

#include <algorithm>
#include <optional>

namespace ltv::ui::report {
namespace {

const QString kBest = QStringLiteral("#d9f0d3");
const QString kHead = QStringLiteral("#e8edf3");

// Every cell adds its padding (3 px at 96 dpi on each side) and a border; the
// rest is a margin for the difference between these metrics and the PDF's.
constexpr double kCellOverheadPt = 8.0;
constexpr double kTableOverheadPt = 4.0;
// Text columns keep whole phrases up to this width while the page has room.
constexpr double kPhraseWidthPt = 150.0;

struct TableFont
{
    double body;
    double header;
};

// Tried in order: the report's body size first, then the smallest readable sizes.
constexpr TableFont kFonts[] = {
    {9.5, 9.0}, {kTableMinBodyPointSize, 9.0}, {kTableMinBodyPointSize, kTableMinHeaderPointSize}};

double textWidthPt(const QString &text, bool bold, double pointSize)
{
    // A 72 dpi device makes the metrics come out in points.
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(2835);
        image.setDotsPerMeterY(2835);
        return image;
    }();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return QFontMetricsF(font, &device).horizontalAdvance(text);
}

double longestWordPt(const QString &text, bool bold, double pointSize)
{
    double widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, textWidthPt(word, bold, pointSize));
    return widest;
}

struct ColumnWidth
{
    double least = 0;  // the longest word or number
    double wanted = 0; // whole phrases of text columns
};

ColumnWidth measure(const ReportColumn &column, const TableFont &font)
{
    ColumnWidth width;
    width.least =
        std::max(textWidthPt(QStringLiteral("00"), false, font.body), longestWordPt(column.header, true, font.header));
    double longestCell = 0;
    for (qsizetype r = 0; r < column.cells.size(); ++r) {
        const bool bold =
            r < static_cast<qsizetype>(column.emphasised.size()) && column.emphasised[static_cast<std::size_t>(r)];
        const QString &cell = column.cells[r];
        longestCell = std::max(longestCell, textWidthPt(cell, bold, font.body));
        width.least = std::max(width.least, column.numeric ? textWidthPt(cell, bold, font.body)
                                                           : longestWordPt(cell, bold, font.body));
    }
    width.least += kCellOverheadPt;
    width.wanted =
        column.numeric ? width.least : std::max(width.least, std::min(longestCell, kPhraseWidthPt) + kCellOverheadPt);
    return width;
}

struct TableLayout
{
    TableFont font;
    std::vector<double> percent; // width of each column
};

// The columns at this font, or nothing when their words alone are wider than the room.
std::optional<TableLayout> fit(const std::vector<ReportColumn> &columns, const TableFont &font, double roomPt)
{
    std::vector<ColumnWidth> widths;
    double least = 0, wanted = 0;
    for (const ReportColumn &c : columns) {
        widths.push_back(measure(c, font));
        least += widths.back().least;
        wanted += widths.back().wanted;
    }
    if (least > roomPt)
        return std::nullopt;
    // Text columns give up their phrase room first; no column goes below its longest word.
    const double giveUp = wanted > roomPt ? (wanted - roomPt) / std::max(1e-9, wanted - least) : 0.0;
    TableLayout layout{font, {}};
    double sum = 0;
    for (ColumnWidth &w : widths) {
        w.wanted -= giveUp * (w.wanted - w.least);
        sum += w.wanted;
    }
    for (const ColumnWidth &w : widths)
        layout.percent.push_back(100.0 * w.wanted / sum);
    return layout;
}

QString sized(const QString &text, double pointSize)
{
    // On every cell: QTextDocument does not inherit the size from the table.
    return QStringLiteral("<span style=\"font-size: %1pt;\">%2</span>")
        .arg(QString::number(pointSize, 'f', 1), text.toHtmlEscaped());
}

QString markup(const std::vector<ReportColumn> &columns, const TableLayout &layout)
{
    const auto align = [](const ReportColumn &c) {
        return c.numeric ? QStringLiteral("right") : QStringLiteral("left");
    };
    QString html = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
        "style=\"border-collapse: collapse; border-color: #9aa5b1; margin-left: 0px; margin-right: 0px;\"><thead><tr>");
    for (std::size_t c = 0; c < columns.size(); ++c)
        html += QStringLiteral("<th bgcolor=\"%1\" align=\"%2\" width=\"%3%\">%4</th>")
                    .arg(kHead, align(columns[c]), QString::number(layout.percent[c], 'f', 1),
                         sized(columns[c].header, layout.font.header));
    html += QStringLiteral("</tr></thead><tbody>");
    const qsizetype rows = columns.empty() ? 0 : columns.front().cells.size();
    for (qsizetype r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>");
        for (const ReportColumn &c : columns) {
            const bool best =
                r < static_cast<qsizetype>(c.emphasised.size()) && c.emphasised[static_cast<std::size_t>(r)];
            const QString text = sized(c.cells.value(r), layout.font.body);
            html += best ? QStringLiteral("<td align=\"%1\" bgcolor=\"%2\"><b>%3</b></td>").arg(align(c), kBest, text)
                         : QStringLiteral("<td align=\"%1\">%2</td>").arg(align(c), text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

} // namespace

QString reportTableHtml(const std::vector<ReportColumn> &columns, double maxWidthPt)
{
    if (columns.empty())
        return {};
    const double room = maxWidthPt - kTableOverheadPt;
    for (const TableFont &font : kFonts)
        if (const std::optional<TableLayout> layout = fit(columns, font, room))
            return markup(columns, *layout);

    // Too wide even at the smallest readable size: several tables, each
    // repeating the first column so every row stays identified.
    const TableFont font = kFonts[std::size(kFonts) - 1];
    using Part = std::vector<ReportColumn>;
    std::vector<Part> parts{{columns.front()}};
    for (std::size_t c = 1; c < columns.size(); ++c) {
        Part candidate = parts.back();
        candidate.push_back(columns[c]);
        if (parts.back().size() > 1 && !fit(candidate, font, room))
            parts.push_back({columns.front(), columns[c]});
        else
            parts.back() = candidate;
    }
    // As many columns in every part as the page allows, rather than a last
    // part with one or two left over.
    const std::size_t perPart = (columns.size() - 1 + parts.size() - 1) / parts.size();
    std::vector<Part> even;
    for (std::size_t c = 1; c < columns.size(); ++c) {
        if ((c - 1) % perPart == 0)
            even.push_back({columns.front()});
        even.back().push_back(columns[c]);
    }
    if (even.size() == parts.size() &&
        std::all_of(even.begin(), even.end(), [&](const Part &p) { return fit(p, font, room).has_value(); }))
        parts = even;
    QString html;
    for (const Part &part : parts) {
        if (!html.isEmpty())
            html += QStringLiteral("<p></p>");
        // A part of the first column and one more that does not fit cannot be
        // helped: its words cannot be split, it gets the widths it needs.
        const std::optional<TableLayout> layout = fit(part, font, room);
        html += markup(part, layout ? *layout : *fit(part, font, 1e9));
    }
    return html;
}

} // namespace ltv::ui::report
