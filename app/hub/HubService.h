#pragma once

#include "crypto/Ed25519.h"
#include "hub/DeclarationIndex.h"
#include "hub/GroupCommit.h"
#include "hub/HubStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <map>
#include <mutex>

namespace rakkan::hub {

// An HTTP answer, independent of the server library.
struct HubResponse
{
    int status = 200;
    QJsonObject body;
    int retryAfterSeconds = 0; // for 429
};

// A page of a lookup's matches (nearest first): the answer says the total and where the next page starts.
struct LookupPage
{
    qsizetype offset = 0;
    int limit = 100;
};

// The ISCC-HUB protocol without the HTTP: validates IsccNotes, assigns ISCC-IDs (hub id + a strictly
// increasing microsecond clock), signs receipts (eddsa-jcs-2022), keeps the append-only log, answers lookups.
// Thread-safe: the server calls it from many threads. Several processes may serve one shared store: each keeps
// its own similarity index and catches up from the log.
class HubService
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::hub::HubService)

public:
    struct Options
    {
        int hubId = 0;
        QString issuer; // the hub's DID, e.g. did:web:hub.example.org (default: did:key of its key)
        // Per process: with N processes behind one address a key may declare up to N times this.
        int declarationsPerMinutePerKey = 600;
        // A lookup reads the log for declarations other processes stored if it last looked longer ago than this:
        // the bound on how late one process sees another's declarations.
        int catchUpMs = 100;
    };
    using Clock = std::function<qint64()>; // milliseconds since 1970, UTC
    static constexpr int kMaxMatches = 100;

    HubService(HubStore &store, crypto::Ed25519 key, Options options, Clock clock = {});

    QString publicKey() const { return m_key.multibasePublicKey(); }
    QString issuer() const;

    HubResponse declare(const QByteArray &body, bool force);
    HubResponse declaration(const QString &isccId);
    HubResponse log(qint64 fromSeq, int limit);
    // Declarations whose units of the same kind are within `maxDistance` bits (64-bit prefixes) of `unit`.
    HubResponse lookup(const QString &unit, int maxDistance, const LookupPage &page = {});
    // Declarations carrying a PDQ hash (of the picture or one of its regions) within `maxDistance` bits of `pdqHex`.
    HubResponse lookupPdq(const QString &pdqHex, int maxDistance, const LookupPage &page = {});
    // Reads the log into the similarity index, from where it stopped (done by the first lookup otherwise).
    Result<void> loadIndex();
    qsizetype pdqHashCount() const { return m_index.pdqCount(); }
    // Declarations the index holds (the next seq it will read).
    qint64 indexedUpTo() const;
    HubResponse info() const;
    // Ready to serve: the store answers and the index is loaded.
    HubResponse readiness();
    qint64 batchesWritten() const { return m_commit.batches(); }

private:
    static HubResponse error(int status, const QString &code, const QString &message, const QString &field = {});
    bool allow(const QString &pubkey, int *retryAfter);
    Result<Declaration> seal(Declaration draft, qint64 seq, quint64 lastTimestampUs);
    Result<void> catchUp(bool always);
    HubResponse matchesResponse(const QList<DeclarationIndex::Match> &found, const LookupPage &page);

    HubStore &m_store;
    crypto::Ed25519 m_key;
    Options m_options;
    Clock m_clock;
    GroupCommit m_commit;

    std::mutex m_rateMutex;
    std::map<QString, std::pair<qint64, int>> m_buckets; // pubkey -> (minute, count)

    mutable std::mutex m_indexMutex; // one catch-up at a time; lookups read the index under its own lock
    DeclarationIndex m_index;
    qint64 m_indexedNext = 0;
    qint64 m_lastCatchUpMs = -1;
    std::atomic<bool> m_declaredHere{false}; // a lookup after a declaration here always sees it
    std::atomic<bool> m_indexReady{false};
};

} // namespace rakkan::hub
