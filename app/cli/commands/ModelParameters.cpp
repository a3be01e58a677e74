#include "ModelParameters.h"

#include "models/ModelRegistry.h"

#include <memory>

namespace ltv::cli {
namespace {

std::optional<models::ParamSpec> findSpec(const QString &modelId, const QString &name)
{
    const std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(modelId);
    if (!model)
        return std::nullopt;
    for (const models::ParamSpec &spec : model->hyperparameters())
        if (spec.name == name)
            return spec;
    return std::nullopt;
}

QStringList specNames(const QString &modelId)
{
    QStringList names;
    if (const std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(modelId))
        for (const models::ParamSpec &spec : model->hyperparameters())
            names << spec.name;
    return names;
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isInteger(const QVariant &v)
{
    return isNumber(v) && v.typeId() != QMetaType::Double && v.typeId() != QMetaType::Float;
}

// The value converted to the type of the spec's default; why not on failure.
QVariant convert(const models::ParamSpec &spec, const QString &text, QString *why)
{
    const QString t = text.trimmed();
    bool ok = false;
    QVariant value;
    if (spec.defaultValue.typeId() == QMetaType::Bool) {
        if (t == u"true" || t == u"1")
            return true;
        if (t == u"false" || t == u"0")
            return false;
        *why = QStringLiteral("true or false");
        return {};
    }
    if (isInteger(spec.defaultValue)) {
        value = t.toLongLong(&ok);
        if (!ok) {
            *why = QStringLiteral("an integer");
            return {};
        }
    } else if (isNumber(spec.defaultValue)) {
        value = t.toDouble(&ok);
        if (!ok) {
            *why = QStringLiteral("a number");
            return {};
        }
    } else {
        if (!spec.choices.isEmpty() && !spec.choices.contains(t)) {
            *why = QStringLiteral("one of ") + spec.choices.join(QStringLiteral(", "));
            return {};
        }
        return t;
    }
    const double x = value.toDouble();
    if (spec.minimum.isValid() && x < spec.minimum.toDouble()) {
        *why = QStringLiteral("at least ") + spec.minimum.toString();
        return {};
    }
    if (spec.maximum.isValid() && x > spec.maximum.toDouble()) {
        *why = QStringLiteral("at most ") + spec.maximum.toString();
        return {};
    }
    return value;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

// Checks NAME=VALUE items against model `modelId` and adds them to *params.
// Messages start with `prefix` and name an item as `shown` + NAME.
bool parseItems(const QStringList &items, const QString &modelId, const QString &prefix, const QString &shown,
                QVariantMap *out, QTextStream &err)
{
    QVariantMap &params = *out;
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = item.left(eq).trimmed();
        if (eq <= 0 || name.isEmpty()) {
            err << prefix << "takes NAME=VALUE, not \"" << shown << item << "\"\n";
            return false;
        }
        // "auto" passes "<candidate>.<name>" on to that candidate.
        QString owner = modelId, specName = name;
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        if (modelId == u"auto" && dot > 0) {
            owner = name.left(dot);
            specName = name.mid(dot + 1);
        }
        const std::optional<models::ParamSpec> spec = findSpec(owner, specName);
        if (!spec) {
            err << prefix << "\"" << shown << name << "\" is not a parameter of " << owner << " ("
                << specNames(owner).join(QStringLiteral(", ")) << ")\n";
            return false;
        }
        QString why;
        const QVariant value = convert(*spec, item.mid(eq + 1), &why);
        if (!value.isValid()) {
            err << prefix << shown << name << " must be " << why << ", not \"" << item.mid(eq + 1) << "\"\n";
            return false;
        }
        if (params.contains(name) && params.value(name) != value) {
            err << prefix << shown << name << " is given twice with different values\n";
            return false;
        }
        params.insert(name, value);
    }
    return true;
}

} // namespace

void addModelParameterOption(QCommandLineParser &parser, bool perModel)
{
    const QString help =
        perModel ? QStringLiteral("Hyperparameter of one of the --models, MODEL.NAME=VALUE, repeatable (e.g. "
                                  "cnn.epochs=20; auto.candidates=linear,cnn and auto.cnn.epochs=20 for auto).")
                 : QStringLiteral("Model hyperparameter NAME=VALUE, repeatable (e.g. epochs=20 for cnn, gru and "
                                  "mlp-ziln; auto also takes CANDIDATE.NAME=VALUE).");
    parser.addOption(
        {QStringLiteral("param"), help, perModel ? QStringLiteral("model.name=value") : QStringLiteral("name=value")});
}

std::optional<QVariantMap> readModelParameters(const QCommandLineParser &parser, const QString &command,
                                               const QString &modelId, QTextStream &err)
{
    QVariantMap params;
    if (!parseItems(parser.values(QStringLiteral("param")), modelId,
                    QStringLiteral("ltv ") + command + QStringLiteral(": --param "), QString(), &params, err))
        return std::nullopt;
    return params;
}

std::optional<QMap<QString, QVariantMap>> readPerModelParameters(const QCommandLineParser &parser,
                                                                 const QString &command, const QStringList &models,
                                                                 QTextStream &err)
{
    const QString prefix = QStringLiteral("ltv ") + command + QStringLiteral(": --param ");
    QMap<QString, QStringList> items;
    for (const QString &item : parser.values(QStringLiteral("param"))) {
        const qsizetype dot = item.indexOf(QLatin1Char('.'));
        const QString model = item.left(dot).trimmed();
        if (dot <= 0 || dot > item.indexOf(QLatin1Char('='))) {
            err << prefix << "takes MODEL.NAME=VALUE here, not \"" << item << "\"\n";
            return std::nullopt;
        }
        if (!models.contains(model)) {
            err << prefix << "names " << model << ", which is not among --models (" << models.join(QStringLiteral(", "))
                << ")\n";
            return std::nullopt;
        }
        items[model] << item.mid(dot + 1);
    }
    QMap<QString, QVariantMap> options;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        if (!parseItems(it.value(), it.key(), prefix, it.key() + QLatin1Char('.'), &options[it.key()], err))
            return std::nullopt;
    return options;
}

QString parameterMismatch(const QVariantMap &requested, const QVariantMap &saved)
{
    for (auto it = requested.cbegin(); it != requested.cend(); ++it)
        if (!saved.contains(it.key()) || !sameValue(it.value(), saved.value(it.key())))
            return QStringLiteral("it was fitted with %1=%2, not %3")
                .arg(it.key(), saved.contains(it.key()) ? saved.value(it.key()).toString() : QStringLiteral("default"),
                     it.value().toString());
    return {};
}

} // namespace ltv::cli
