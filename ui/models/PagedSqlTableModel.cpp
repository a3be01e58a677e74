#include "models/PagedSqlTableModel.h"

#include "jobs/JobRunner.h"
#include "store/Project.h"
#include "store/Sqlite.h"

namespace ltv::ui {

namespace {

void bindVariant(store::Statement &statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        statement.bind(index, static_cast<std::int64_t>(value.toLongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        statement.bind(index, value.toDouble());
        break;
    default:
        if (value.isNull())
            statement.bindNull(index);
        else
            statement.bind(index, value.toString());
    }
}

QVariant columnValue(const store::Statement &statement, int column)
{
    switch (statement.columnType(column)) {
    case 1: // SQLITE_INTEGER
        return QVariant::fromValue<qlonglong>(statement.columnInt(column));
    case 2: // SQLITE_FLOAT
        return statement.columnDouble(column);
    case 5: // SQLITE_NULL
        return {};
    default:
        return statement.columnText(column);
    }
}

} // namespace

PagedSqlTableModel::PagedSqlTableModel(JobRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , runner_(runner)
{}

QString PagedSqlTableModel::jobKey() const
{
    return QStringLiteral("table-") + QString::number(reinterpret_cast<quintptr>(this), 16);
}

void PagedSqlTableModel::setProject(store::Project *project, const QString &path)
{
    const bool otherFile = path != path_;
    project_ = project;
    path_ = path;
    if (otherFile && !ids_.empty()) {
        // The row ids belong to the previous file: never look them up in this one.
        beginResetModel();
        ids_.clear();
        pages_.clear();
        pageAge_.clear();
        endResetModel();
    }
    refresh();
}

void PagedSqlTableModel::refresh()
{
    if (!project_) {
        beginResetModel();
        ids_.clear();
        pages_.clear();
        pageAge_.clear();
        endResetModel();
        return;
    }
    const Query query = idQuery(sortColumn_, sortOrder_);
    const QString path = path_;
    loading_ = true;
    emit loadingChanged(true);
    runner_->run<std::vector<std::int64_t>>(
        jobKey(), tr("Loading table"),
        [path, query](const pipeline::JobContext &job) {
            // A separate connection: SQLite connections must not be shared across threads.
            store::Project project = store::Project::open(path, false);
            store::Statement statement = project.database().prepare(query.sql);
            for (int i = 0; i < query.parameters.size(); ++i)
                bindVariant(statement, i + 1, query.parameters.at(i));
            std::vector<std::int64_t> ids;
            while (statement.step()) {
                ids.push_back(statement.columnInt(0));
                if ((ids.size() & 0xFFFF) == 0)
                    job.throwIfCancelled();
            }
            return ids;
        },
        this,
        [this](std::vector<std::int64_t> ids) {
            beginResetModel();
            ids_ = std::move(ids);
            pages_.clear();
            pageAge_.clear();
            endResetModel();
            loading_ = false;
            emit loadingChanged(false);
            emit loaded(totalRows());
        },
        [this](const QString &message) {
            loading_ = false;
            emit loadingChanged(false);
            emit loadFailed(message);
        });
}

int PagedSqlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

int PagedSqlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(columnTitles().size());
}

void PagedSqlTableModel::fetchPage(int page) const
{
    const std::size_t first = static_cast<std::size_t>(page) * kPageSize;
    const std::size_t last = std::min(ids_.size(), first + kPageSize);
    const int count = static_cast<int>(last - first);
    QHash<std::int64_t, QList<QVariant>> rows;
    if (count > 0 && project_) {
        store::Statement statement = project_->database().prepare(rowsQuery(count));
        for (int i = 0; i < count; ++i)
            statement.bind(i + 1, ids_[first + static_cast<std::size_t>(i)]);
        const int columns = columnCount();
        while (statement.step()) {
            QList<QVariant> values;
            values.reserve(columns);
            for (int c = 0; c < columns; ++c)
                values << display(c, columnValue(statement, c + 1));
            rows.insert(statement.columnInt(0), values);
        }
    }
    pages_.insert(page, rows);
    pageAge_.removeAll(page);
    pageAge_.append(page);
    while (pageAge_.size() > kMaxCachedPages)
        pages_.remove(pageAge_.takeFirst());
}

const QList<QVariant> *PagedSqlTableModel::rowValues(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= ids_.size())
        return nullptr;
    const int page = row / kPageSize;
    if (!pages_.contains(page))
        fetchPage(page);
    const auto &rows = pages_[page];
    const auto it = rows.constFind(ids_[static_cast<std::size_t>(row)]);
    return it == rows.constEnd() ? nullptr : &it.value();
}

QVariant PagedSqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(index.column()) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QList<QVariant> *values = rowValues(index.row());
    return values ? values->value(index.column()) : QVariant();
}

QVariant PagedSqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnTitles().value(section);
}

Qt::Alignment PagedSqlTableModel::alignment(int) const
{
    return Qt::AlignLeft;
}

void PagedSqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == sortColumn_ && order == sortOrder_)
        return;
    sortColumn_ = column;
    sortOrder_ = order;
    refresh();
}

} // namespace ltv::ui
