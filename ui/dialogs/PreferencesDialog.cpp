#include "dialogs/PreferencesDialog.h"

#include "LanguageManager.h"
#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ltv::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , language_(new QComboBox(this))
    , decimals_(new QSpinBox(this))
    , dateFormat_(new QComboBox(this))
    , horizon_(new QSpinBox(this))
    , discount_(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    const Settings &settings = Settings::instance();
    language_->addItem(tr("System language"), QString());
    for (const QString &code : LanguageManager::availableLanguages())
        language_->addItem(LanguageManager::nativeName(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(settings.language())));
    decimals_->setRange(0, 6);
    decimals_->setValue(settings.displayDecimals());
    dateFormat_->addItem(tr("ISO (2024-03-05)"), QStringLiteral("iso"));
    dateFormat_->addItem(tr("The language's short format"), QStringLiteral("locale"));
    dateFormat_->setCurrentIndex(std::max(0, dateFormat_->findData(settings.dateFormat())));
    horizon_->setRange(1, 520);
    horizon_->setSuffix(tr(" weeks"));
    horizon_->setValue(settings.defaultHorizonWeeks());
    discount_->setRange(0.0, 100.0);
    discount_->setDecimals(1);
    discount_->setSuffix(tr(" % a year"));
    discount_->setValue(settings.defaultAnnualDiscountRate() * 100.0);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), language_);
    form->addRow(tr("Decimals for money and rates:"), decimals_);
    form->addRow(tr("Dates:"), dateFormat_);
    form->addRow(tr("Default prediction horizon:"), horizon_);
    form->addRow(tr("Default discount rate:"), discount_);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    Settings &settings = Settings::instance();
    const QString language = language_->currentData().toString();
    if (language != settings.language()) {
        settings.setLanguage(language);
        LanguageManager::instance().setLanguage(language);
    }
    settings.setDisplayDecimals(decimals_->value());
    settings.setDateFormat(dateFormat_->currentData().toString());
    settings.setDefaultHorizonWeeks(horizon_->value());
    settings.setDefaultAnnualDiscountRate(discount_->value() / 100.0);
}

} // namespace ltv::ui
