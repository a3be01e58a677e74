#include "widgets/DataTableView.h"

#include "widgets/TableExport.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>

namespace ltv::ui {

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
{
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsMovable(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void DataTableView::copySelection()
{
    if (!model())
        return;
    const QString text = selectionToTsv(*model(), selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QString DataTableView::exportCsv()
{
    if (!model())
        return {};
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export table as CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    if (exporter_) {
        exporter_(path);
        return path;
    }
    QString error;
    if (!exportModelToCsv(*model(), path, false, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
    return path;
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void DataTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy"), QKeySequence::Copy, this, &DataTableView::copySelection);
    menu.addAction(tr("Select all"), QKeySequence::SelectAll, this, &QTableView::selectAll);
    menu.addSeparator();
    menu.addAction(tr("Export CSV…"), this, &DataTableView::exportCsv);
    menu.exec(event->globalPos());
}

} // namespace ltv::ui
