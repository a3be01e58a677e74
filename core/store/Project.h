#pragma once
// The project file (*.ltv): one SQLite database in WAL mode with foreign keys
// on, migrated to the current schema when opened. Holds imported
// transactions, customers, products and attributes, the import history, and
// the models, predictions and segments later steps store.

#include "features/TransactionSet.h"
#include "store/Sqlite.h"

namespace ltv::pipeline {
class JobContext;
}

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ltv::store {

struct ImportRecord
{
    std::int64_t id = 0;
    QString kind; // "transactions" or "customers"
    QString sourceFile;
    QString contentHash;
    QString mappingJson;
    std::int64_t rowsRead = 0;
    std::int64_t rowsImported = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t rowsDuplicate = 0;
    QDateTime importedAt;
};

// A customer-level table (one row per customer) imported for ML training.
struct CustomerDataset
{
    std::int64_t id = 0;
    QString name;
    QStringList customerIds;
    QStringList columns;
    // values[row * columns.size() + column]; NaN where empty or not numeric.
    std::vector<double> values;
    // Observed LTV per row when the dataset has a target column; empty otherwise.
    QString targetColumn;
    std::vector<double> target;
};

class Project
{
public:
    // Opens an existing project, or creates it when create is true and the file is missing.
    static Project open(const QString &path, bool create = true);
    // The same for a worker thread: while another program holds the file
    // (e.g. an import's exclusive lock) it waits at most as long as open(),
    // says so through job's progress message, and stops waiting as soon as job
    // is cancelled (throws pipeline::Cancelled).
    static Project open(const QString &path, bool create, const pipeline::JobContext &job);

    Project(Project &&) noexcept = default;
    Project &operator=(Project &&) noexcept = default;

    const QString &path() const { return path_; }
    Database &database() { return db_; }
    const Database &database() const { return db_; }

    std::int64_t transactionCount() const;
    std::int64_t customerCount() const;
    std::int64_t productCount() const;
    // Sum of all transaction amounts in minor units (cents).
    std::int64_t amountMinorTotal() const;

    QList<ImportRecord> importHistory() const;
    std::optional<ImportRecord> findImport(const QString &contentHash, const QString &kind) const;

    // The per-project key for pseudonymising customer ids, created on first use.
    QByteArray pseudonymSecret();

    // All transactions in columnar form: customers indexed 0..n-1 in id order,
    // lines sorted by (customer, day), orders indexed by invoice, products by id.
    features::TransactionSet loadTransactionSet() const;

    QList<CustomerDataset> customerDatasets() const;

    // Tables and views that can be exported, in a stable order.
    QStringList exportableTables() const;
    // The SELECT that exports a table: friendly columns for transactions and
    // customers (external ids, ISO dates, decimal amounts), every column otherwise.
    // Returns an empty string for an unknown table.
    QString exportQuery(const QString &table) const;

private:
    Project(Database db, QString path);
    // Sets the connection up (WAL, foreign keys) and migrates the schema.
    static Project prepare(Database db, const QString &path);
    Database db_;
    QString path_;
};

} // namespace ltv::store
