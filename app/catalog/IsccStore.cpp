// One row per asset in asset_iscc (schema 4).

#include "catalog/IsccStore.h"

namespace rakkan::catalog {

namespace {

constexpr const char *kColumns = "iscc_code, meta_unit, content_unit, data_unit, instance_unit, datahash, metahash";

iscc::AssetIscc fromRow(const sql::Statement &r, int first, qint64 fileSize)
{
    iscc::AssetIscc code;
    code.isccCode = r.text(first);
    code.metaUnit = r.text(first + 1);
    code.contentUnit = r.text(first + 2);
    code.dataUnit = r.text(first + 3);
    code.instanceUnit = r.text(first + 4);
    code.datahash = r.text(first + 5);
    code.metahash = r.text(first + 6);
    code.filesize = fileSize;
    return code;
}

} // namespace

Result<std::optional<iscc::AssetIscc>> IsccStore::of(qint64 assetId)
{
    RAKKAN_TRY(auto stmt,
               m_db.prepare(QStringLiteral("SELECT %1, a.file_size FROM asset_iscc i JOIN assets a ON a.id = "
                                           "i.asset_id WHERE i.asset_id = ?1")
                                .arg(QLatin1String(kColumns))));
    RAKKAN_TRY(auto row, stmt.bind(1, assetId).step());
    if (!row)
        return std::optional<iscc::AssetIscc>();
    return std::optional<iscc::AssetIscc>(fromRow(stmt, 0, stmt.int64(7)));
}

Result<void> IsccStore::store(qint64 assetId, const iscc::AssetIscc &code)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO asset_iscc (asset_id, %1) "
                                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                                           .arg(QLatin1String(kColumns))));
    stmt.bind(1, assetId).bind(2, code.isccCode).bindTextOrNull(3, code.metaUnit);
    stmt.bindTextOrNull(4, code.contentUnit).bind(5, code.dataUnit).bind(6, code.instanceUnit);
    return stmt.bind(7, code.datahash).bindTextOrNull(8, code.metahash).exec();
}

Result<QList<std::pair<qint64, iscc::AssetIscc>>> IsccStore::ofWork(qint64 workId)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(QStringLiteral("SELECT i.asset_id, %1, a.file_size FROM asset_iscc i "
                                                      "JOIN assets a ON a.id = i.asset_id WHERE a.work_id = ?1")
                                           .arg(QLatin1String(kColumns))));
    QList<std::pair<qint64, iscc::AssetIscc>> rows;
    RAKKAN_TRY(stmt.bind(1, workId).forEachRow([&](const sql::Statement &r) {
        rows.append({r.int64(0), fromRow(r, 1, r.int64(8))});
    }));
    return rows;
}

} // namespace rakkan::catalog
