#include "catalog/LocalFeatureStore.h"

namespace rakkan::catalog {

Result<std::optional<StoredFeatures>> LocalFeatureStore::of(qint64 assetId)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral(
                              "SELECT version, features, probes FROM asset_features WHERE asset_id = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, assetId).step());
    if (!row)
        return std::optional<StoredFeatures>();
    return std::optional<StoredFeatures>(StoredFeatures{int(stmt.int64(0)), stmt.blob(1), stmt.blob(2)});
}

Result<void> LocalFeatureStore::store(qint64 assetId, const StoredFeatures &features)
{
    if (features.isEmpty()) {
        RAKKAN_TRY(auto clear, m_db.prepare(QStringLiteral("DELETE FROM asset_features WHERE asset_id = ?1")));
        return clear.bind(1, assetId).exec();
    }
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO asset_features (asset_id, version, "
                                                      "features, probes) VALUES (?1, ?2, ?3, ?4)")));
    return stmt.bind(1, assetId).bind(2, features.version).bind(3, features.features).bind(4, features.probes).exec();
}

Result<void> LocalFeatureStore::forEachProbes(
    int version, const std::function<void(qint64 assetId, qint64 workId, const QByteArray &probes)> &visit)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT f.asset_id, a.work_id, f.probes FROM asset_features f "
                                                      "JOIN assets a ON a.id = f.asset_id WHERE f.version >= ?1")));
    return stmt.bind(1, version).forEachRow([&](const sql::Statement &r) { visit(r.int64(0), r.int64(1), r.blob(2)); });
}

} // namespace rakkan::catalog
