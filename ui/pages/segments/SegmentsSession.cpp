#include "pages/segments/SegmentsSession.h"

#include "ProjectSession.h"
#include "Settings.h"
#include "jobs/JobRunner.h"

namespace ltv::ui {

SegmentsSession::SegmentsSession(ProjectSession *project, JobRunner *runner, QObject *parent)
    : QObject(parent)
    , project_(project)
    , runner_(runner)
    , options_(defaultOptions())
    , rules_(segments::defaultRfmRules())
    , rfmPlaybook_(segments::defaultRfmPlaybook())
    , valueRiskPlaybook_(segments::defaultValueRiskPlaybook())
{
    connect(project_, &ProjectSession::projectChanged, this, [this] {
        options_ = defaultOptions();
        invalidate();
    });
    connect(project_, &ProjectSession::dataChanged, this, &SegmentsSession::invalidate);
    // A computation cancelled from the jobs panel ends without a result.
    connect(runner_, &JobRunner::jobFinished, this, [this](quint64 id, JobRunner::Outcome outcome) {
        if (id == jobId_ && computing_ && outcome == JobRunner::Outcome::Cancelled) {
            computing_ = false;
            failedForCurrent_ = true;
            error_ = tr("The computation was cancelled.");
            emit failed(error_);
        }
    });
}

SegmentsOptions SegmentsSession::defaultOptions()
{
    SegmentsOptions options;
    options.horizonWeeks = Settings::instance().defaultHorizonWeeks();
    options.annualDiscountRate = Settings::instance().defaultAnnualDiscountRate();
    return options;
}

void SegmentsSession::invalidate()
{
    data_.reset();
    rfm_ = {};
    failedForCurrent_ = false;
    error_.clear();
    emit cleared();
}

void SegmentsSession::compute(const SegmentsOptions &options)
{
    if (!project_->isOpen())
        return;
    options_ = options;
    computing_ = true;
    failedForCurrent_ = false;
    const QString path = project_->path();
    emit computationStarted();
    jobId_ = runner_->run<SegmentsData>(
        QStringLiteral("segments"), tr("Segments and recommendations"),
        [path, options](const pipeline::JobContext &job) { return computeSegments(path, options, job); }, this,
        [this](SegmentsData result) {
            computing_ = false;
            if (!result.run.ok()) {
                error_ = result.run.error;
                failedForCurrent_ = true;
                emit failed(error_);
                return;
            }
            error_.clear();
            data_ = std::make_shared<const SegmentsData>(std::move(result));
            rfm_ = segments::scoreRfm(data_->rfmInputs, rules_);
            emit computed();
        },
        [this](const QString &message) {
            computing_ = false;
            error_ = message;
            failedForCurrent_ = true;
            emit failed(message);
        });
}

void SegmentsSession::ensureComputed()
{
    if (project_->isOpen() && !data_ && !computing_ && !failedForCurrent_)
        compute(options_);
}

void SegmentsSession::setRules(const segments::RfmRuleTable &rules)
{
    rules_ = rules;
    if (data_)
        rfm_ = segments::scoreRfm(data_->rfmInputs, rules_);
    emit rfmChanged();
}

void SegmentsSession::setRfmPlaybook(const segments::Playbook &playbook)
{
    rfmPlaybook_ = playbook;
    emit playbookChanged();
}

void SegmentsSession::setValueRiskPlaybook(const segments::Playbook &playbook)
{
    valueRiskPlaybook_ = playbook;
    emit playbookChanged();
}

} // namespace ltv::ui
