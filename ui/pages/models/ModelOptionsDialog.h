#pragma once
// Edits the options of one model, generated from the ParamSpec list the model
// declares (models::Model::hyperparameters): a check box for a switch, a
// combo box for a choice, spin boxes with the declared range for numbers and
// a line edit for text; each with the description and default as tool tip,
// and "Reset to defaults".

#include "models/Model.h"

#include <QDialog>
#include <QHash>

class QFormLayout;

namespace ltv::ui {

class ModelOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // `values` overrides the defaults (e.g. the options chosen before).
    ModelOptionsDialog(const QString &modelName, const QList<models::ParamSpec> &specs, const QVariantMap &values,
                       QWidget *parent = nullptr);

    // The value every editor shows, typed as its default.
    QVariantMap values() const;
    // Only the options that differ from their defaults: what the model gets.
    QVariantMap changedOptions() const;
    void resetToDefaults();
    // The editor of an option (object name "option_<name>"), nullptr if unknown.
    QWidget *editor(const QString &name) const { return editors_.value(name); }

    // The entries of `options` that differ from the defaults of `specs`, typed
    // as the defaults (unknown keys are kept: they may be meant for a sub-model).
    static QVariantMap withoutDefaults(const QList<models::ParamSpec> &specs, const QVariantMap &options);

private:
    QWidget *createEditor(const models::ParamSpec &spec);
    void setEditorValue(const models::ParamSpec &spec, const QVariant &value);
    QVariant editorValue(const models::ParamSpec &spec) const;

    QList<models::ParamSpec> specs_;
    QHash<QString, QWidget *> editors_;
};

} // namespace ltv::ui
