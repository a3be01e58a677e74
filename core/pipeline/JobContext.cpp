#include "pipeline/JobContext.h"

#include <algorithm>

namespace ltv::pipeline {

JobContext::JobContext()
    : cancelled_(std::make_shared<std::atomic<bool>>(false))
{
}

JobContext::JobContext(ProgressFn progress, EventFn events)
    : cancelled_(std::make_shared<std::atomic<bool>>(false))
    , progress_(progress ? std::make_shared<const ProgressFn>(std::move(progress)) : nullptr)
    , events_(events ? std::make_shared<const EventFn>(std::move(events)) : nullptr)
{
}

void JobContext::setProgress(double fraction, const QString &message) const
{
    if (!progress_)
        return;
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    (*progress_)(begin_ + (end_ - begin_) * clamped, message);
}

void JobContext::emitEvent(const QString &kind, const QVariantMap &data) const
{
    if (events_)
        (*events_)(kind, data);
}

bool JobContext::isCancelled() const noexcept
{
    return cancelled_->load(std::memory_order_relaxed);
}

void JobContext::cancel() const noexcept
{
    cancelled_->store(true, std::memory_order_relaxed);
}

void JobContext::throwIfCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

JobContext JobContext::subTask(double begin, double end) const
{
    JobContext child = *this;
    const double span = end_ - begin_;
    child.begin_ = begin_ + span * std::clamp(begin, 0.0, 1.0);
    child.end_ = begin_ + span * std::clamp(end, 0.0, 1.0);
    return child;
}

} // namespace ltv::pipeline
