#include "cataloguing/WorkEditor.h"

namespace rakkan::cataloguing {

Result<iscc::AssetIscc> WorkEditor::titled(qint64 workId, const iscc::AssetIscc &code)
{
    RAKKAN_TRY(auto title, m_catalog.database().prepare(QStringLiteral("SELECT title FROM works WHERE id = ?1")));
    RAKKAN_TRY(auto found, title.bind(1, workId).step());
    if (!found)
        return makeError(ErrorCode::NotFound, tr("There is no work with number %1 in this catalogue.").arg(workId));
    return iscc::AssetIsccs::withTitle(code, title.text(0), QString());
}

Result<qint64> WorkEditor::workOfAsset(qint64 assetId)
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral("SELECT work_id FROM assets WHERE id = ?1")));
    RAKKAN_TRY(auto found, stmt.bind(1, assetId).step());
    if (!found)
        return makeError(ErrorCode::NotFound, tr("There is no catalogued file with number %1.").arg(assetId));
    return stmt.int64(0);
}

Result<void> WorkEditor::update(qint64 workId, const catalog::WorkEdit &edit)
{
    sql::Transaction tx(m_catalog.database());
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(m_catalog.works().update(workId, edit));
    if (edit.title) {
        catalog::IsccStore isccs = m_catalog.isccs();
        RAKKAN_TRY(auto codes, isccs.ofWork(workId));
        for (const auto &[assetId, code] : codes) {
            RAKKAN_TRY(auto retitled, titled(workId, code));
            RAKKAN_TRY(isccs.store(assetId, retitled));
        }
    }
    return tx.commit();
}

Result<catalog::AssetRef> WorkEditor::addAsset(qint64 workId, int page, catalog::NewAsset asset)
{
    if (asset.iscc) {
        RAKKAN_TRY(auto code, titled(workId, *asset.iscc));
        asset.iscc = code;
    }
    return m_catalog.assets().add(workId, page, asset);
}

Result<void> WorkEditor::storeIscc(qint64 assetId, const iscc::AssetIscc &code)
{
    RAKKAN_TRY(auto workId, workOfAsset(assetId));
    RAKKAN_TRY(auto retitled, titled(workId, code));
    sql::Transaction tx(m_catalog.database());
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(m_catalog.isccs().store(assetId, retitled));
    return tx.commit();
}

} // namespace rakkan::cataloguing
