#include "jobs/JobRunner.h"

#include "jobs/BackgroundPriority.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <exception>
#include <mutex>

namespace ltv::ui {

namespace {
// At most one progress signal per this many milliseconds per job, so a tight
// loop in a worker cannot flood the GUI thread's event queue.
constexpr qint64 kProgressIntervalMs = 50;
} // namespace

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    // Core computations use both cores themselves; two concurrent jobs keep the GUI fluid.
    pool_.setMaxThreadCount(2);
}

JobRunner::~JobRunner()
{
    cancelAll();
    pool_.waitForDone();
}

quint64 JobRunner::start(const QString &key, const QString &title, Task task, QObject *context, ErrorFn onError)
{
    const quint64 id = ++nextId_;
    if (!key.isEmpty()) {
        if (const auto previous = latestByKey_.value(key); previous != 0 && jobs_.contains(previous))
            jobs_[previous].context.cancel();
        latestByKey_.insert(key, id);
    }

    struct Throttle
    {
        std::mutex mutex;
        QElapsedTimer timer;
        double lastFraction = -1.0;
    };
    auto throttle = std::make_shared<Throttle>();
    throttle->timer.start();
    QPointer<JobRunner> self(this);
    pipeline::JobContext job(
        [self, id, throttle](double fraction, const QString &message) {
            {
                std::lock_guard lock(throttle->mutex);
                const bool due = throttle->timer.elapsed() >= kProgressIntervalMs || fraction >= 1.0;
                if (!due && fraction - throttle->lastFraction < 0.01)
                    return;
                throttle->timer.restart();
                throttle->lastFraction = fraction;
            }
            QMetaObject::invokeMethod(
                self.data(),
                [self, id, fraction, message] {
                    if (!self || !self->jobs_.contains(id))
                        return;
                    auto &info = self->jobs_[id].info;
                    info.progress = fraction;
                    if (!message.isEmpty())
                        info.message = message;
                    emit self->jobProgress(id, fraction, info.message);
                },
                Qt::QueuedConnection);
        },
        [self, id](const QString &kind, const QVariantMap &data) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, id, kind, data] {
                    if (self && self->jobs_.contains(id))
                        emit self->jobEvent(id, kind, data);
                },
                Qt::QueuedConnection);
        });

    Running running{{id, key, title, 0.0, QString()}, job};
    const bool wasIdle = jobs_.isEmpty();
    jobs_.insert(id, running);
    emit jobStarted(id, title);
    if (wasIdle)
        emit runningChanged(true);

    QPointer<QObject> receiver(context);
    pool_.start([self, id, job, task = std::move(task), receiver, onError = std::move(onError)]() {
        lowerCurrentThreadPriority();
        std::function<void()> deliver;
        QString error;
        Outcome outcome = Outcome::Succeeded;
        try {
            deliver = task(job);
            if (job.isCancelled())
                outcome = Outcome::Cancelled;
        } catch (const pipeline::Cancelled &) {
            outcome = Outcome::Cancelled;
        } catch (const std::exception &e) {
            outcome = Outcome::Failed;
            error = QString::fromUtf8(e.what());
        } catch (...) {
            outcome = Outcome::Failed;
            error = QStringLiteral("unknown error");
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, job, outcome, error, deliver = std::move(deliver), receiver, onError]() mutable {
                if (!self)
                    return;
                const auto current = self->jobs_.value(id);
                const bool latest = current.info.key.isEmpty() || self->latestByKey_.value(current.info.key) == id;
                Outcome final = outcome;
                if (final == Outcome::Succeeded && !latest)
                    final = Outcome::Superseded;
                // A Cancel that came after the work ended but before this delivery still cancels.
                if (final == Outcome::Succeeded && job.isCancelled())
                    final = Outcome::Cancelled;
                if (final == Outcome::Succeeded && receiver && deliver)
                    deliver();
                else if (final == Outcome::Failed && receiver && onError && latest)
                    onError(error);
                self->finish(id, final, error);
            },
            Qt::QueuedConnection);
    });
    return id;
}

void JobRunner::finish(quint64 id, Outcome outcome, const QString &message)
{
    const Running running = jobs_.take(id);
    if (!running.info.key.isEmpty() && latestByKey_.value(running.info.key) == id)
        latestByKey_.remove(running.info.key);
    emit jobFinished(id, outcome, message);
    if (jobs_.isEmpty())
        emit runningChanged(false);
}

void JobRunner::cancel(quint64 id)
{
    if (jobs_.contains(id))
        jobs_[id].context.cancel();
}

void JobRunner::cancelAll()
{
    for (auto &running : jobs_)
        running.context.cancel();
}

QList<JobRunner::JobInfo> JobRunner::jobs() const
{
    QList<JobInfo> out;
    for (const auto &running : jobs_)
        out << running.info;
    std::sort(out.begin(), out.end(), [](const JobInfo &a, const JobInfo &b) { return a.id < b.id; });
    return out;
}

bool JobRunner::waitForIdle(int timeoutMs)
{
    return pool_.waitForDone(timeoutMs);
}

} // namespace ltv::ui
