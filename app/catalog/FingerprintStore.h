#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <functional>

namespace rakkan::catalog {

// The fingerprints of each asset (PDQ of the whole picture and of its regions), for matching.
class FingerprintStore
{
public:
    explicit FingerprintStore(sql::Database &db) : m_db(db) {}

    Result<QList<StoredFingerprint>> of(qint64 assetId);
    Result<void> replace(qint64 assetId, const QList<StoredFingerprint> &prints);
    // Within the caller's transaction.
    Result<void> insert(qint64 assetId, const QList<StoredFingerprint> &prints);
    Result<void> forEach(const std::function<void(qint64 assetId, qint64 workId, const StoredFingerprint &)> &visit);

private:
    sql::Database &m_db;
};

} // namespace rakkan::catalog
