#include "hub/HubStores.h"

#include "hub/PostgresHubStore.h"
#include "hub/SqliteHubStore.h"
#include "postgres/Postgres.h"

namespace rakkan::hub {

Result<std::unique_ptr<HubStore>> HubStores::open(const QString &database)
{
    if (pg::isConnectionString(database)) {
        RAKKAN_TRY(auto store, PostgresHubStore::open(database));
        return std::unique_ptr<HubStore>(std::move(store));
    }
    RAKKAN_TRY(auto store, SqliteHubStore::open(database));
    return std::unique_ptr<HubStore>(std::move(store));
}

Result<HubStores::Migrated> HubStores::migrate(HubStore &from, HubStore &to, const Progress &progress)
{
    RAKKAN_TRY(const QByteArray seed, from.hubSeed());
    RAKKAN_TRY(to.adoptHubSeed(seed));
    RAKKAN_TRY(const qint64 total, from.count());
    RAKKAN_TRY(const qint64 already, to.count());
    if (already > total)
        return makeError(ErrorCode::Conflict, tr("The target holds more declarations (%1) than the hub being moved "
                                                 "(%2): it is another hub's log.")
                                                  .arg(already)
                                                  .arg(total));
    if (already > 0) {
        // Resuming: the target's last declaration must be the source's, or these are two different logs.
        RAKKAN_TRY(auto theirs, to.page(already - 1, 1));
        RAKKAN_TRY(auto ours, from.page(already - 1, 1));
        if (theirs.isEmpty() || ours.isEmpty() || theirs.first().isccId != ours.first().isccId)
            return makeError(ErrorCode::Conflict,
                             tr("The target already holds declarations that are not this hub's (declaration %1 "
                                "differs).")
                                 .arg(already - 1));
    }
    Migrated result;
    result.present = already;
    constexpr int kPage = 1000;
    for (qint64 next = already; next < total;) {
        RAKKAN_TRY(auto page, from.page(next, kPage));
        if (page.isEmpty())
            break;
        QList<AppendRequest> batch;
        for (const Declaration &d : page)
            batch << AppendRequest{d, true};
        // Each declaration goes in as it was: the "seal" hands the original back, and the store checks it is the
        // next in its log.
        RAKKAN_TRY(auto outcomes,
                   to.append(batch, [](Declaration d, qint64, quint64) -> Result<Declaration> { return d; }));
        for (qsizetype k = 0; k < outcomes.size(); ++k)
            if (outcomes.at(k).kind != AppendOutcome::Kind::Stored)
                return makeError(
                    ErrorCode::Conflict,
                    tr("Declaration %1 could not be copied: its nonce is in the target already.").arg(page.at(k).seq));
        result.copied += page.size();
        next = page.last().seq + 1;
        if (progress)
            progress(next, total);
    }
    return result;
}

} // namespace rakkan::hub
