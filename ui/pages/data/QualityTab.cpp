#include "pages/data/QualityTab.h"

#include "LanguageManager.h"
#include "ProjectSession.h"
#include "jobs/JobRunner.h"
#include "jobs/ProjectStamp.h"
#include "store/Project.h"
#include "widgets/DataTableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ltv::ui {

QualityTab::QualityTab(ProjectSession *session, JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , runner_(runner)
    , imputationLabel_(new QLabel(this))
    , imputation_(new QComboBox(this))
    , outlierLabel_(new QLabel(this))
    , outlierRule_(new QComboBox(this))
    , outlierAction_(new QComboBox(this))
    , dropDuplicates_(new QCheckBox(this))
    , runButton_(new QPushButton(this))
    , status_(new QLabel(this))
    , findings_(new QStandardItemModel(this))
    , view_(new DataTableView(this))
{
    runButton_->setObjectName(QStringLiteral("runQualityButton"));
    status_->setObjectName(QStringLiteral("qualityStatus"));
    // The options read as a sentence that is wider than the page: wrap it.
    status_->setWordWrap(true);
    for (int i = 0; i < 4; ++i)
        imputation_->addItem(QString());
    for (int i = 0; i < 3; ++i)
        outlierRule_->addItem(QString());
    for (int i = 0; i < 3; ++i)
        outlierAction_->addItem(QString());
    imputation_->setCurrentIndex(static_cast<int>(features::Imputation::Median));
    outlierRule_->setCurrentIndex(static_cast<int>(features::OutlierRule::Iqr));
    view_->setModel(findings_);
    view_->setSortingEnabled(false);
    view_->verticalHeader()->hide();

    auto *options = new QHBoxLayout;
    options->addWidget(imputationLabel_);
    options->addWidget(imputation_);
    options->addSpacing(16);
    options->addWidget(outlierLabel_);
    options->addWidget(outlierRule_);
    options->addWidget(outlierAction_);
    options->addStretch(1);
    auto *second = new QHBoxLayout;
    second->addWidget(dropDuplicates_);
    second->addStretch(1);
    second->addWidget(runButton_);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(second);
    layout->addWidget(status_);
    layout->addWidget(view_, 1);

    connect(runButton_, &QPushButton::clicked, this, &QualityTab::run);
    // A cancel from the jobs panel delivers neither a result nor an error: only this tells the tab.
    connect(runner_, &JobRunner::jobFinished, this,
            [this](quint64 id, JobRunner::Outcome outcome, const QString &message) {
                if (jobId_ == 0 || id != jobId_)
                    return; // not the running check (or already handled)
                if (outcome == JobRunner::Outcome::Failed)
                    endWithoutReport(Status::Failed, message);
                else if (outcome == JobRunner::Outcome::Cancelled)
                    endWithoutReport(Status::Cancelled, QString());
                else { // finished for data no longer open: the button must not stay disabled
                    jobId_ = 0;
                    runButton_->setEnabled(true);
                }
            });
    // Before the page reruns the check: a report of the old project or data must not stay.
    connect(session_, &ProjectSession::dataChanged, this, &QualityTab::clear);
    retranslate();
}

features::QualityOptions QualityTab::options() const
{
    features::QualityOptions o;
    o.imputation = static_cast<features::Imputation>(imputation_->currentIndex());
    o.outlierRule = static_cast<features::OutlierRule>(outlierRule_->currentIndex());
    o.outlierAction = static_cast<features::OutlierAction>(outlierAction_->currentIndex());
    o.dropDuplicates = dropDuplicates_->isChecked();
    o.today = static_cast<Day>(QDate(1970, 1, 1).daysTo(QDate::currentDate()));
    return o;
}

void QualityTab::run()
{
    if (!session_->isOpen())
        return;
    const QString path = session_->path();
    const ProjectStamp stamp = ProjectStamp::of(*session_);
    const features::QualityOptions opts = options();
    statusState_ = Status::Checking;
    showStatus();
    runButton_->setEnabled(false);
    jobId_ = runner_->run<features::QualityReport>(
        QStringLiteral("quality"), tr("Data-quality check"),
        [path, opts](const pipeline::JobContext &job) {
            job.setProgress(0.0, tr("Loading transactions"));
            const store::Project project = store::Project::open(path, false);
            const features::TransactionSet set = project.loadTransactionSet();
            job.throwIfCancelled();
            return features::checkQuality(set, opts, job.subTask(0.3, 1.0)).report;
        },
        this,
        [this, stamp](features::QualityReport report) {
            if (!stamp.isCurrent(*session_))
                return; // checked a project (or data) no longer open
            jobId_ = 0;
            runButton_->setEnabled(true);
            show(report);
        },
        [this, stamp](const QString &message) {
            if (!stamp.isCurrent(*session_))
                return;
            endWithoutReport(Status::Failed, message);
        });
}

void QualityTab::clear()
{
    if (jobId_ != 0) {
        runner_->cancel(jobId_);
        jobId_ = 0;
    }
    runButton_->setEnabled(true);
    hasReport_ = false;
    lastReport_ = {};
    statusState_ = Status::Idle;
    findings_->removeRows(0, findings_->rowCount());
    retranslate();
}

void QualityTab::endWithoutReport(Status status, const QString &message)
{
    jobId_ = 0;
    runButton_->setEnabled(true);
    statusState_ = status;
    failure_ = message;
    showStatus();
}

void QualityTab::showStatus()
{
    switch (statusState_) {
    case Status::Idle:
        status_->setText(tr("Choose the options and press Check data."));
        break;
    case Status::Checking:
        status_->setText(tr("Checking the data…"));
        break;
    case Status::Report:
        status_->setText(tr("Options: %1").arg(lastReport_.options.describe()));
        break;
    case Status::Cancelled:
        status_->setText(hasReport_ ? tr("The check was cancelled. The table shows the previous check.")
                                    : tr("The check was cancelled. Press Check data to run it again."));
        break;
    case Status::Failed:
        status_->setText(tr("The check failed: %1").arg(failure_));
        break;
    }
}

void QualityTab::show(const features::QualityReport &report)
{
    lastReport_ = report;
    hasReport_ = true;
    const QLocale locale = LanguageManager::instance().locale();
    const auto number = [&locale](std::int64_t n) { return locale.toString(static_cast<qlonglong>(n)); };
    findings_->clear();
    findings_->setHorizontalHeaderLabels({tr("Check"), tr("Lines"), tr("What was done")});
    const auto add = [this](const QString &check, const QString &count, const QString &action) {
        auto *countItem = new QStandardItem(count);
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        findings_->appendRow({new QStandardItem(check), countItem, new QStandardItem(action)});
    };
    add(tr("Lines checked"), number(report.linesIn), tr("%1 lines kept").arg(number(report.linesOut)));
    // Rows name what people know (amounts, products) and say what the options did, from the report's own options
    // (the combo boxes may have changed since the check ran).
    const features::QualityOptions &o = report.options;
    for (const auto &column : report.columns) {
        const QString missingDone =
            column.imputed > 0
                ? tr("%1 imputed (%2)")
                      .arg(number(column.imputed), imputation_->itemText(static_cast<int>(o.imputation)))
                : (column.missing > 0 && report.missingRemoved > 0 ? tr("lines removed") : tr("none needed"));
        const QString keptOrNone = column.missing > 0 ? tr("kept") : tr("none needed");
        if (!column.present)
            add(tr("Products"), QString(), tr("the data have no product column"));
        else if (column.column == u"amount")
            add(tr("Missing amounts"), number(column.missing), missingDone);
        else if (column.column == u"quantity")
            add(tr("Missing quantities"), number(column.missing), missingDone);
        else if (column.column == u"product")
            add(tr("Lines without a product"), number(column.missing), keptOrNone);
        else // a customer attribute, counted per customer
            add(tr("Customers with no %1").arg(column.column), number(column.missing), keptOrNone);
    }
    if (o.outlierRule == features::OutlierRule::None) {
        add(tr("Outlying purchase amounts"), QString(), tr("not checked"));
    } else {
        // Only amounts of zero and more are tested: a lower limit below zero never applies.
        const QString upper = locale.toString(report.upperBound, 'f', 2);
        const QString range = report.lowerBound > 0.0
                                  ? tr("below %1 or above %2").arg(locale.toString(report.lowerBound, 'f', 2), upper)
                                  : tr("above %1").arg(upper);
        QString outlierAction = tr("flagged, not changed");
        if (o.outlierAction == features::OutlierAction::Cap)
            outlierAction = tr("%1 capped").arg(number(report.outliersCapped));
        else if (o.outlierAction == features::OutlierAction::Exclude)
            outlierAction = tr("%1 removed").arg(number(report.outliersRemoved));
        add(tr("Outlying purchase amounts (%1, %2)")
                .arg(outlierRule_->itemText(static_cast<int>(o.outlierRule)), range),
            number(report.outliers), outlierAction);
    }
    add(tr("Duplicate lines"), number(report.duplicates),
        report.duplicatesRemoved > 0 ? tr("%1 removed").arg(number(report.duplicatesRemoved)) : tr("kept"));
    add(tr("Purchases with a non-positive amount"), number(report.nonPositiveAmounts), tr("kept, shown for review"));
    add(tr("Dates in the future"), number(report.futureDates),
        report.futureRemoved > 0 ? tr("%1 removed").arg(number(report.futureRemoved)) : tr("kept"));
    view_->resizeColumnsToContents();
    statusState_ = Status::Report;
    showStatus();
    emit reportReady();
}

void QualityTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (hasReport_) {
            const Status status = statusState_;
            show(lastReport_); // rebuilds the table in the new language
            statusState_ = status;
            showStatus();
        }
    }
    QWidget::changeEvent(event);
}

void QualityTab::retranslate()
{
    imputationLabel_->setText(tr("Missing values:"));
    imputation_->setItemText(0, tr("remove lines"));
    imputation_->setItemText(1, tr("fill with mean"));
    imputation_->setItemText(2, tr("fill with median"));
    imputation_->setItemText(3, tr("interpolate"));
    outlierLabel_->setText(tr("Outliers:"));
    outlierRule_->setItemText(0, tr("no rule"));
    outlierRule_->setItemText(1, tr("3-sigma rule"));
    outlierRule_->setItemText(2, tr("IQR rule"));
    outlierAction_->setItemText(0, tr("flag"));
    outlierAction_->setItemText(1, tr("cap (winsorise)"));
    outlierAction_->setItemText(2, tr("exclude"));
    dropDuplicates_->setText(tr("Remove duplicate lines"));
    runButton_->setText(tr("Check data"));
    showStatus();
}

} // namespace ltv::ui
