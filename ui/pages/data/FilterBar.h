#pragma once
// Filter controls above a data table: customer id contains, date range and
// amount range. Emits the filter after a short pause in typing.

#include "models/TransactionTableModels.h"

#include <QWidget>

class QLineEdit;
class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QTimer;

namespace ltv::ui {

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);
    TableFilter filter() const;
    // Limits the date pickers to the data's range.
    void setDateRange(int firstDay, int lastDay);

signals:
    void filterChanged(const ltv::ui::TableFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLineEdit *customer_;
    QCheckBox *useDates_;
    QDateEdit *from_;
    QDateEdit *to_;
    QCheckBox *useAmounts_;
    QDoubleSpinBox *minAmount_;
    QDoubleSpinBox *maxAmount_;
    QLabel *dash1_;
    QLabel *dash2_;
    QTimer *debounce_;
};

} // namespace ltv::ui
