#include "store/ModelStore.h"
#include "features/Translation.h"

#include "models/ModelRegistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ltv::store {
namespace {

// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::store::ModelStore", "ltv::store"}, text);
}

QString toJson(const QVariantMap &map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap mapFromJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString parametersJson(const QList<models::FittedParameter> &parameters)
{
    QJsonArray array;
    for (const models::FittedParameter &p : parameters)
        array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("value"), finiteOrNull(p.value)},
                                 {QStringLiteral("standardError"), finiteOrNull(p.standardError)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<models::FittedParameter> parametersFromJson(const QString &json)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QList<models::FittedParameter> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("value")).toDouble(nan),
                    o.value(QStringLiteral("standardError")).toDouble(nan)});
    }
    return out;
}

constexpr const char *kModelColumns =
    "SELECT id, model_id, options_json, training_json, parameters_json, created FROM models ";

SavedModel readModel(const Statement &s)
{
    SavedModel m;
    m.rowId = s.columnInt(0);
    m.modelId = s.columnText(1);
    m.options = mapFromJson(s.columnText(2));
    m.training = mapFromJson(s.columnText(3));
    m.parameters = parametersFromJson(s.columnText(4));
    m.created = QDateTime::fromString(s.columnText(5), Qt::ISODateWithMs);
    return m;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QStringList predictionColumnNames()
{
    return {QStringLiteral("expected_purchases"), QStringLiteral("p_alive"),
            QStringLiteral("expected_spend"),     QStringLiteral("ltv"),
            QStringLiteral("churn_probability"),  QStringLiteral("top_value_probability")};
}

ModelStore::ModelStore(Database &db)
    : db_(db)
{}

std::int64_t ModelStore::save(const models::Model &model, const QVariantMap &options, const QVariantMap &training)
{
    if (!model.isFitted())
        throw std::invalid_argument(tr("Only a fitted model can be saved.").toStdString());
    const QByteArray blob = model.serialize();
    const QString parameters = parametersJson(model.parameters());
    Transaction transaction(db_);
    Statement insert = db_.prepare("INSERT INTO models (model_id, options_json, training_json, parameters_json, blob, "
                                   "created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, model.id())
        .bind(2, toJson(options))
        .bind(3, toJson(training))
        .bind(4, parameters)
        .bindBlob(5, blob)
        .bind(6, nowUtc());
    insert.execute();
    const std::int64_t rowId = db_.lastInsertRowId();
    transaction.commit();
    return rowId;
}

QList<SavedModel> ModelStore::list(const QString &modelId) const
{
    QList<SavedModel> out;
    Statement s = modelId.isEmpty() ? db_.prepare(std::string(kModelColumns) + "ORDER BY id DESC")
                                    : db_.prepare(std::string(kModelColumns) + "WHERE model_id = ?1 ORDER BY id DESC");
    if (!modelId.isEmpty())
        s.bind(1, modelId);
    while (s.step())
        out << readModel(s);
    return out;
}

std::optional<SavedModel> ModelStore::find(std::int64_t rowId) const
{
    Statement s = db_.prepare(std::string(kModelColumns) + "WHERE id = ?1");
    s.bind(1, rowId);
    if (s.step())
        return readModel(s);
    return std::nullopt;
}

std::optional<SavedModel> ModelStore::latest(const QString &modelId) const
{
    Statement s = db_.prepare(std::string(kModelColumns) + "WHERE model_id = ?1 ORDER BY id DESC LIMIT 1");
    s.bind(1, modelId);
    if (s.step())
        return readModel(s);
    return std::nullopt;
}

std::unique_ptr<models::Model> ModelStore::load(std::int64_t rowId) const
{
    Statement s = db_.prepare("SELECT model_id, blob FROM models WHERE id = ?1");
    s.bind(1, rowId);
    if (!s.step())
        throw std::runtime_error(tr("The project has no saved model %1.").arg(rowId).toStdString());
    const QString modelId = s.columnText(0);
    std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(modelId);
    if (!model)
        throw std::runtime_error(tr("Saved model %1 is a \"%2\" model, which this program does not know.")
                                     .arg(rowId)
                                     .arg(modelId)
                                     .toStdString());
    model->deserialize(s.columnBlob(1));
    if (!model->isFitted())
        throw std::runtime_error(tr("Saved model %1 could not be restored.").arg(rowId).toStdString());
    return model;
}

std::int64_t ModelStore::savePredictionRun(std::int64_t modelRowId, const models::Predictions &p,
                                           const QStringList &customerIds, const QVariantMap &runOptions)
{
    QHash<QString, std::int64_t> customerRow;
    {
        Statement s = db_.prepare("SELECT id, external_id FROM customers");
        while (s.step())
            customerRow.insert(s.columnText(1), s.columnInt(0));
    }
    const std::vector<const std::vector<double> *> values = {
        &p.expectedPurchases, &p.pAlive, &p.expectedSpend, &p.ltv, &p.churnProbability, &p.topValueProbability};
    const QStringList names = predictionColumnNames();
    QVariantMap options = p.options;
    for (auto it = runOptions.cbegin(); it != runOptions.cend(); ++it)
        options.insert(it.key(), it.value());
    options.insert(QStringLiteral("model"), p.model);
    options.insert(QStringLiteral("dataCut"), p.dataCut);

    Transaction transaction(db_);
    Statement run =
        db_.prepare("INSERT INTO runs (kind, model_row_id, options_json, created) VALUES ('prediction', ?1, ?2, ?3)");
    if (modelRowId > 0)
        run.bind(1, modelRowId);
    else
        run.bindNull(1);
    run.bind(2, toJson(options)).bind(3, nowUtc());
    run.execute();
    const std::int64_t runId = db_.lastInsertRowId();
    Statement insert =
        db_.prepare("INSERT INTO predictions (run_id, customer_id, name, value) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < p.size(); ++i) {
        const QString external = customerIds.value(p.customer[i]);
        const auto row = customerRow.constFind(external);
        if (external.isEmpty() || row == customerRow.cend())
            throw std::invalid_argument(
                tr("Customer \"%1\" of the predictions is not in the project.").arg(external).toStdString());
        for (std::size_t c = 0; c < values.size(); ++c) {
            if (values[c]->size() != p.size() || !std::isfinite((*values[c])[i]))
                continue;
            insert.bind(1, runId).bind(2, *row).bind(3, names[static_cast<qsizetype>(c)]).bind(4, (*values[c])[i]);
            insert.execute();
        }
    }
    transaction.commit();
    return runId;
}

std::optional<PredictionRun> ModelStore::predictionRun(std::int64_t runId) const
{
    Statement head = db_.prepare("SELECT model_row_id, options_json, created FROM runs WHERE id = ?1 AND kind = "
                                 "'prediction'");
    head.bind(1, runId);
    if (!head.step())
        return std::nullopt;
    PredictionRun out;
    out.runId = runId;
    out.modelRowId = head.isNull(0) ? 0 : head.columnInt(0);
    out.options = mapFromJson(head.columnText(1));
    out.created = QDateTime::fromString(head.columnText(2), Qt::ISODateWithMs);

    Statement s = db_.prepare("SELECT c.external_id, p.customer_id, p.name, p.value FROM predictions p "
                              "JOIN customers c ON c.id = p.customer_id WHERE p.run_id = ?1 ORDER BY p.customer_id");
    s.bind(1, runId);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::int64_t current = -1;
    while (s.step()) {
        if (s.columnInt(1) != current) {
            current = s.columnInt(1);
            out.customerIds << s.columnText(0);
            for (auto &column : out.columns)
                column.push_back(nan);
        }
        const QString name = s.columnText(2);
        auto it = out.columns.find(name);
        if (it == out.columns.end())
            it = out.columns.insert(name, std::vector<double>(static_cast<std::size_t>(out.customerIds.size()), nan));
        it->back() = s.isNull(3) ? nan : s.columnDouble(3);
    }
    return out;
}

} // namespace ltv::store
