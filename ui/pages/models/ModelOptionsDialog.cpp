#include "pages/models/ModelOptionsDialog.h"

#include "LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
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
    : QDialog(parent)
    , specs_(specs)
{
    setObjectName(QStringLiteral("modelOptionsDialog"));
    setWindowTitle(tr("Options of %1").arg(modelName));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (const models::ParamSpec &spec : specs_) {
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
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
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
