#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rakkan::hub {

// One accepted declaration, as the hub keeps it forever.
struct Declaration
{
    qint64 seq = -1; // gapless, from 0
    QString isccId;
    quint64 timestampUs = 0; // the ISCC-ID's clock
    QString isccCode;
    QString datahash;
    QString nonce;
    QString pubkey; // the declarer's key (multibase)
    QJsonObject note;
    QJsonObject receipt;
};

// Where a hub keeps its declarations. SQLite for an association's hub (SqliteHubStore); the interface is what a
// PostgreSQL store for internet scale would implement. Implementations serialise append() themselves.
class HubStore
{
public:
    virtual ~HubStore() = default;

    virtual Result<std::optional<Declaration>> byDatahash(const QString &datahash) = 0;
    virtual Result<std::optional<Declaration>> byIsccId(const QString &isccId) = 0;
    virtual Result<bool> nonceUsed(const QString &nonce) = 0;
    virtual Result<quint64> lastTimestampUs() = 0;
    virtual Result<qint64> nextSeq() = 0;
    // Stores `d`, whose seq must be nextSeq(): the log stays gapless whatever the caller does.
    virtual Result<Declaration> append(Declaration d) = 0;
    // The log from `fromSeq`, at most `limit` entries, in order.
    virtual Result<QList<Declaration>> page(qint64 fromSeq, int limit) = 0;
    virtual Result<void> forEach(const std::function<void(const Declaration &)> &visit) = 0;

    // The hub's own signing key (32-byte seed), made on first start.
    virtual Result<QByteArray> hubSeed() = 0;
};

} // namespace rakkan::hub
