#include "catalog/FingerprintStore.h"

namespace rakkan::catalog {

Result<void> FingerprintStore::insert(qint64 assetId, const QList<StoredFingerprint> &prints)
{
    if (prints.isEmpty())
        return {};
    RAKKAN_TRY(
        auto stmt,
        m_db.prepare(QStringLiteral(
            "INSERT INTO fingerprints (asset_id, algorithm, region, hash, quality) VALUES (?1, 'pdq', ?2, ?3, ?4)")));
    for (const StoredFingerprint &f : prints) {
        stmt.reset();
        RAKKAN_TRY(stmt.bind(1, assetId).bind(2, f.region).bind(3, f.hash).bind(4, f.quality).exec());
    }
    return {};
}

Result<void> FingerprintStore::replace(qint64 assetId, const QList<StoredFingerprint> &prints)
{
    sql::Transaction tx(m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto clear, m_db.prepare(QStringLiteral("DELETE FROM fingerprints WHERE asset_id = ?1")));
    RAKKAN_TRY(clear.bind(1, assetId).exec());
    RAKKAN_TRY(insert(assetId, prints));
    return tx.commit();
}

Result<QList<StoredFingerprint>> FingerprintStore::of(qint64 assetId)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT region, hash, quality FROM fingerprints WHERE asset_id "
                                                      "= ?1 AND algorithm = 'pdq' ORDER BY region")));
    QList<StoredFingerprint> prints;
    RAKKAN_TRY(stmt.bind(1, assetId).forEachRow([&](const sql::Statement &r) {
        prints << StoredFingerprint{r.text(0), r.blob(1), int(r.int64(2))};
    }));
    return prints;
}

Result<void>
FingerprintStore::forEach(const std::function<void(qint64 assetId, qint64 workId, const StoredFingerprint &)> &visit)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral(
                              "SELECT f.asset_id, a.work_id, f.region, f.hash, f.quality FROM fingerprints f "
                              "JOIN assets a ON a.id = f.asset_id WHERE f.algorithm = 'pdq'")));
    return stmt.forEachRow([&](const sql::Statement &r) {
        visit(r.int64(0), r.int64(1), StoredFingerprint{r.text(2), r.blob(3), int(r.int64(4))});
    });
}

} // namespace rakkan::catalog
