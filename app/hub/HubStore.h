#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

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

// What the similarity index needs of a declaration, without its note and receipt: a hub of millions reads these
// at start, so they are read as the few fields they are.
struct IndexTerms
{
    qint64 seq = -1;
    QStringList pdq;   // hex PDQ hashes (the "pdq" extension)
    QStringList units; // ISCC units
    static IndexTerms of(const Declaration &d);
};

// One declaration to store, checked against the log inside the append: another process may have stored the same
// content or nonce a moment before.
struct AppendRequest
{
    Declaration draft;  // everything but seq, ISCC-ID, timestamp and receipt
    bool force = false; // declare even if the datahash is declared already
};

struct AppendOutcome
{
    enum class Kind { Stored, Duplicate, NonceReused, Failed };
    Kind kind = Kind::Failed;
    Declaration declaration; // Stored: the new one; Duplicate: the earlier one
    QString message;         // Failed: why
};

// Where a hub keeps its declarations: SqliteHubStore for a single small hub, PostgresHubStore for several hub
// processes on one database. Every store is append-only (the database refuses UPDATE and DELETE) and thread-safe.
class HubStore
{
public:
    // Completes a draft once the store has fixed its place in the log: its seq and the ISCC-ID clock's last value.
    // Runs under the store's exclusive append lock, so it should be quick (it signs the receipt).
    using Sealer = std::function<Result<Declaration>(Declaration draft, qint64 seq, quint64 lastTimestampUs)>;

    virtual ~HubStore() = default;

    // Stores a batch in one transaction (one fsync for all of them: group commit). Each request is checked, unless
    // forced, for an existing datahash, then for a used nonce (earlier requests of the batch included), then sealed
    // and stored with the next seq. Across processes on one database, appends are serialised, so seqs are gapless
    // and ISCC-ID times strictly increasing. On a storage error nothing of the batch is stored.
    Result<QList<AppendOutcome>> append(const QList<AppendRequest> &batch, const Sealer &seal);

    virtual Result<std::optional<Declaration>> byDatahash(const QString &datahash) = 0;
    virtual Result<std::optional<Declaration>> byIsccId(const QString &isccId) = 0;
    virtual Result<bool> nonceUsed(const QString &nonce) = 0;
    // The log from `fromSeq`, at most `limit` entries, in order.
    virtual Result<QList<Declaration>> page(qint64 fromSeq, int limit) = 0;
    // These declarations (a lookup's matches), in seq order; seqs not in the log are left out.
    virtual Result<QList<Declaration>> bySeqs(const QList<qint64> &seqs) = 0;
    virtual Result<QList<IndexTerms>> indexTerms(qint64 fromSeq, int limit) = 0;
    // Declarations in the log (the next seq).
    virtual Result<qint64> count() = 0;
    // The database answers (for the readiness check).
    virtual Result<void> ping() = 0;

    // The hub's own signing key (32-byte seed), made on first start, shared by every process on the database.
    virtual Result<QByteArray> hubSeed() = 0;
    // Takes the key of a hub being moved here; refused if this store has a different one already.
    virtual Result<void> adoptHubSeed(const QByteArray &seed) = 0;

protected:
    struct Tail
    {
        qint64 nextSeq = 0;
        quint64 lastTimestampUs = 0;
    };
    // Runs `work` in a transaction holding the store's exclusive append lock (across processes where the database
    // is shared); commits if it succeeds, rolls back otherwise.
    virtual Result<void> inAppendTransaction(const std::function<Result<void>()> &work) = 0;
    // What the log already holds of a batch: the first declaration of each datahash, and the nonces used.
    struct Known
    {
        QHash<QString, Declaration> byDatahash;
        QSet<QString> nonces;
    };
    // Inside inAppendTransaction only; one round trip each for a whole batch.
    virtual Result<Tail> tail() = 0;
    virtual Result<Known> known(const QStringList &datahashes, const QStringList &nonces) = 0;
    virtual Result<void> insert(const QList<Declaration> &declarations) = 0;
};

} // namespace rakkan::hub
