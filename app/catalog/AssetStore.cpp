#include "catalog/AssetStore.h"

#include "catalog/FingerprintStore.h"
#include "catalog/IsccStore.h"
#include "catalog/LocalFeatureStore.h"

namespace rakkan::catalog {

Result<QList<AssetFile>> AssetStore::files(bool onlyIncomplete, int featuresVersion)
{
    RAKKAN_TRY(
        auto stmt,
        m_db.prepare(
            QStringLiteral("SELECT a.id, a.work_id, a.original_path, a.sha256 FROM assets a %1 ORDER BY a.id")
                .arg(onlyIncomplete
                         ? QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM fingerprints f WHERE f.asset_id = a.id) "
                                          "OR NOT EXISTS (SELECT 1 FROM asset_iscc i WHERE i.asset_id = a.id) "
                                          "OR NOT EXISTS (SELECT 1 FROM asset_features l WHERE l.asset_id = a.id AND "
                                          "l.version >= %1)")
                               .arg(featuresVersion)
                         : QString())));
    QList<AssetFile> files;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        files << AssetFile{r.int64(0), r.int64(1), r.text(2), r.blob(3)};
    }));
    return files;
}

Result<std::optional<AssetRef>> AssetStore::findBySha256(const QByteArray &sha256)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT work_id, id FROM assets WHERE sha256 = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, sha256).step());
    if (!row)
        return std::optional<AssetRef>();
    return std::optional<AssetRef>(AssetRef{stmt.int64(0), stmt.int64(1)});
}

Result<AssetRef> AssetStore::add(qint64 workId, int page, const NewAsset &asset)
{
    sql::Transaction tx(m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto stmt,
               m_db.prepare(QStringLiteral(
                   "INSERT INTO assets (work_id, page, sha256, file_size, width, height, format, original_path, "
                   "decode_notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")));
    stmt.bind(1, workId).bind(2, page).bind(3, asset.sha256).bind(4, asset.fileSize);
    stmt.bind(5, asset.pixelSize.width()).bind(6, asset.pixelSize.height());
    stmt.bind(9, asset.decodeNotes.join(QLatin1Char('\n')));
    RAKKAN_TRY(stmt.bind(7, asset.format).bind(8, asset.originalPath).exec());
    const qint64 assetId = m_db.lastInsertId();
    if (!asset.thumbnailJpeg.isEmpty()) {
        RAKKAN_TRY(auto thumb, m_db.prepare(QStringLiteral("INSERT INTO thumbnails (asset_id, jpeg) VALUES (?1, ?2)")));
        RAKKAN_TRY(thumb.bind(1, assetId).bind(2, asset.thumbnailJpeg).exec());
    }
    RAKKAN_TRY(FingerprintStore(m_db).insert(assetId, asset.fingerprints));
    if (asset.iscc)
        RAKKAN_TRY(IsccStore(m_db).store(assetId, *asset.iscc));
    if (!asset.features.isEmpty())
        RAKKAN_TRY(LocalFeatureStore(m_db).store(assetId, asset.features));
    RAKKAN_TRY(tx.commit());
    return AssetRef{workId, assetId};
}

Result<int> AssetStore::nextPage(qint64 workId)
{
    RAKKAN_TRY(auto stmt,
               m_db.prepare(QStringLiteral("SELECT coalesce(max(page), 0) + 1 FROM assets WHERE work_id = ?1")));
    RAKKAN_TRY(auto page, stmt.bind(1, workId).scalarInt64());
    return int(page);
}

Result<QByteArray> AssetStore::thumbnail(qint64 assetId)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT jpeg FROM thumbnails WHERE asset_id = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, assetId).step());
    return row ? stmt.blob(0) : QByteArray();
}

} // namespace rakkan::catalog
