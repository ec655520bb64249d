#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "identity/IdentityManager.h"
#include "registry/Outbox.h"

#include <QMap>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::registry {

// Declaring works to several registries in one go, as the GUI offers it: for each registry in turn, queue the works
// (or only send again what waits), then send the outbox. Each step is the Outbox's own, so a crash or a cancel at
// any moment leaves rows the next run resumes.
struct DeclareRequest
{
    QList<qint64> registryIds;
    QList<qint64> workIds;             // empty: every work
    bool onlyRetry = false;            // send what waits, queue nothing new
    QMap<qint64, QString> passphrases; // identity id -> passphrase, asked before starting
    identity::IdentityManager::VaultFactory vaults = identity::IdentityManager::systemVaults();
};

struct DeclareOutcome
{
    SendReport sent; // summed over the registries
    int queued = 0;
};

struct DeclareCallbacks
{
    std::function<void(int index, int count, const QString &registryName)> registryStarted;
    std::function<void(int done, int total)> progress;
    std::shared_ptr<std::atomic<bool>> cancel;
};

Result<DeclareOutcome> declareToRegistries(catalog::Catalog &catalog, const DeclareRequest &request,
                                           const DeclareCallbacks &callbacks);

} // namespace rakkan::registry
