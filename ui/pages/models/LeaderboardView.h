#pragma once
// The leaderboard table of the Models page (and the Segments page's cluster
// profiles), laid out so that every column and every model name shows in full
// in a 1000-pixel window: the numbers take the width of their digits (with a
// narrow margin), the column titles wrap onto two lines unless the window has
// room for them on one next to the names wrapped onto two, and the model names
// take the rest of the width, wrapping onto two lines when they must. Copy and Export CSV are those of every table.

#include "widgets/DataTableView.h"

class QFont;

namespace ltv::ui {

class LeaderboardView : public DataTableView
{
    Q_OBJECT
public:
    explicit LeaderboardView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

    // `text` wrapped at its line-break opportunities within `width` pixels:
    // its lines, its widest line (wider than `width` when a word overflows)
    // and its height, as a wrapping item draws it.
    struct Wrapped
    {
        int lines = 0;
        int width = 0;
        int height = 0;
    };
    static Wrapped wrap(const QFont &font, const QString &text, int width);
    // The narrowest width in which `text` wraps onto at most `lines` lines
    // without overflowing (never narrower than its widest word).
    static int narrowestWrapWidth(const QFont &font, const QString &text, int lines);
    // Horizontal space between a number and the edge of its cell.
    static int numberMargin() { return 2; }

    // Sizes the columns and rows to the current contents and width.
    void fitToContents();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int nameMargin() const;
    bool fitting_ = false;
};

} // namespace ltv::ui
