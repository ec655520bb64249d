#pragma once

#include "hub/HubStore.h"
#include "postgres/Postgres.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace rakkan::hub {

// A hub in PostgreSQL, shared by any number of rakkan-hub processes. Appends take a transaction-scoped advisory
// lock, so seqs stay gapless and ISCC-ID times strictly increasing across processes; the UNIQUE constraints are
// the last word on nonces and ISCC-IDs; triggers refuse UPDATE, DELETE and TRUNCATE of the log.
class PostgresHubStore final : public HubStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::hub::PostgresHubStore)

public:
    // `connections`: how many of the server's threads may query at once.
    static Result<std::unique_ptr<PostgresHubStore>> open(const QString &conninfo, int connections = 8);

    Result<std::optional<Declaration>> byDatahash(const QString &datahash) override;
    Result<std::optional<Declaration>> byIsccId(const QString &isccId) override;
    Result<bool> nonceUsed(const QString &nonce) override;
    Result<QList<Declaration>> page(qint64 fromSeq, int limit) override;
    Result<QList<Declaration>> bySeqs(const QList<qint64> &seqs) override;
    Result<QList<IndexTerms>> indexTerms(qint64 fromSeq, int limit) override;
    Result<qint64> count() override;
    Result<void> ping() override;
    Result<QByteArray> hubSeed() override;
    Result<void> adoptHubSeed(const QByteArray &seed) override;

protected:
    Result<void> inAppendTransaction(const std::function<Result<void>()> &work) override;
    Result<Tail> tail() override;
    Result<Known> known(const QStringList &datahashes, const QStringList &nonces) override;
    Result<void> insert(const QList<Declaration> &declarations) override;

private:
    explicit PostgresHubStore(std::unique_ptr<pg::Pool> pool) : m_pool(std::move(pool)) {}
    // The connection of the append transaction when called from inside it (same thread), else one from the pool.
    template <typename F> auto withConnection(F &&f) -> decltype(f(std::declval<pg::Connection &>()));
    Result<QList<Declaration>> select(const QString &where, const QList<QByteArray> &params);
    // Stores `candidate` as the hub's key unless one is there already; the key the database holds.
    Result<QByteArray> keepFirstSeed(const QByteArray &candidate);

    std::unique_ptr<pg::Pool> m_pool;
    std::mutex m_appendMutex;              // this process's appends, one at a time (the advisory lock does the rest)
    pg::Connection *m_appending = nullptr; // under m_appendMutex
    std::atomic<std::thread::id> m_appendingThread;
};

} // namespace rakkan::hub
