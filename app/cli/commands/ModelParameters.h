#pragma once
// `--param NAME=VALUE` (repeatable) for `ltv fit` and `ltv predict`: sets a
// model hyperparameter, e.g. `--param epochs=5` for a neural network. Names,
// types, ranges and choices are checked against the model's ParamSpec list,
// so the command line offers exactly what the model declares.

#include <QCommandLineParser>
#include <QMap>
#include <QString>
#include <QTextStream>
#include <QVariantMap>

#include <optional>

namespace ltv::cli {

// Adds --param; `perModel` for `ltv evaluate` (MODEL.NAME=VALUE).
void addModelParameterOption(QCommandLineParser &parser, bool perModel = false);

// The typed options of model `modelId` given with --param; nullopt (message
// in err) on an unknown name or a bad value. The "auto" model also takes
// "<candidate>.<name>", checked against that candidate's parameters.
std::optional<QVariantMap> readModelParameters(const QCommandLineParser &parser, const QString &command,
                                               const QString &modelId, QTextStream &err);

// `ltv evaluate` fits several models: each --param is MODEL.NAME=VALUE (for
// auto also auto.CANDIDATE.NAME=VALUE), checked against that model, which
// must be one of `models`. Returns the options per model id; nullopt (message
// in err) on a bad item.
std::optional<QMap<QString, QVariantMap>> readPerModelParameters(const QCommandLineParser &parser,
                                                                 const QString &command, const QStringList &models,
                                                                 QTextStream &err);

// Empty when every requested parameter has the same value in `saved` (the
// options a saved model was fitted with); otherwise the first that differs.
QString parameterMismatch(const QVariantMap &requested, const QVariantMap &saved);

} // namespace ltv::cli
