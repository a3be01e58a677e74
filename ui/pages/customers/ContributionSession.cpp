#include "pages/customers/ContributionSession.h"

#include "jobs/JobRunner.h"
#include "pages/segments/SegmentsSession.h"

#include <cmath>

namespace ltv::ui {

ContributionSession::ContributionSession(SegmentsSession *segments, JobRunner *runner, QObject *parent)
    : QObject(parent)
    , segments_(segments)
    , runner_(runner)
{
    connect(segments_, &SegmentsSession::computed, this, &ContributionSession::segmentsChanged);
    connect(segments_, &SegmentsSession::cleared, this, &ContributionSession::segmentsChanged);
    connect(runner_, &JobRunner::jobFinished, this, [this](quint64 id, JobRunner::Outcome outcome) {
        if (id == jobId_ && computing_ && outcome == JobRunner::Outcome::Cancelled) {
            // Not a failure: showing the page again starts it again.
            computing_ = false;
            error_ = tr("The feature contributions were cancelled.");
            emit failed(error_);
        }
    });
}

void ContributionSession::setModelId(const QString &id)
{
    if (id == modelId_)
        return;
    modelId_ = id;
    source_.reset();
    segmentsChanged();
}

void ContributionSession::segmentsChanged()
{
    if (source_ && source_ == segments_->data())
        return;
    // Another result (or none): what was explained belongs to the old one.
    const bool had = explanation_ != nullptr;
    explanation_.reset();
    source_.reset();
    failedForSource_ = false;
    error_.clear();
    if (computing_) {
        runner_->cancel(jobId_);
        computing_ = false;
    }
    if (had)
        emit cleared();
    if (wanted_ && segments_->data())
        start();
}

void ContributionSession::ensureComputed()
{
    wanted_ = true;
    const auto data = segments_->data();
    if (!data || computing_ || (source_ == data && (explanation_ || failedForSource_)))
        return;
    start();
}

void ContributionSession::start()
{
    const auto data = segments_->data();
    if (!data)
        return;
    source_ = data;
    computing_ = true;
    failedForSource_ = false;
    error_.clear();
    pipeline::ExplanationRequest request;
    request.modelId = modelId_;
    request.asOf = data->asOf;
    request.horizonDays = static_cast<std::int32_t>(std::lround(data->options.horizonWeeks * 7.0));
    request.unit = TimeUnit::Week;
    emit computationStarted();
    jobId_ = runner_->run<pipeline::ForwardExplanation>(
        QStringLiteral("contributions"), tr("Feature contributions"),
        [data, request](const pipeline::JobContext &job) {
            return pipeline::explainForward(*data->transactions, request, job);
        },
        this,
        [this, data](pipeline::ForwardExplanation result) {
            if (data != source_)
                return; // a late result for an older segments computation
            computing_ = false;
            if (!result.ok()) {
                error_ = result.error;
                failedForSource_ = true;
                emit failed(error_);
                return;
            }
            explanation_ = std::make_shared<const pipeline::ForwardExplanation>(std::move(result));
            emit computed();
        },
        [this, data](const QString &message) {
            if (data != source_)
                return;
            computing_ = false;
            error_ = message;
            failedForSource_ = true;
            emit failed(message);
        });
}

} // namespace ltv::ui
