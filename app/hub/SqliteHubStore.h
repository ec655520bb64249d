#pragma once

#include "hub/HubStore.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace rakkan::hub {

// A hub in one SQLite file: the default, for an association's hub served by one process.
class SqliteHubStore final : public HubStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::hub::SqliteHubStore)

public:
    static Result<std::unique_ptr<SqliteHubStore>> open(const QString &path);

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
    explicit SqliteHubStore(std::unique_ptr<sql::Database> db) : m_db(std::move(db)) {}
    Result<QList<Declaration>> select(const QString &where, const std::function<void(sql::Statement &)> &bind);

    std::unique_ptr<sql::Database> m_db;
    std::recursive_mutex m_mutex; // one connection, many server threads
};

} // namespace rakkan::hub
