#pragma once
// Runs core work off the GUI thread and delivers results on it.
//
// Every job gets an id. Jobs started with the same key replace each other:
// starting a new one cancels the old one and its late result is dropped
// (latest request wins). Progress arrives as throttled, queued signals.
// Results and errors are delivered as values on the GUI thread, and only while
// the receiving context object is alive.

#include "pipeline/JobContext.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace ltv::ui {

class JobRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Succeeded, Cancelled, Failed, Superseded };
    Q_ENUM(Outcome)

    struct JobInfo
    {
        quint64 id = 0;
        QString key;
        QString title;
        double progress = 0.0;
        QString message;
    };

    using ErrorFn = std::function<void(const QString &message)>;

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override; // cancels everything and waits for the workers

    // Runs work(job) on a worker thread; onResult(value) runs on the GUI thread
    // if the job was not cancelled or superseded and `context` still exists.
    template <typename T, typename OnResult>
    quint64 run(const QString &key, const QString &title, std::function<T(const pipeline::JobContext &)> work,
                QObject *context, OnResult onResult, ErrorFn onError = {})
    {
        auto task = [work = std::move(work),
                     onResult = std::move(onResult)](const pipeline::JobContext &job) -> std::function<void()> {
            auto value = std::make_shared<T>(work(job));
            return [value, onResult]() { onResult(std::move(*value)); };
        };
        return start(key, title, std::move(task), context, std::move(onError));
    }

    void cancel(quint64 id);
    void cancelAll();
    bool isRunning() const { return !jobs_.isEmpty(); }
    QList<JobInfo> jobs() const;
    // Waits (without an event loop) until the workers are done; used on close.
    bool waitForIdle(int timeoutMs);

signals:
    void jobStarted(quint64 id, const QString &title);
    void jobProgress(quint64 id, double fraction, const QString &message);
    // Structured events from the core (e.g. "epoch" with loss values), queued to the GUI thread.
    void jobEvent(quint64 id, const QString &kind, const QVariantMap &data);
    void jobFinished(quint64 id, ltv::ui::JobRunner::Outcome outcome, const QString &message);
    void runningChanged(bool running);

private:
    using Task = std::function<std::function<void()>(const pipeline::JobContext &)>;
    quint64 start(const QString &key, const QString &title, Task task, QObject *context, ErrorFn onError);
    void finish(quint64 id, Outcome outcome, const QString &message);

    struct Running
    {
        JobInfo info;
        pipeline::JobContext context;
    };
    QHash<quint64, Running> jobs_;
    QHash<QString, quint64> latestByKey_;
    quint64 nextId_ = 0;
    QThreadPool pool_;
};

} // namespace ltv::ui
