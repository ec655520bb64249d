#include "ui/common/Job.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThreadPool>

namespace rakkan::ui {

namespace {
// Jobs have a pool of their own: the core's batch work inside a job uses the global pool, and a job waiting on its
// own batches must not hold the threads those batches need.
QThreadPool &jobPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("jobs"));
        p->setMaxThreadCount(8);
        return p;
    }();
    return *pool;
}
} // namespace

void JobContext::progress(int done, int total, const QString &text) const
{
    post([job = m_state->job, done, total, text] { job->setProgress(done, total, text); });
}

Job::Job(QString title, QString catalogPath, QObject *parent)
    : QObject(parent), m_title(std::move(title)), m_catalogPath(std::move(catalogPath))
{
    m_state->job = this;
}

Job::~Job()
{
    // Never waits: the worker owns what it needs, sees the flag and ends on its own.
    m_state->cancel->store(true);
}

void Job::cancel()
{
    if (m_state->cancel->exchange(true) || !isRunning())
        return;
    Q_EMIT cancelRequested();
}

bool Job::isRunning() const
{
    return m_state->running;
}

bool Job::isCancelRequested() const
{
    return m_state->cancel->load();
}

void Job::run(std::function<void()> worker)
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->workerReturned = false;
    }
    m_state->cancel->store(false);
    m_done = m_total = 0;
    m_text.clear();
    jobPool().start(std::move(worker));
}

void Job::markReturned(detail::JobState &state)
{
    QMutexLocker lock(&state.mutex);
    state.workerReturned = true;
    state.returned.wakeAll();
}

void Job::setProgress(int done, int total, const QString &text)
{
    m_done = done;
    m_total = total;
    if (!text.isNull())
        m_text = text;
    Q_EMIT progressChanged(m_done, m_total, m_text);
}

bool Job::waitForFinished(int timeoutMs)
{
    if (!isRunning())
        return true;
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    {
        QMutexLocker lock(&m_state->mutex);
        while (!m_state->workerReturned)
            if (!m_state->returned.wait(&m_state->mutex, deadline))
                return false;
    }
    // Deliver what the worker posted (progress, then the result) before returning.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return !isRunning();
}

} // namespace rakkan::ui
