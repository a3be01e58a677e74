#pragma once
// A read-only table over a (possibly huge) SQL result that scrolls smoothly.
//
// The ordered list of row ids matching the filter is computed off the GUI
// thread on a separate connection (latest request wins); the visible rows are
// then fetched on demand, a page at a time, by primary key, and cached. So a
// 5-million-row table sorts and filters in the background and never blocks
// painting. Subclasses provide the two SQL statements.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

#include <cstdint>
#include <vector>

namespace ltv::store {
class Project;
}

namespace ltv::ui {

class JobRunner;

class PagedSqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    PagedSqlTableModel(JobRunner *runner, QObject *parent = nullptr);

    // Points the model at a project (GUI-thread connection + file path for workers).
    void setProject(store::Project *project, const QString &path);
    // Re-runs the id query (after a filter, sort or data change).
    void refresh();
    bool isLoading() const { return loading_; }
    std::int64_t totalRows() const { return static_cast<std::int64_t>(ids_.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void loaded(std::int64_t rows);
    void loadFailed(const QString &message);

protected:
    struct Query
    {
        std::string sql;            // selects ids in display order
        QList<QVariant> parameters; // bound in order (1-based)
    };
    // SQL selecting the ids of matching rows, ordered by sortColumn/sortOrder.
    virtual Query idQuery(int sortColumn, Qt::SortOrder order) const = 0;
    // SQL selecting the display columns for ids bound as ?1..?n; first column must be the id.
    virtual std::string rowsQuery(int idCount) const = 0;
    virtual QStringList columnTitles() const = 0;
    // Formats a raw SQL value of a column for display (and sorting role).
    virtual QVariant display(int /*column*/, const QVariant &raw) const { return raw; }
    virtual Qt::Alignment alignment(int column) const;
    QString jobKey() const;

private:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;
    const QList<QVariant> *rowValues(int row) const;
    void fetchPage(int page) const;

    JobRunner *runner_;
    store::Project *project_ = nullptr;
    QString path_;
    std::vector<std::int64_t> ids_;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    bool loading_ = false;
    mutable QHash<int, QHash<std::int64_t, QList<QVariant>>> pages_;
    mutable QList<int> pageAge_;
};

} // namespace ltv::ui
