#include "pages/data/CohortTab.h"

#include "LanguageManager.h"
#include "ProjectSession.h"
#include "jobs/JobRunner.h"
#include "jobs/ProjectStamp.h"
#include "store/Project.h"
#include "widgets/DataTableView.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace ltv::ui {

void CohortModel::setTable(features::CohortTable table)
{
    beginResetModel();
    table_ = std::move(table);
    endResetModel();
    setMeasure(measure_);
}

void CohortModel::setMeasure(Measure measure)
{
    beginResetModel();
    measure_ = measure;
    maxValue_ = 0.0;
    for (int r = 0; r < rowCount(); ++r)
        for (int m = 1; m < table_.months; ++m) // month 0 retention is 100% by definition: scale on the rest
            if (const double v = value(r, m); std::isfinite(v))
                maxValue_ = std::max(maxValue_, v);
    endResetModel();
}

double CohortModel::value(int row, int month) const
{
    return measure_ == Measure::Retention ? table_.retentionAt(static_cast<std::size_t>(row), month)
                                          : table_.revenueAt(static_cast<std::size_t>(row), month);
}

int CohortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(table_.cohortCount());
}

int CohortModel::columnCount(const QModelIndex &parent) const
{
    // Column 0 is the cohort size; then months since acquisition.
    return parent.isValid() || table_.cohortCount() == 0 ? 0 : table_.months + 1;
}

QVariant CohortModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QLocale locale = LanguageManager::instance().locale();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return locale.toString(static_cast<qlonglong>(table_.size[static_cast<std::size_t>(index.row())]));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const int month = index.column() - 1;
    const double v = value(index.row(), month);
    switch (role) {
    case Qt::DisplayRole:
        if (!std::isfinite(v))
            return QString();
        return measure_ == Measure::Retention ? locale.toString(v, 'f', 1) + QStringLiteral("%")
                                              : locale.toString(v, 'f', 2);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        if (!std::isfinite(v) || maxValue_ <= 0.0)
            return {};
        // Light to dark blue; readable black text on the light half.
        const double t = std::clamp(v / maxValue_, 0.0, 1.0);
        return QColor::fromRgbF(float(1.0 - 0.75 * t), float(1.0 - 0.45 * t), float(1.0 - 0.1 * t));
    }
    case Qt::ForegroundRole: {
        if (!std::isfinite(v) || maxValue_ <= 0.0)
            return {};
        return v / maxValue_ > 0.6 ? QColor(Qt::white) : QColor(Qt::black);
    }
    default:
        return {};
    }
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < rowCount() ? table_.cohortLabel(static_cast<std::size_t>(section)) : QVariant();
    return section == 0 ? tr("Customers") : tr("Month %1").arg(section - 1);
}

CohortTab::CohortTab(ProjectSession *session, JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , runner_(runner)
    , measureLabel_(new QLabel(this))
    , measure_(new QComboBox(this))
    , status_(new QLabel(this))
    , model_(new CohortModel(this))
    , view_(new DataTableView(this))
{
    measure_->addItem(QString());
    measure_->addItem(QString());
    view_->setModel(model_);
    view_->setSortingEnabled(false);
    view_->horizontalHeader()->setDefaultSectionSize(72);
    auto *top = new QHBoxLayout;
    top->addWidget(measureLabel_);
    top->addWidget(measure_);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    layout->addWidget(status_);
    connect(measure_, &QComboBox::currentIndexChanged, this, [this](int i) {
        model_->setMeasure(i == 0 ? CohortModel::Measure::Retention : CohortModel::Measure::CumulativeRevenue);
    });
    // Before the page recomputes: a table of the old project or data must not stay.
    connect(session_, &ProjectSession::dataChanged, this, &CohortTab::clear);
    retranslate();
}

void CohortTab::clear()
{
    if (jobId_ != 0) {
        runner_->cancel(jobId_);
        jobId_ = 0;
    }
    model_->setTable({});
    status_->clear();
}

void CohortTab::run()
{
    if (!session_->isOpen())
        return;
    const QString path = session_->path();
    const ProjectStamp stamp = ProjectStamp::of(*session_);
    jobId_ = runner_->run<features::CohortTable>(
        QStringLiteral("cohorts"), tr("Cohort table"),
        [path](const pipeline::JobContext &job) {
            const store::Project project = store::Project::open(path, false);
            const features::TransactionSet set = project.loadTransactionSet();
            job.throwIfCancelled();
            return features::buildCohortTable(set, set.dayRange().second);
        },
        this,
        [this, stamp](features::CohortTable table) {
            if (!stamp.isCurrent(*session_))
                return; // computed for a project (or data) no longer open
            jobId_ = 0;
            model_->setTable(std::move(table));
            status_->setText(tr("%n cohort(s), by month of first purchase.", nullptr, model_->rowCount()));
            emit tableReady();
        },
        [this, stamp](const QString &message) {
            if (!stamp.isCurrent(*session_))
                return;
            jobId_ = 0;
            status_->setText(tr("The cohort table failed: %1").arg(message));
        });
}

void CohortTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CohortTab::retranslate()
{
    measureLabel_->setText(tr("Show:"));
    measure_->setItemText(0, tr("Retention (% of the cohort buying in the month)"));
    measure_->setItemText(1, tr("Cumulative net revenue per customer"));
}

} // namespace ltv::ui
