#pragma once
// The Customers page's "Feature contributions" tab: which model explains the
// selected customer, its own prediction as base value + contributions, and
// the contribution chart (exportable like every chart).

#include "pages/customers/ContributionBars.h"

#include <QWidget>

class QLabel;

namespace ltv::ui {

namespace charts {
class ChartPanel;
class ContributionChart;
} // namespace charts

class ContributionSession;

class ContributionPanel : public QWidget
{
    Q_OBJECT
public:
    ContributionPanel(ContributionSession *session, QWidget *parent = nullptr);

    // customer: index into the transactions' customers (-1: none); id: as shown.
    void setCustomer(std::int32_t customer, const QString &id);
    // Redraws from the session's current state.
    void refresh();

    charts::ContributionChart *chart() const { return chart_; }
    charts::ChartPanel *chartPanel() const { return panel_; }
    QLabel *note() const { return note_; }
    // The bars shown (empty when nothing is explained).
    const ContributionBars &bars() const { return bars_; }
    // The explanation row of the customer shown; -1 when none.
    std::int64_t row() const { return row_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ContributionSession *session_;
    QLabel *note_;
    charts::ContributionChart *chart_;
    charts::ChartPanel *panel_;
    std::int32_t customer_ = -1;
    QString id_;
    std::int64_t row_ = -1;
    ContributionBars bars_;
};

} // namespace ltv::ui
