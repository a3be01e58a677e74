#include "pages/models/ModelOptionsDialog.h"

#include "LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace ltv::ui {

namespace {

enum class Kind { Switch, Choice, Integer, Real, Text };

Kind kindOf(const models::ParamSpec &spec)
{
    if (!spec.choices.isEmpty())
        return Kind::Choice;
    switch (spec.defaultValue.typeId()) {
    case QMetaType::Bool:
        return Kind::Switch;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Kind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Real;
    default:
        return Kind::Text;
    }
}

bool sameValue(const models::ParamSpec &spec, const QVariant &a, const QVariant &b)
{
    switch (kindOf(spec)) {
    case Kind::Switch:
        return a.toBool() == b.toBool();
    case Kind::Integer:
        return std::llround(a.toDouble()) == std::llround(b.toDouble());
    case Kind::Real: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return std::abs(x - y) <= 1e-12 * std::max(1.0, std::abs(y));
    }
    case Kind::Choice:
    case Kind::Text:
        return a.toString() == b.toString();
    }
    return false;
}

// Decimals that show v exactly (up to 6).
int decimalsOf(double v)
{
    for (int d = 0; d < 6; ++d) {
        const double scaled = v * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
            return d;
    }
    return 6;
}

// A double spin box that shows 0.05 rather than 0.050000.
class CompactDoubleSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

QString displayValue(const models::ParamSpec &spec, const QVariant &value)
{
    const QLocale locale = LanguageManager::instance().locale();
    switch (kindOf(spec)) {
    case Kind::Switch:
        return value.toBool() ? ModelOptionsDialog::tr("on") : ModelOptionsDialog::tr("off");
    case Kind::Integer:
        return locale.toString(value.toLongLong());
    case Kind::Real:
        return locale.toString(value.toDouble(), 'g', 6);
    case Kind::Choice:
    case Kind::Text:
        return value.toString();
    }
    return {};
}

} // namespace

ModelOptionsDialog::ModelOptionsDialog(const QString &modelName, const QList<models::ParamSpec> &specs,
                                       const QVariantMap &values, QWidget *parent)
    : ModelOptionsDialog(modelName, QList<OptionSection>{{modelName, QString(), specs}}, values, parent)
{}

ModelOptionsDialog::ModelOptionsDialog(const QString &modelName, const QList<OptionSection> &sections,
                                       const QVariantMap &values, QWidget *parent)
    : QDialog(parent)
    , specs_(allSpecs(sections))
{
    setObjectName(QStringLiteral("modelOptionsDialog"));
    setWindowTitle(tr("Options of %1").arg(modelName));

    QWidget *content = nullptr;
    if (sections.size() == 1) {
        content = createForm(specs_, values);
    } else {
        // The model's own options, then a section per candidate, chosen in a list.
        sections_ = new QListWidget(this);
        sections_->setObjectName(QStringLiteral("optionSections"));
        sections_->setSpacing(2);
        auto *pages = new QStackedWidget(this);
        for (const OptionSection &section : sections) {
            QList<models::ParamSpec> specs = section.specs;
            for (models::ParamSpec &spec : specs)
                spec.name = section.key(spec.name);
            QWidget *form = createForm(specs, values);
            auto *item = new QListWidgetItem(section.candidateId.isEmpty() ? modelName : section.title, sections_);
            if (section.candidateId.isEmpty()) {
                item->setToolTip(tr("Options of %1").arg(modelName));
                pages->addWidget(form);
            } else {
                item->setToolTip(tr("Options of the candidate %1").arg(section.title));
                auto *page = new QWidget;
                auto *pageLayout = new QVBoxLayout(page);
                pageLayout->setContentsMargins(0, 0, 0, 0);
                auto *note = new QLabel(tr("These options apply to %1 when %2 validates and refits it as a "
                                           "candidate (given as %3.NAME).")
                                            .arg(section.title, modelName, section.candidateId),
                                        page);
                note->setWordWrap(true);
                pageLayout->addWidget(note);
                pageLayout->addWidget(form, 1);
                pages->addWidget(page);
            }
            candidateSections_ << section.candidateId;
        }
        connect(sections_, &QListWidget::currentRowChanged, pages, &QStackedWidget::setCurrentIndex);
        sections_->setCurrentRow(0);
        // Every name in full.
        sections_->setTextElideMode(Qt::ElideNone);
        sections_->setFixedWidth(sections_->sizeHintForColumn(0) + 2 * sections_->frameWidth() +
                                 style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
        auto *split = new QWidget(this);
        auto *splitLayout = new QHBoxLayout(split);
        splitLayout->setContentsMargins(0, 0, 0, 0);
        splitLayout->addWidget(sections_);
        splitLayout->addWidget(pages, 1);
        content = split;
        if (auto *candidates = qobject_cast<QLineEdit *>(editors_.value(QStringLiteral("candidates"))))
            connect(candidates, &QLineEdit::textChanged, this, &ModelOptionsDialog::showChosenCandidates);
        showChosenCandidates();
    }

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *reset = buttons->button(QDialogButtonBox::RestoreDefaults);
    reset->setText(tr("Reset to defaults"));
    reset->setObjectName(QStringLiteral("resetOptionsButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(reset, &QPushButton::clicked, this, &ModelOptionsDialog::resetToDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Changed options apply the next time the model is trained. Hover over an option "
                                "for its default and range."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
}

QList<models::ParamSpec> ModelOptionsDialog::allSpecs(const QList<OptionSection> &sections)
{
    QList<models::ParamSpec> out;
    for (const OptionSection &section : sections)
        for (models::ParamSpec spec : section.specs) {
            spec.name = section.key(spec.name);
            out << spec;
        }
    return out;
}

bool ModelOptionsDialog::isCandidateShown(const QString &candidateId) const
{
    const qsizetype index = candidateSections_.indexOf(candidateId);
    return sections_ && index > 0 && !sections_->item(static_cast<int>(index))->isHidden();
}

void ModelOptionsDialog::showChosenCandidates()
{
    QStringList chosen;
    if (auto *candidates = qobject_cast<QLineEdit *>(editors_.value(QStringLiteral("candidates"))))
        for (const QString &id : candidates->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            chosen << id.trimmed();
    for (qsizetype i = 1; i < candidateSections_.size(); ++i)
        sections_->item(static_cast<int>(i))->setHidden(!chosen.contains(candidateSections_[i]));
    if (sections_->currentItem() && sections_->currentItem()->isHidden())
        sections_->setCurrentRow(0);
}

QWidget *ModelOptionsDialog::createForm(const QList<models::ParamSpec> &specs, const QVariantMap &values)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (const models::ParamSpec &spec : specs) {
        QWidget *editor = createEditor(spec);
        QString range;
        if (!spec.minimum.isNull() && !spec.maximum.isNull())
            range = tr(", from %1 to %2").arg(displayValue(spec, spec.minimum), displayValue(spec, spec.maximum));
        else if (!spec.minimum.isNull())
            range = tr(", at least %1").arg(displayValue(spec, spec.minimum));
        const QString tip = QStringLiteral("<b>%1</b><br>%2<br>%3")
                                .arg(spec.name.toHtmlEscaped(), spec.description.toHtmlEscaped(),
                                     tr("Default: %1%2").arg(displayValue(spec, spec.defaultValue), range));
        editor->setToolTip(tip);
        auto *label = new QLabel(spec.description, this);
        label->setWordWrap(true);
        label->setMinimumWidth(260);
        label->setMaximumWidth(380);
        label->setToolTip(tip);
        label->setBuddy(editor);
        if (kindOf(spec) == Kind::Switch) {
            // The description is the label; the check box only switches.
            editor->setAccessibleName(spec.description);
        }
        form->addRow(label, editor);
        setEditorValue(spec, values.value(spec.name, spec.defaultValue));
    }

    auto *content = new QWidget;
    content->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->sizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    scroll->setMinimumHeight(std::min(content->sizeHint().height() + 8, 460));
    return scroll;
}

QWidget *ModelOptionsDialog::createEditor(const models::ParamSpec &spec)
{
    QWidget *editor = nullptr;
    switch (kindOf(spec)) {
    case Kind::Switch:
        editor = new QCheckBox(this);
        break;
    case Kind::Choice: {
        auto *box = new QComboBox(this);
        box->addItems(spec.choices);
        editor = box;
        break;
    }
    case Kind::Integer: {
        auto *box = new QSpinBox(this);
        const int low = spec.minimum.isNull() ? std::numeric_limits<int>::min() : spec.minimum.toInt();
        const int high = spec.maximum.isNull() ? std::numeric_limits<int>::max() : spec.maximum.toInt();
        box->setRange(low, high);
        box->setMinimumWidth(150);
        editor = box;
        break;
    }
    case Kind::Real: {
        auto *box = new CompactDoubleSpinBox(this);
        int decimals = std::max(2, decimalsOf(spec.defaultValue.toDouble()));
        if (!spec.minimum.isNull())
            decimals = std::max(decimals, decimalsOf(spec.minimum.toDouble()));
        if (!spec.maximum.isNull())
            decimals = std::max(decimals, decimalsOf(spec.maximum.toDouble()));
        box->setDecimals(decimals);
        box->setRange(spec.minimum.isNull() ? -1e9 : spec.minimum.toDouble(),
                      spec.maximum.isNull() ? 1e9 : spec.maximum.toDouble());
        box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        box->setMinimumWidth(150);
        editor = box;
        break;
    }
    case Kind::Text: {
        auto *line = new QLineEdit(this);
        line->setMinimumWidth(220);
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("option_") + spec.name);
    editors_.insert(spec.name, editor);
    return editor;
}

void ModelOptionsDialog::setEditorValue(const models::ParamSpec &spec, const QVariant &value)
{
    QWidget *editor = editors_.value(spec.name);
    switch (kindOf(spec)) {
    case Kind::Switch:
        static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
        break;
    case Kind::Choice: {
        auto *box = static_cast<QComboBox *>(editor);
        const int index = box->findText(value.toString());
        box->setCurrentIndex(index >= 0 ? index : box->findText(spec.defaultValue.toString()));
        break;
    }
    case Kind::Integer:
        static_cast<QSpinBox *>(editor)->setValue(static_cast<int>(std::llround(value.toDouble())));
        break;
    case Kind::Real:
        static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble());
        break;
    case Kind::Text:
        static_cast<QLineEdit *>(editor)->setText(value.toString());
        break;
    }
}

QVariant ModelOptionsDialog::editorValue(const models::ParamSpec &spec) const
{
    QWidget *editor = editors_.value(spec.name);
    switch (kindOf(spec)) {
    case Kind::Switch:
        return static_cast<QCheckBox *>(editor)->isChecked();
    case Kind::Choice:
        return static_cast<QComboBox *>(editor)->currentText();
    case Kind::Integer:
        return static_cast<QSpinBox *>(editor)->value();
    case Kind::Real:
        return static_cast<QDoubleSpinBox *>(editor)->value();
    case Kind::Text:
        return static_cast<QLineEdit *>(editor)->text().trimmed();
    }
    return {};
}

QVariantMap ModelOptionsDialog::values() const
{
    QVariantMap out;
    for (const models::ParamSpec &spec : specs_)
        out.insert(spec.name, editorValue(spec));
    return out;
}

QVariantMap ModelOptionsDialog::changedOptions() const
{
    return withoutDefaults(specs_, values());
}

void ModelOptionsDialog::resetToDefaults()
{
    for (const models::ParamSpec &spec : specs_)
        setEditorValue(spec, spec.defaultValue);
}

QVariantMap ModelOptionsDialog::withoutDefaults(const QList<models::ParamSpec> &specs, const QVariantMap &options)
{
    QVariantMap out = options;
    for (const models::ParamSpec &spec : specs) {
        const auto found = out.find(spec.name);
        if (found == out.end())
            continue;
        if (sameValue(spec, found.value(), spec.defaultValue))
            out.erase(found);
        else if (kindOf(spec) == Kind::Integer) // e.g. read back from JSON as a double
            found.value() = static_cast<int>(std::llround(found.value().toDouble()));
        else if (kindOf(spec) == Kind::Real)
            found.value() = found.value().toDouble();
    }
    return out;
}

} // namespace ltv::ui
