#include "pages/models/LeaderboardView.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPainter>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ltv::ui {

namespace {

constexpr int kTitleLines = 2; // column titles and model names wrap onto at most two lines
constexpr int kUnbounded = 1 << 20;

// Column titles that wrap at their spaces instead of being elided; the header
// is always two lines high so the titles line up.
class WrappingHeader : public QHeaderView
{
public:
    explicit WrappingHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
        setTextElideMode(Qt::ElideNone);
        setHighlightSections(false); // a highlighted title turns bold and would no longer fit
        setSectionsClickable(true);
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        if (!model())
            return size;
        // The style draws the title inside its header margins, and beside the
        // arrow in the column the rows are sorted by.
        const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
        const int width = LeaderboardView::narrowestWrapWidth(font(), text, kTitleLines);
        const int height = LeaderboardView::wrap(font(), text, width).height;
        size.setWidth(width + 2 * margin + 2);
        if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
            size.rwidth() += style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + margin;
        size.setHeight(
            std::max(size.height() + (kTitleLines - 1) * QFontMetrics(font()).lineSpacing(), height + 2 * margin + 2));
        return size;
    }
};

// Numbers with a narrower margin than the style's, so that fifteen columns of
// them fit next to the model names; background, selection and colours as usual.
class NumberDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        const QPalette::ColorRole role =
            (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, role));
        const int margin = LeaderboardView::numberMargin();
        painter->drawText(opt.rect.adjusted(margin, 0, -margin, 0), static_cast<int>(opt.displayAlignment), text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {QFontMetrics(opt.font).horizontalAdvance(opt.text) + 2 * LeaderboardView::numberMargin(),
                size.height()};
    }
};

} // namespace

LeaderboardView::LeaderboardView(QWidget *parent)
    : DataTableView(parent)
{
    setHorizontalHeader(new WrappingHeader(this));
    // Click a title to sort by it; until then the rows stay in the order trained.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    // The sorted column's title makes room for the arrow.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { fitToContents(); });
    setWordWrap(true); // the model names
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->hide();
    setItemDelegate(new NumberDelegate(this));
    setItemDelegateForColumn(0, new QStyledItemDelegate(this));
}

void LeaderboardView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    DataTableView::setModel(model);
    if (!model)
        return;
    const auto refit = [this] { fitToContents(); };
    connect(model, &QAbstractItemModel::modelReset, this, refit);
    connect(model, &QAbstractItemModel::layoutChanged, this, refit);
    connect(model, &QAbstractItemModel::dataChanged, this, refit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, refit);
    connect(model, &QAbstractItemModel::rowsInserted, this, refit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refit);
    fitToContents();
}

LeaderboardView::Wrapped LeaderboardView::wrap(const QFont &font, const QString &text, int width)
{
    // Laid out as the style lays out the text of an item that wraps.
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    Wrapped out;
    qreal height = 0.0;
    qreal widest = 0.0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        widest = std::max(widest, line.naturalTextWidth());
        height += line.height();
        ++out.lines;
    }
    layout.endLayout();
    out.width = static_cast<int>(std::ceil(widest));
    out.height = static_cast<int>(std::ceil(height));
    return out;
}

int LeaderboardView::narrowestWrapWidth(const QFont &font, const QString &text, int lines)
{
    const int full = wrap(font, text, kUnbounded).width;
    const auto fits = [&](int width) {
        const Wrapped wrapped = wrap(font, text, width);
        return wrapped.width <= width && wrapped.lines <= lines;
    };
    if (text.isEmpty() || !fits(full))
        return full;
    int low = 0; // does not fit
    int high = full;
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        (fits(middle) ? high : low) = middle;
    }
    return high;
}

int LeaderboardView::nameMargin() const
{
    // QCommonStyle's margin around the text of an item.
    return style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
}

void LeaderboardView::fitToContents()
{
    if (!model() || fitting_)
        return;
    const QScopedValueRollback guard(fitting_, true);
    QHeaderView *header = horizontalHeader();
    const int columns = model()->columnCount();
    const int rows = model()->rowCount();
    const int grid = showGrid() ? 1 : 0;
    QStyleOptionViewItem option;
    initViewItemOption(&option);

    // Every number column as wide as its widest number or its wrapped title;
    // or, where the window has room for it, its title on one line.
    const int headerMargin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    std::vector<int> wrapped(static_cast<std::size_t>(std::max(columns, 1)), 0);
    std::vector<int> oneLineTitles = wrapped;
    int numbers = 0;
    int numbersOnOneLine = 0;
    for (int c = 1; c < columns; ++c) {
        int width = header->sectionSizeHint(c);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = model()->index(r, c);
            width = std::max(width, itemDelegateForIndex(index)->sizeHint(option, index).width() + grid);
        }
        const QString title = model()->headerData(c, Qt::Horizontal).toString();
        int line = wrap(header->font(), title, kUnbounded).width + 2 * headerMargin + 2;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == c)
            line += style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + headerMargin;
        wrapped[static_cast<std::size_t>(c)] = width;
        oneLineTitles[static_cast<std::size_t>(c)] = std::max(width, line);
        numbers += width;
        numbersOnOneLine += oneLineTitles[static_cast<std::size_t>(c)];
    }

    // The names take the rest of the width: one line when it is wide enough,
    // else two, never narrower than two lines need (three when two cannot fit).
    const int margins = 2 * nameMargin() + grid;
    int oneLine = header->sectionSizeHint(0);
    int twoLines = oneLine;
    int threeLines = oneLine;
    for (int r = 0; r < rows; ++r) {
        const QString name = model()->index(r, 0).data().toString();
        oneLine = std::max(oneLine, wrap(font(), name, kUnbounded).width + margins);
        twoLines = std::max(twoLines, narrowestWrapWidth(font(), name, kTitleLines) + margins);
        threeLines = std::max(threeLines, narrowestWrapWidth(font(), name, kTitleLines + 1) + margins);
    }
    // Twice at most: the vertical scroll bar may come or go with the new row heights.
    for (int pass = 0; pass < 2; ++pass) {
        const int viewportWidth = viewport()->width();
        // Titles on one line read better than names on one line: the names wrap beside them when they must.
        const bool roomy = viewportWidth - numbersOnOneLine >= twoLines;
        for (int c = 1; c < columns; ++c)
            header->resizeSection(c, (roomy ? oneLineTitles : wrapped)[static_cast<std::size_t>(c)]);
        // Three lines only when two would not fit (e.g. beside the sort arrow at 1000 pixels).
        const int room = viewportWidth - (roomy ? numbersOnOneLine : numbers);
        const int nameWidth = std::max(room >= twoLines ? twoLines : threeLines, std::min(room, oneLine));
        header->resizeSection(0, nameWidth);
        const int single = verticalHeader()->defaultSectionSize();
        const int padding = single - QFontMetrics(font()).height();
        for (int r = 0; r < rows; ++r) {
            const QString name = model()->index(r, 0).data().toString();
            const int height = wrap(font(), name, nameWidth - margins).height;
            verticalHeader()->resizeSection(r, std::max(single, height + padding));
        }
        updateGeometries();
        if (viewport()->width() == viewportWidth)
            break;
    }
}

void LeaderboardView::resizeEvent(QResizeEvent *event)
{
    DataTableView::resizeEvent(event);
    fitToContents();
}

} // namespace ltv::ui
