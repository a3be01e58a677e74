#include "store/Schema.h"

#include "store/Sqlite.h"

#include <array>
#include <string>

namespace ltv::store {
namespace {

// Each entry moves the schema one version forward. Append only: never edit a
// migration that has shipped.
constexpr std::array kMigrations = {
    // 1: transactions, customers, imports, and room for later results.
    R"SQL(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value BLOB
);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- 'transactions' or 'customers'
    source_file TEXT NOT NULL,
    content_hash TEXT NOT NULL,         -- SHA-256 of the file bytes, hex
    mapping_json TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    rows_duplicate INTEGER NOT NULL,
    imported_at TEXT NOT NULL           -- ISO 8601 UTC
);
CREATE INDEX imports_by_hash ON imports (content_hash, kind);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE    -- the shop's id, or its HMAC pseudonym
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE
);
CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,             -- import order
    import_id INTEGER NOT NULL REFERENCES imports (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    day INTEGER NOT NULL,               -- days since 1970-01-01
    amount_minor INTEGER NOT NULL,      -- cents; negative for returns
    quantity REAL NOT NULL,
    invoice TEXT NOT NULL DEFAULT '',
    product_id INTEGER NOT NULL DEFAULT 0, -- products.id, 0 when none
    is_return INTEGER NOT NULL DEFAULT 0,
    occurrence INTEGER NOT NULL DEFAULT 0, -- n-th identical row within its source file
    source_line INTEGER NOT NULL
);
-- Row identity for deduplicating overlapping imports.
CREATE UNIQUE INDEX transactions_identity
    ON transactions (customer_id, day, amount_minor, invoice, product_id, occurrence);
CREATE TABLE customer_attributes (
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (customer_id, name)
) WITHOUT ROWID;
CREATE TABLE customer_datasets (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id),
    name TEXT NOT NULL,
    columns_json TEXT NOT NULL,         -- feature column names in order
    target_column TEXT                  -- observed LTV column, if any
);
CREATE TABLE customer_dataset_values (
    dataset_id INTEGER NOT NULL REFERENCES customer_datasets (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    column_index INTEGER NOT NULL,      -- -1 is the target column
    value,                              -- REAL when numeric, else TEXT; NULL when empty
    PRIMARY KEY (dataset_id, customer_id, column_index)
) WITHOUT ROWID;
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    model_id TEXT NOT NULL,             -- registry id, e.g. 'bgnbd'
    options_json TEXT NOT NULL DEFAULT '{}',
    parameters_json TEXT NOT NULL DEFAULT '{}',
    blob BLOB,
    created TEXT NOT NULL
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- 'prediction' or 'segmentation'
    model_row_id INTEGER REFERENCES models (id),
    options_json TEXT NOT NULL DEFAULT '{}',
    created TEXT NOT NULL
);
CREATE TABLE predictions (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    name TEXT NOT NULL,                 -- column, e.g. 'ltv', 'p_alive'
    value REAL,
    PRIMARY KEY (run_id, customer_id, name)
) WITHOUT ROWID;
CREATE TABLE segments (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    name TEXT NOT NULL,                 -- column, e.g. 'segment', 'action'
    value,
    PRIMARY KEY (run_id, customer_id, name)
) WITHOUT ROWID;
)SQL",
    // 2: the data cut and training protocol a saved model was fitted with.
    R"SQL(
ALTER TABLE models ADD COLUMN training_json TEXT NOT NULL DEFAULT '{}';
CREATE INDEX models_by_id ON models (model_id, id);
)SQL",
    // 3: a lean (customer, day) index replaces the unique 6-column identity
    // index. It still finds a row's possible duplicates (every identical row
    // has the same customer and day) and serves the (customer, day, id)
    // order that features and the transactions view read in, at about half
    // the size and sort cost. Duplicates are told apart by the importer
    // (io::ImportDeduplicator, io::TransactionWriter).
    R"SQL(
DROP INDEX IF EXISTS transactions_identity;
CREATE INDEX IF NOT EXISTS transactions_by_customer ON transactions (customer_id, day);
)SQL",
    // 4: no occurrence column. A row's occurrence (the n-th identical row) is
    // its rank among the identical rows of the project in id order, since
    // every import adds the occurrences after the stored ones; the importer
    // counts it, so storing it only cost space and time.
    R"SQL(
ALTER TABLE transactions DROP COLUMN occurrence;
)SQL",
};

} // namespace

int currentSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

void migrate(Database &db)
{
    const auto version = static_cast<int>(db.scalarInt("PRAGMA user_version"));
    if (version > currentSchemaVersion())
        throw SqlError("the project file has schema version " + std::to_string(version) +
                           ", newer than this program understands (" + std::to_string(currentSchemaVersion()) + ")",
                       0);
    if (version == currentSchemaVersion())
        return;
    Transaction transaction(db);
    for (int v = version; v < currentSchemaVersion(); ++v) {
        // A file whose occurrence column is already gone has nothing to drop.
        if (v == 3 && db.scalarInt("SELECT count(*) FROM pragma_table_info('transactions') "
                                   "WHERE name = 'occurrence'") == 0)
            continue;
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
    }
    db.exec(("PRAGMA user_version = " + std::to_string(currentSchemaVersion())).c_str());
    transaction.commit();
}

} // namespace ltv::store
