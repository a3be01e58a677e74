#pragma once
// Named settings kept inside the project file: the settings table
// (key TEXT PRIMARY KEY, value BLOB) holds one JSON value per key as its
// compact UTF-8 text, so objects, arrays, strings, numbers and booleans all
// round-trip exactly (doubles are written in their shortest exact form).
// Every access is a prepared statement on the given connection.

#include "store/Sqlite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ltv::store {

class ProjectSettings
{
public:
    // The connection must outlive this object.
    explicit ProjectSettings(Database &db)
        : db_(&db)
    {}

    bool contains(const QString &key) const;
    QStringList keys() const; // sorted

    // The stored value; nullopt when the key is missing or its text is not JSON.
    std::optional<QJsonValue> value(const QString &key) const;
    // Typed reads: nullopt when missing or of another JSON type.
    std::optional<QJsonObject> object(const QString &key) const;
    std::optional<QJsonArray> array(const QString &key) const;
    std::optional<QString> string(const QString &key) const;
    std::optional<double> number(const QString &key) const;
    std::optional<bool> boolean(const QString &key) const;

    // Inserts or replaces; an undefined value removes the key.
    void setValue(const QString &key, const QJsonValue &value);
    void setObject(const QString &key, const QJsonObject &value) { setValue(key, value); }
    void setArray(const QString &key, const QJsonArray &value) { setValue(key, value); }
    void setString(const QString &key, const QString &value) { setValue(key, value); }
    void setNumber(const QString &key, double value) { setValue(key, value); }
    void setBoolean(const QString &key, bool value) { setValue(key, value); }

    // Removes the key; returns whether it was there.
    bool remove(const QString &key);

    // JSON text of any value, and back (the storage form; exposed for tests and exports).
    static QByteArray encode(const QJsonValue &value);
    static std::optional<QJsonValue> decode(const QByteArray &text);

private:
    Database *db_;
};

} // namespace ltv::store
