#include "pages/data/FilterBar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace ltv::ui {

namespace {
const QDate kEpoch(1970, 1, 1);
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , customer_(new QLineEdit(this))
    , useDates_(new QCheckBox(this))
    , from_(new QDateEdit(this))
    , to_(new QDateEdit(this))
    , useAmounts_(new QCheckBox(this))
    , minAmount_(new QDoubleSpinBox(this))
    , maxAmount_(new QDoubleSpinBox(this))
    , dash1_(new QLabel(QStringLiteral("–"), this))
    , dash2_(new QLabel(QStringLiteral("–"), this))
    , debounce_(new QTimer(this))
{
    customer_->setObjectName(QStringLiteral("customerFilter"));
    customer_->setClearButtonEnabled(true);
    customer_->setMinimumWidth(110);
    for (QDateEdit *d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
        d->setMinimumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 48);
    }
    for (QDoubleSpinBox *s : {minAmount_, maxAmount_}) {
        s->setRange(-1e12, 1e12);
        s->setDecimals(2);
        s->setEnabled(false);
        s->setMinimumWidth(80);
    }
    maxAmount_->setValue(1000.0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(customer_);
    layout->addSpacing(12);
    layout->addWidget(useDates_);
    layout->addWidget(from_);
    layout->addWidget(dash1_);
    layout->addWidget(to_);
    layout->addSpacing(12);
    layout->addWidget(useAmounts_);
    layout->addWidget(minAmount_);
    layout->addWidget(dash2_);
    layout->addWidget(maxAmount_);
    layout->addStretch(1);

    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(debounce_, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
    const auto changed = [this] { debounce_->start(); };
    connect(customer_, &QLineEdit::textChanged, this, changed);
    connect(useDates_, &QCheckBox::toggled, this, [this, changed](bool on) {
        from_->setEnabled(on);
        to_->setEnabled(on);
        changed();
    });
    connect(useAmounts_, &QCheckBox::toggled, this, [this, changed](bool on) {
        minAmount_->setEnabled(on);
        maxAmount_->setEnabled(on);
        changed();
    });
    // Edits of a disabled range do not change the filter, so they must not re-query.
    const auto datesChanged = [this, changed] {
        if (useDates_->isChecked())
            changed();
    };
    const auto amountsChanged = [this, changed] {
        if (useAmounts_->isChecked())
            changed();
    };
    connect(from_, &QDateEdit::dateChanged, this, datesChanged);
    connect(to_, &QDateEdit::dateChanged, this, datesChanged);
    connect(minAmount_, &QDoubleSpinBox::valueChanged, this, amountsChanged);
    connect(maxAmount_, &QDoubleSpinBox::valueChanged, this, amountsChanged);
    retranslate();
}

TableFilter FilterBar::filter() const
{
    TableFilter f;
    f.customerContains = customer_->text().trimmed();
    if (useDates_->isChecked()) {
        f.fromDay = static_cast<int>(kEpoch.daysTo(from_->date()));
        f.toDay = static_cast<int>(kEpoch.daysTo(to_->date()));
    }
    if (useAmounts_->isChecked()) {
        f.minAmount = minAmount_->value();
        f.maxAmount = maxAmount_->value();
    }
    return f;
}

void FilterBar::setDateRange(int firstDay, int lastDay)
{
    if (lastDay < firstDay)
        return;
    const QDate first = kEpoch.addDays(firstDay);
    const QDate last = kEpoch.addDays(lastDay);
    // New data bounds are not a user edit: no filter change.
    const QSignalBlocker blockFrom(from_);
    const QSignalBlocker blockTo(to_);
    for (QDateEdit *d : {from_, to_})
        d->setDateRange(first, last);
    from_->setDate(first);
    to_->setDate(last);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    customer_->setPlaceholderText(tr("Customer id contains…"));
    useDates_->setText(tr("Dates"));
    useAmounts_->setText(tr("Amounts"));
}

} // namespace ltv::ui
