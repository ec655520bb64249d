#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <functional>
#include <optional>

namespace rakkan::catalog {

// The local features of each asset, stored as given: extracting and reading them is the features domain's.
class LocalFeatureStore
{
public:
    explicit LocalFeatureStore(sql::Database &db) : m_db(db) {}

    Result<std::optional<StoredFeatures>> of(qint64 assetId);
    // Stores or replaces, within the caller's transaction.
    Result<void> store(qint64 assetId, const StoredFeatures &features);
    // Every asset's probes with its work, for building the matcher's index; `version` older ones are left out.
    Result<void>
    forEachProbes(int version,
                  const std::function<void(qint64 assetId, qint64 workId, const QByteArray &probes)> &visit);

private:
    sql::Database &m_db;
};

} // namespace rakkan::catalog
