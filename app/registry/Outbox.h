#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "identity/IdentityManager.h"
#include "registry/HubClient.h"
#include "registry/Registries.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::registry {

struct Submission
{
    qint64 id = 0;
    qint64 assetId = 0; // 0: the work was removed since (the receipt stays)
    QString workTitle;
    int page = 0;
    qint64 registryId = 0;
    QString registryName;
    QString datahash;
    QString isccCode;
    QString state; // queued, sending, declared, duplicate, rejected, failed
    int attempts = 0;
    QString nextAttemptAt;
    QString isccId;
    QString receipt;
    QString request;
    QString errorCode;
    QString errorMessage;
    QString updatedAt;
};

struct EnqueueReport
{
    int queued = 0;
    int alreadyQueued = 0;      // this file is in the outbox for this registry already
    int withoutIscc = 0;        // files catalogued by an older Rakkan: compute their ISCC first
    QList<QJsonObject> preview; // for a dry run: exactly what each note would say (unsigned)
};

struct SendReport
{
    int declared = 0;
    int duplicates = 0;
    int rejected = 0;
    int failed = 0; // waiting to retry, or needing the user
    bool cancelled = false;
};

// The outbox of declarations: rows in the catalogue before anything is sent, every step recorded in its own
// transaction. Queue with enqueue(); send with send() (or Outbox::send from any later run: a crash leaves rows
// 'sending' with the exact note sent, which the next run sends again or resolves through the hub's duplicate
// answer, so a declaration is never made twice).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::registry::Outbox)

public:
    // A signed note is resent as is while younger than this; older, a fresh one is signed (the hub's clock
    // window is 10 minutes).
    static constexpr qint64 kResendWindowMs = 8 * 60 * 1000;

    struct Options
    {
        int concurrency = 4;     // requests in flight to the hub
        int batch = 64;          // rows signed, sent and recorded together
        int maxWaitSeconds = 60; // wait this long for short Retry-After delays before stopping
        bool force = false;      // X-Force-Declaration
        std::function<std::optional<QString>(const identity::Identity &)> passphrase; // for key-file identities
        std::function<void(int done, int total)> progress;
        std::shared_ptr<std::atomic<bool>> cancel;
        identity::IdentityManager::VaultFactory vaults = identity::IdentityManager::systemVaults();
    };

    explicit Outbox(catalog::Catalog &catalog) : m_catalog(catalog) {}

    // Queues every catalogued file of `workIds` (all works when empty) for `registry`; with dryRun, only says
    // what would be sent.
    Result<EnqueueReport> enqueue(const Registry &registry, const QList<qint64> &workIds, bool dryRun);
    Result<QList<qint64>> worksOfSeries(const QString &series);

    Result<SendReport> send(const Registry &registry, const Options &options);
    // Failed and rejected submissions go back to the queue (after the user fixed the cause).
    Result<int> requeue(qint64 registryId, bool includeRejected);

    Result<QList<Submission>> list(const QString &state = {});
    Result<QMap<QString, int>> counts();

private:
    struct Prepared;
    catalog::Catalog &m_catalog;
};

} // namespace rakkan::registry
