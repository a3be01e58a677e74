#pragma once
// A small RAII layer over the SQLite C API: one connection, prepared
// statements, and a transaction guard that rolls back unless committed.
// Every SQL error becomes a store::SqlError carrying SQLite's message.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <stdexcept>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ltv::store {

class SqlError : public std::runtime_error
{
public:
    SqlError(const std::string &message, int code)
        : std::runtime_error(message)
        , code_(code)
    {}
    int code() const noexcept { return code_; }

private:
    int code_;
};

class Statement;

class Database
{
public:
    Database() = default;
    // Opens (and creates when create is true) the database file.
    Database(const QString &path, bool create);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    bool isOpen() const noexcept { return db_ != nullptr; }
    sqlite3 *handle() const noexcept { return db_; }

    // Runs SQL without parameters or results (schema, pragmas, BEGIN/COMMIT).
    void exec(const char *sql);
    Statement prepare(std::string_view sql) const;
    std::int64_t lastInsertRowId() const;
    int changes() const;
    // A single integer from a query such as "PRAGMA user_version".
    std::int64_t scalarInt(std::string_view sql) const;
    // How long a statement waits for another connection's lock before failing
    // with SQLITE_BUSY (5000 ms after opening).
    void setBusyTimeout(int milliseconds);

    void close() noexcept;

private:
    sqlite3 *db_ = nullptr;
};

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    // Parameters are 1-based as in SQLite.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bindText(int index, std::string_view utf8);
    // Binds without copying: utf8 must stay valid until the statement is stepped and reset or rebound.
    Statement &bindTextNoCopy(int index, std::string_view utf8);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    // Passes a C++ object to a virtual table or function that asks for it
    // with sqlite3_value_pointer(value, type); it must outlive the step.
    Statement &bindPointer(int index, void *pointer, const char *type);

    // Advances; true while a row is available.
    bool step();
    // Steps a statement that returns no rows, then resets it for reuse.
    void execute();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    // Raw UTF-8 bytes, valid until the next step.
    std::string_view columnUtf8(int column) const;
    QByteArray columnBlob(int column) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int columnType(int column) const;

private:
    void check(int rc) const;
    sqlite3 *db_ = nullptr;
    sqlite3_stmt *stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &db_;
    bool open_ = true;
};

} // namespace ltv::store
