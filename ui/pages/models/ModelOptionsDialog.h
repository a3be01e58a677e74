#pragma once
// Edits the options of one model, generated from the ParamSpec list the model
// declares (models::Model::hyperparameters): a check box for a switch, a
// combo box for a choice, spin boxes with the declared range for numbers and
// a line edit for text; each with the description and default as tool tip,
// and "Reset to defaults". A model that trains others (Auto) also gets a
// section per candidate, chosen in a list beside the options, with that
// candidate's options named "<candidate>.<option>" as the candidate receives
// them; a candidate's section is listed while it is among the candidates.

#include "models/Model.h"

#include <QDialog>
#include <QHash>

class QListWidget;

namespace ltv::ui {

// The options of one model, or of one candidate of a model that trains others.
struct OptionSection
{
    QString title;       // the candidate's name in the list of sections
    QString candidateId; // empty for the model's own options
    QList<models::ParamSpec> specs;
    // The key of an option in the model's options map: "<candidate>.<name>" for a candidate.
    QString key(const QString &name) const { return candidateId.isEmpty() ? name : candidateId + u'.' + name; }
};

class ModelOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // `values` overrides the defaults (e.g. the options chosen before).
    ModelOptionsDialog(const QString &modelName, const QList<models::ParamSpec> &specs, const QVariantMap &values,
                       QWidget *parent = nullptr);
    // The model's own options first, then one section per candidate.
    ModelOptionsDialog(const QString &modelName, const QList<OptionSection> &sections, const QVariantMap &values,
                       QWidget *parent = nullptr);

    // The value every editor shows, typed as its default.
    QVariantMap values() const;
    // Only the options that differ from their defaults: what the model gets.
    QVariantMap changedOptions() const;
    void resetToDefaults();
    // The editor of an option (object name "option_<name>"), nullptr if unknown;
    // a candidate's option is named "<candidate>.<name>".
    QWidget *editor(const QString &name) const { return editors_.value(name); }
    // The list of the sections: the model, then its candidates; nullptr for a model without candidates.
    QListWidget *sections() const { return sections_; }
    // Whether a candidate's section is listed (it is among the chosen candidates).
    bool isCandidateShown(const QString &candidateId) const;

    // Every option of the sections, a candidate's named "<candidate>.<name>".
    static QList<models::ParamSpec> allSpecs(const QList<OptionSection> &sections);

    // The entries of `options` that differ from the defaults of `specs`, typed
    // as the defaults (unknown keys are kept: they may be meant for a sub-model).
    static QVariantMap withoutDefaults(const QList<models::ParamSpec> &specs, const QVariantMap &options);

private:
    QWidget *createForm(const QList<models::ParamSpec> &specs, const QVariantMap &values);
    void showChosenCandidates();
    QWidget *createEditor(const models::ParamSpec &spec);
    void setEditorValue(const models::ParamSpec &spec, const QVariant &value);
    QVariant editorValue(const models::ParamSpec &spec) const;

    QList<models::ParamSpec> specs_;
    QHash<QString, QWidget *> editors_;
    QListWidget *sections_ = nullptr;
    QStringList candidateSections_; // candidate id per section, the first (the model's own) empty
};

} // namespace ltv::ui
