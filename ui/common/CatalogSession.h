#pragma once

#include "catalog/Catalog.h"
#include "catalog/CatalogBackups.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::ui {

// The GUI's connection to the open catalogue. Every query and write runs, in order, on one worker thread that owns
// the connection; results come back to the GUI thread through the callback. The GUI thread never waits on SQLite,
// and a catalogue locked by another program only delays the callback.
//
// Each open() starts a new generation. A window is bound to the generation it was made for: what it submits after
// another catalogue was opened is refused rather than run against the wrong file (its ids mean nothing there).
// Only catalogue I/O belongs here; network and long file work go to a Job, so that no query waits behind them.
class CatalogSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogSession)

public:
    explicit CatalogSession(QObject *parent = nullptr);
    ~CatalogSession() override;

    QString path() const { return m_path; }
    // Which catalogue, of those opened in this session, is the current one.
    quint64 generation() const { return m_generation; }

    // Opens (creating if needed) the catalogue and checks it; emits opened() or openFailed(). The day's backup is
    // the window's to start, as a job with a connection of its own (CatalogBackups::makeDailyIfDue).
    void open(const QString &path);
    // Closes the catalogue at `path` if it is open here, puts `backup` in its place (CatalogBackups::restore) and
    // opens it: emits restored() then opened(), or openFailed() with why the restore failed.
    void restore(const QString &path, const catalog::CatalogBackup &backup);

    // Runs task(catalog) on the worker and then done(result) on the GUI thread, unless `context` is gone by then.
    // The task is bound to the catalogue open now; submitFor() binds it to an earlier generation.
    template <typename R>
    void submit(QObject *context, std::function<R(catalog::Catalog &)> task, std::function<void(R)> done)
    {
        submitFor<R>(m_generation, context, std::move(task), std::move(done));
    }

    // As submit(), for a window bound to `generation`: when another catalogue has been opened since, neither
    // runs and unavailable() says so.
    template <typename R>
    void submitFor(quint64 generation, QObject *context, std::function<R(catalog::Catalog &)> task,
                   std::function<void(R)> done)
    {
        auto holder = m_holder;
        QPointer<CatalogSession> self(this);
        QPointer<QObject> receiver(context);
        m_pool.start([holder, generation, task = std::move(task), done = std::move(done), self, receiver]() {
            if (!holder->catalog || holder->generation != generation) {
                const Error why = holder->catalog ? switched() : notOpen();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, why] {
                        if (self)
                            Q_EMIT self->unavailable(why);
                    },
                    Qt::QueuedConnection);
                return;
            }
            R result = task(*holder->catalog);
            QMetaObject::invokeMethod(
                receiver.data(),
                [done, receiver, result = std::move(result)]() {
                    if (receiver && done)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    // Blocks until queued work is done. For shutdown and tests only, never from a slot.
    void waitForIdle() { m_pool.waitForDone(); }

    static Error notOpen();
    static Error switched();

Q_SIGNALS:
    void opened(const QString &path);
    // After opened(), when the catalogue existed before and its day's backup is due.
    void dailyBackupDue(const QString &path);
    void openFailed(const QString &path, const rakkan::Error &error);
    // `replacedKeptAs`: where the catalogue the backup replaced now is (empty when there was none).
    void restored(const QString &path, const QString &replacedKeptAs);
    void unavailable(const rakkan::Error &error);

private:
    // Owned here, touched only on the worker thread (tasks run one after another).
    struct Holder
    {
        std::unique_ptr<catalog::Catalog> catalog;
        quint64 generation = 0;
    };
    // On the worker: opens `path` into the holder and reports to the GUI thread.
    static void openOnWorker(Holder &holder, const QString &path, QPointer<CatalogSession> self);
    QThreadPool m_pool;
    std::shared_ptr<Holder> m_holder;
    QString m_path;
    quint64 m_generation = 0;
};

// A window's hold on the catalogue it was opened for: what it submits runs against that catalogue or not at all.
// Windows keep one of these rather than the session, so that ids they show can never reach another catalogue.
class CatalogBinding
{
public:
    CatalogBinding() = default;
    explicit CatalogBinding(CatalogSession *session)
        : m_session(session), m_generation(session->generation()), m_path(session->path())
    {}

    // The catalogue file this window shows.
    const QString &path() const { return m_path; }
    bool isCurrent() const;

    template <typename R>
    void submit(QObject *context, std::function<R(catalog::Catalog &)> task, std::function<void(R)> done) const
    {
        if (m_session)
            m_session->submitFor<R>(m_generation, context, std::move(task), std::move(done));
    }

private:
    QPointer<CatalogSession> m_session;
    quint64 m_generation = 0;
    QString m_path;
};

} // namespace rakkan::ui
