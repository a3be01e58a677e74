#pragma once
// A table view with the actions every table in the app offers: sort by
// clicking a header, Copy (Ctrl+C) as tab-separated text, and Export CSV.

#include <QTableView>

#include <functional>

namespace ltv::ui {

class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    // Export of the whole table; by default the model's rows as displayed.
    // Pages can override it, e.g. to export millions of rows from the store in the background.
    using Exporter = std::function<void(const QString &path)>;
    void setExporter(Exporter exporter) { exporter_ = std::move(exporter); }

    void copySelection();
    // Asks for a file name and exports; returns the chosen path (empty if cancelled).
    QString exportCsv();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Exporter exporter_;
};

} // namespace ltv::ui
