#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::ui {

class Job;

namespace detail {
// What a job and its worker share. The worker keeps it alive after the Job object is gone, so that deleting a Job
// never waits for its worker: the worker sees the cancel flag, finishes on its own, and its result goes nowhere.
struct JobState
{
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    std::atomic<bool> running{false};
    QPointer<Job> job;
    // Set by the worker when its work has returned, for waitForFinished().
    QMutex mutex;
    QWaitCondition returned;
    bool workerReturned = false;
};
} // namespace detail

// What the work of a job sees on its worker thread.
class JobContext
{
public:
    explicit JobContext(std::shared_ptr<detail::JobState> state, QString catalogPath)
        : m_state(std::move(state)), m_catalogPath(std::move(catalogPath))
    {}

    bool isCancelled() const { return m_state->cancel->load(); }
    // For the core's long operations, which take a flag of their own.
    std::shared_ptr<std::atomic<bool>> cancelFlag() const { return m_state->cancel; }
    // The catalogue the job was started on: the work opens its own connection to it.
    const QString &catalogPath() const { return m_catalogPath; }
    // Shown in the status bar and the window that started the job; `total` 0 means "not known yet".
    void progress(int done, int total, const QString &text = QString()) const;
    // Runs `onGui` on the GUI thread, unless the job is gone by then (its window closed, its catalogue switched).
    template <typename F> void post(F onGui) const
    {
        const QPointer<Job> job = m_state->job;
        QMetaObject::invokeMethod(
            job.data(),
            [job, onGui = std::move(onGui)]() mutable {
                if (job)
                    onGui();
            },
            Qt::QueuedConnection);
    }

private:
    std::shared_ptr<detail::JobState> m_state;
    QString m_catalogPath;
};

// The one way the GUI runs work that is not a catalogue query: importing, re-reading files, declaring to
// registries, exporting copies, checking a web site, scanning a folder. Work runs on a worker thread; progress,
// intermediate results and the final result come back on the GUI thread; cancel is a request the work checks.
// A job belongs to the catalogue it started on (catalogPath(), empty when it touches none), so that the window
// can drop it when another catalogue is opened. Deleting a job never waits: its result is simply not delivered.
class Job final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QString title, QString catalogPath = QString(), QObject *parent = nullptr);
    ~Job() override;

    // Runs work(context) on a worker thread, then done(result) on the GUI thread while this job exists.
    template <typename R> void start(std::function<R(JobContext &)> work, std::function<void(R)> done)
    {
        auto state = m_state;
        state->running = true;
        const QString path = m_catalogPath;
        run([state, path, work = std::move(work), done = std::move(done)]() mutable {
            JobContext context(state, path);
            R result = work(context);
            const QPointer<Job> job = state->job;
            markReturned(*state);
            QMetaObject::invokeMethod(
                job.data(),
                [job, state, done = std::move(done), result = std::move(result)]() mutable {
                    state->running = false;
                    if (!job)
                        return;
                    if (done)
                        done(std::move(result));
                    Q_EMIT job->finished();
                },
                Qt::QueuedConnection);
        });
        Q_EMIT started();
    }

    // Asks the work to stop at its next check; finished() still comes, with what was done until then.
    void cancel();
    bool isRunning() const;
    bool isCancelRequested() const;
    QString title() const { return m_title; }
    QString catalogPath() const { return m_catalogPath; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString progressText() const { return m_text; }

    // Blocks until the worker has returned and its result was delivered (or dropped). For shutdown and tests only.
    bool waitForFinished(int timeoutMs = -1);

Q_SIGNALS:
    void started();
    void progressChanged(int done, int total, const QString &text);
    void cancelRequested();
    void finished();

private:
    friend class JobContext;
    void run(std::function<void()> worker);
    static void markReturned(detail::JobState &state);
    void setProgress(int done, int total, const QString &text);

    std::shared_ptr<detail::JobState> m_state = std::make_shared<detail::JobState>();
    QString m_title;
    QString m_catalogPath;
    int m_done = 0;
    int m_total = 0;
    QString m_text;
};

} // namespace rakkan::ui
