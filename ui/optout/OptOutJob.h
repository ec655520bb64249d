#pragma once

#include "identity/IdentityManager.h"
#include "registry/Outbox.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rakkan::ui {

// Queues works for one or more registries and sends the outbox to each in turn, on a worker thread with its own
// catalogue connection.
// Passphrases for key-file identities are asked for before it starts (the worker never waits on the user).
class OptOutJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutJob)

public:
    struct Request
    {
        QString catalogPath;
        QList<qint64> registryIds;
        QList<qint64> workIds;             // empty: every work
        bool onlyRetry = false;            // send what waits, queue nothing new
        QMap<qint64, QString> passphrases; // identity id -> passphrase
        identity::IdentityManager::VaultFactory vaults = identity::IdentityManager::systemVaults();
    };

    explicit OptOutJob(Request request, QObject *parent = nullptr);
    ~OptOutJob() override;

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_future.isRunning(); }
    void wait() { m_future.waitForFinished(); }

Q_SIGNALS:
    void registryStarted(int index, int count, const QString &name);
    void progress(int done, int total);
    void finished(const rakkan::Result<rakkan::registry::SendReport> &report, int queued);

private:
    Request m_request;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    QFuture<void> m_future;
};

} // namespace rakkan::ui
