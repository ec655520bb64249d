#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace rakkan::ui {

// The GUI's connection to the open catalogue. Every query and write runs, in order, on one worker thread that owns
// the connection; results come back to the GUI thread through the callback. The GUI thread never waits on SQLite,
// and a catalogue locked by another program only delays the callback.
class CatalogSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogSession)

public:
    explicit CatalogSession(QObject *parent = nullptr);
    ~CatalogSession() override;

    QString path() const { return m_path; }

    // Opens (creating if needed) the catalogue; emits opened() or openFailed().
    void open(const QString &path);

    // Runs task(catalog) on the worker and then done(result) on the GUI thread, unless this session is gone.
    // With no catalogue open, neither runs and unavailable() says why.
    template <typename R> void submit(std::function<R(catalog::Catalog &)> task, std::function<void(R)> done)
    {
        auto holder = m_holder;
        QPointer<CatalogSession> self(this);
        m_pool.start([holder, task = std::move(task), done = std::move(done), self]() {
            if (!*holder) {
                QMetaObject::invokeMethod(
                    self.data(), [self] { Q_EMIT self->unavailable(notOpen()); }, Qt::QueuedConnection);
                return;
            }
            R result = task(**holder);
            QMetaObject::invokeMethod(
                self.data(),
                [done, result = std::move(result)]() {
                    if (done)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    // Blocks until queued work is done. For shutdown and tests only, never from a slot.
    void waitForIdle() { m_pool.waitForDone(); }

    static Error notOpen();

Q_SIGNALS:
    void opened(const QString &path);
    void openFailed(const QString &path, const rakkan::Error &error);
    void unavailable(const rakkan::Error &error);

private:
    QThreadPool m_pool;
    // Owned here, touched only on the worker thread (tasks run one after another).
    std::shared_ptr<std::unique_ptr<catalog::Catalog>> m_holder;
    QString m_path;
};

} // namespace rakkan::ui
