#include "io/PendingRowsTable.h"

#include "store/Sqlite.h"

#include <sqlite3.h>

#include <string>

namespace ltv::io {

namespace {

enum Column { CustomerId, Day, AmountMinor, Quantity, Invoice, ProductId, IsReturn, SourceLine, Rows };

struct Table
{
    sqlite3_vtab base{};
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    const std::vector<PendingRow> *rows = nullptr;
    std::size_t index = 0;
};

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(customer_id, day, amount_minor, quantity, invoice, "
                                            "product_id, is_return, source_line, rows HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    *table = &(new Table)->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    delete reinterpret_cast<Table *>(table);
    return SQLITE_OK;
}

// Only usable with the rows argument: ltv_pending_rows(?).
int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == Rows && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1.0;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = &(new Cursor)->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *base, int, const char *, int argc, sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    cursor->rows = argc > 0
                       ? static_cast<const std::vector<PendingRow> *>(sqlite3_value_pointer(argv[0], kPendingRowsType))
                       : nullptr;
    cursor->index = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *base)
{
    ++reinterpret_cast<Cursor *>(base)->index;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *base)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    return cursor->rows == nullptr || cursor->index >= cursor->rows->size();
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int column)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    const PendingRow &pending = (*cursor->rows)[cursor->index];
    const BatchRow &row = *pending.row;
    switch (column) {
    case CustomerId:
        sqlite3_result_int64(context, row.customerId);
        break;
    case Day:
        sqlite3_result_int64(context, row.day);
        break;
    case AmountMinor:
        sqlite3_result_int64(context, row.amountMinor);
        break;
    case Quantity:
        sqlite3_result_double(context, row.quantity);
        break;
    case Invoice: {
        // The batch outlives the statement's step, so the text need not be copied.
        const std::string_view invoice = pending.batch->view(row.invoice);
        sqlite3_result_text(context, invoice.data() ? invoice.data() : "", static_cast<int>(invoice.size()),
                            SQLITE_STATIC);
        break;
    }
    case ProductId:
        sqlite3_result_int64(context, row.productId);
        break;
    case IsReturn:
        sqlite3_result_int(context, row.isReturn ? 1 : 0);
        break;
    case SourceLine:
        sqlite3_result_int64(context, row.line);
        break;
    default:
        sqlite3_result_null(context);
    }
    return SQLITE_OK;
}

int rowId(sqlite3_vtab_cursor *base, sqlite3_int64 *id)
{
    *id = static_cast<sqlite3_int64>(reinterpret_cast<Cursor *>(base)->index);
    return SQLITE_OK;
}

// Eponymous only (no xCreate): it exists on every connection it is registered with, read-only.
const sqlite3_module kModule = {
    0,          // iVersion
    nullptr,    // xCreate
    connect,    // xConnect
    bestIndex,  // xBestIndex
    disconnect, // xDisconnect
    nullptr,    // xDestroy
    open,       // xOpen
    close,      // xClose
    filter,     // xFilter
    next,       // xNext
    eof,        // xEof
    column,     // xColumn
    rowId,      // xRowid
    nullptr,    // xUpdate
    nullptr,    // xBegin
    nullptr,    // xSync
    nullptr,    // xCommit
    nullptr,    // xRollback
    nullptr,    // xFindFunction
    nullptr,    // xRename
    nullptr,    // xSavepoint
    nullptr,    // xRelease
    nullptr,    // xRollbackTo
    nullptr,    // xShadowName
};

} // namespace

void registerPendingRowsTable(store::Database &db)
{
    const int rc = sqlite3_create_module_v2(db.handle(), kPendingRowsType, &kModule, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw store::SqlError(std::string("cannot register ") + kPendingRowsType + ": " + sqlite3_errmsg(db.handle()),
                              rc);
}

} // namespace ltv::io
