#pragma once

#include "crypto/Ed25519.h"
#include "hub/DeclarationIndex.h"
#include "hub/HubStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <chrono>
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

// The ISCC-HUB protocol without the HTTP: validates IsccNotes, assigns ISCC-IDs (hub id + a strictly
// increasing microsecond clock), signs receipts (eddsa-jcs-2022), keeps the append-only log, answers lookups.
// Thread-safe: the server calls it from many threads.
class HubService
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::hub::HubService)

public:
    struct Options
    {
        int hubId = 0;
        QString issuer; // the hub's DID, e.g. did:web:hub.example.org (default: did:key of its key)
        int declarationsPerMinutePerKey = 600;
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
    HubResponse lookup(const QString &unit, int maxDistance);
    // Declarations carrying a PDQ hash (of the picture or one of its regions) within `maxDistance` bits of `pdqHex`.
    HubResponse lookupPdq(const QString &pdqHex, int maxDistance);
    // Reads every declaration into the similarity index (done by the first lookup otherwise).
    Result<void> loadIndex();
    qsizetype pdqHashCount() const { return m_index.pdqCount(); }
    HubResponse info() const;

private:
    static HubResponse error(int status, const QString &code, const QString &message, const QString &field = {});
    bool allow(const QString &pubkey, int *retryAfter);
    Result<void> loadIndexLocked();
    HubResponse matchesResponse(const QList<DeclarationIndex::Match> &found);

    HubStore &m_store;
    crypto::Ed25519 m_key;
    Options m_options;
    Clock m_clock;
    std::mutex m_mutex;
    quint64 m_lastUs = 0;
    qint64 m_nextSeq = -1;
    std::map<QString, std::pair<qint64, int>> m_buckets; // pubkey -> (minute, count)
    DeclarationIndex m_index;
    bool m_indexLoaded = false; // under m_mutex, like every append, so no declaration slips between load and add
};

} // namespace rakkan::hub
