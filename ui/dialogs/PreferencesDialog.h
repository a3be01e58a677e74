#pragma once
// Preferences: language, number and date display, and the defaults offered
// when training models. Writes through the typed Settings object.

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace ltv::ui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // Applies the values to Settings (and switches the language live).
    void apply();

    QComboBox *languageBox() const { return language_; }
    QSpinBox *decimalsBox() const { return decimals_; }
    QComboBox *dateFormatBox() const { return dateFormat_; }
    QSpinBox *horizonBox() const { return horizon_; }
    QDoubleSpinBox *discountBox() const { return discount_; }

private:
    QComboBox *language_;
    QSpinBox *decimals_;
    QComboBox *dateFormat_;
    QSpinBox *horizon_;
    QDoubleSpinBox *discount_;
};

} // namespace ltv::ui
