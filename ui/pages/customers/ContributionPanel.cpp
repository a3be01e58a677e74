#include "pages/customers/ContributionPanel.h"

#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/ContributionChart.h"
#include "pages/customers/ContributionSession.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ltv::ui {

ContributionPanel::ContributionPanel(ContributionSession *session, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , note_(new QLabel(this))
    , chart_(new charts::ContributionChart)
    , panel_(new charts::ChartPanel(chart_, this))
{
    note_->setObjectName(QStringLiteral("contributionNote"));
    note_->setWordWrap(true);
    note_->setTextFormat(Qt::PlainText);
    panel_->setObjectName(QStringLiteral("contributionChart"));
    panel_->setExportBaseName(QStringLiteral("feature-contributions"));
    panel_->setMinimumHeight(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(note_);
    layout->addWidget(panel_, 1);
    connect(session_, &ContributionSession::computationStarted, this, &ContributionPanel::refresh);
    connect(session_, &ContributionSession::computed, this, &ContributionPanel::refresh);
    connect(session_, &ContributionSession::failed, this, &ContributionPanel::refresh);
    connect(session_, &ContributionSession::cleared, this, &ContributionPanel::refresh);
    refresh();
}

void ContributionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ContributionPanel::setCustomer(std::int32_t customer, const QString &id)
{
    customer_ = customer;
    id_ = id;
    refresh();
}

void ContributionPanel::refresh()
{
    const auto explanation = session_->explanation();
    row_ = explanation && customer_ >= 0 ? explanation->row(customer_) : -1;
    bars_ = row_ >= 0 ? contributionBars(*explanation, static_cast<std::size_t>(row_)) : ContributionBars{};
    const auto money = [](double v) { return charts::BarChart::formatValue(v, 2); };
    if (row_ < 0) {
        chart_->setData({}, tr("Feature contributions"));
        if (session_->isComputing())
            note_->setText(tr("Training a gradient-boosting model on the same customers to explain the "
                              "predictions…"));
        else if (!session_->lastError().isEmpty())
            note_->setText(tr("No feature contributions: %1").arg(session_->lastError()));
        else if (explanation && customer_ >= 0)
            note_->setText(tr("This customer had not bought by the as-of day: there are no features to explain."));
        else
            note_->clear();
        return;
    }
    const pipeline::ForwardExplanation &e = *explanation;
    const QString model = e.model->displayName();
    const double weeks = e.request.horizonDays / 7.0;
    const QLocale locale = charts::BarChart::numberLocale();
    const QString lossNote = e.options.value(QStringLiteral("objective")).toString() == u"squarederror"
                                 ? tr(" (squared-error loss)")
                                 : QString();
    const QString method =
        e.model->id() == u"xgboost" ? tr("exact TreeSHAP values") : tr("coefficient × standardised value");
    note_->setText(
        tr("Explained by %1%2, a model of its own: trained on %3 customers, their features as of %4 and revenue "
           "in the following %5 weeks. Its prediction of this customer's revenue in the %5 weeks after %6 is %7 "
           "= base value %8 (its average prediction) + the contributions below (%9). The predicted value in the "
           "table comes from the BTYD model.")
            .arg(model, lossNote, locale.toString(static_cast<qulonglong>(e.trainingCustomers)),
                 isoFromDay(e.trainingAsOf), locale.toString(weeks, 'g', 4), isoFromDay(e.request.asOf),
                 money(bars_.prediction), money(bars_.base), method) +
        (e.validationCustomers > 0
             ? tr(" On the %1 customers it held out of training, its error (RMSE) is %2, against %3 for "
                  "predicting the average.")
                   .arg(locale.toString(static_cast<qulonglong>(e.validationCustomers)), money(e.validationRmse),
                        money(e.validationMeanRmse))
             : QString()));
    charts::ContributionData data = bars_.chart;
    data.valueTitle = tr("Contribution (base value %1)").arg(money(bars_.base));
    data.raisesName = tr("Raises the prediction");
    data.lowersName = tr("Lowers the prediction");
    data.decimals = 2;
    // The title names the model briefly; the note above gives its full name.
    const QString shortName = e.model->id() == u"xgboost" ? QStringLiteral("XGBoost") : model;
    chart_->setData(data, tr("%1: %2 for customer %3").arg(shortName, money(bars_.prediction), id_));
}

} // namespace ltv::ui
