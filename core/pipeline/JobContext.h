#pragma once
// Progress reporting and cooperative cancellation for long computations.
// Core code takes a JobContext by const reference; it knows nothing about
// threads or widgets. The GUI's job runner and the CLI provide the callbacks.

#include <QString>
#include <QVariantMap>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>

namespace ltv::pipeline {

// Thrown by JobContext::throwIfCancelled(); callers unwind and leave no partial state.
class Cancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "cancelled"; }
};

class JobContext
{
public:
    // fraction in [0, 1] of the whole job; message is a short, translated status line.
    using ProgressFn = std::function<void(double fraction, const QString &message)>;
    // Structured events, e.g. {"epoch": 3, "loss": 0.41, "val": 0.44} for live loss curves.
    using EventFn = std::function<void(const QString &kind, const QVariantMap &data)>;

    JobContext();
    explicit JobContext(ProgressFn progress, EventFn events = {});

    // Reports progress of this (sub)task; fraction is mapped into the parent range.
    void setProgress(double fraction, const QString &message = {}) const;
    void emitEvent(const QString &kind, const QVariantMap &data) const;

    bool isCancelled() const noexcept;
    void cancel() const noexcept;
    void throwIfCancelled() const;

    // A context for a step that covers [begin, end] of this context's range.
    // It shares the cancel flag and callbacks.
    JobContext subTask(double begin, double end) const;

    // The shared flag, for code that must poll it from worker threads.
    std::shared_ptr<std::atomic<bool>> cancelFlag() const { return cancelled_; }

private:
    std::shared_ptr<std::atomic<bool>> cancelled_;
    std::shared_ptr<const ProgressFn> progress_;
    std::shared_ptr<const EventFn> events_;
    double begin_ = 0.0;
    double end_ = 1.0;
};

} // namespace ltv::pipeline
