#include "store/ProjectSettings.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ltv::store {

QByteArray ProjectSettings::encode(const QJsonValue &value)
{
    // QJsonDocument only writes objects and arrays: write [value] and strip the brackets.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

std::optional<QJsonValue> ProjectSettings::decode(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

bool ProjectSettings::contains(const QString &key) const
{
    Statement statement = db_->prepare("SELECT 1 FROM settings WHERE key = ?1");
    statement.bind(1, key);
    return statement.step();
}

QStringList ProjectSettings::keys() const
{
    Statement statement = db_->prepare("SELECT key FROM settings ORDER BY key");
    QStringList keys;
    while (statement.step())
        keys << statement.columnText(0);
    return keys;
}

std::optional<QJsonValue> ProjectSettings::value(const QString &key) const
{
    Statement statement = db_->prepare("SELECT value FROM settings WHERE key = ?1");
    statement.bind(1, key);
    if (!statement.step() || statement.isNull(0))
        return std::nullopt;
    return decode(statement.columnBlob(0));
}

std::optional<QJsonObject> ProjectSettings::object(const QString &key) const
{
    const std::optional<QJsonValue> v = value(key);
    if (!v || !v->isObject())
        return std::nullopt;
    return v->toObject();
}

std::optional<QJsonArray> ProjectSettings::array(const QString &key) const
{
    const std::optional<QJsonValue> v = value(key);
    if (!v || !v->isArray())
        return std::nullopt;
    return v->toArray();
}

std::optional<QString> ProjectSettings::string(const QString &key) const
{
    const std::optional<QJsonValue> v = value(key);
    if (!v || !v->isString())
        return std::nullopt;
    return v->toString();
}

std::optional<double> ProjectSettings::number(const QString &key) const
{
    const std::optional<QJsonValue> v = value(key);
    if (!v || !v->isDouble())
        return std::nullopt;
    return v->toDouble();
}

std::optional<bool> ProjectSettings::boolean(const QString &key) const
{
    const std::optional<QJsonValue> v = value(key);
    if (!v || !v->isBool())
        return std::nullopt;
    return v->toBool();
}

void ProjectSettings::setValue(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined()) {
        remove(key);
        return;
    }
    Statement statement = db_->prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    statement.bind(1, key);
    statement.bindBlob(2, encode(value));
    statement.execute();
}

bool ProjectSettings::remove(const QString &key)
{
    Statement statement = db_->prepare("DELETE FROM settings WHERE key = ?1");
    statement.bind(1, key);
    statement.execute();
    return db_->changes() > 0;
}

} // namespace ltv::store
