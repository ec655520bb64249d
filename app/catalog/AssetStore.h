#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>

#include <optional>

namespace rakkan::catalog {

struct AssetRef
{
    qint64 workId = 0;
    qint64 assetId = 0;
};

// Where an asset's original file was, to read it again (fingerprints of older catalogues).
struct AssetFile
{
    qint64 assetId = 0;
    qint64 workId = 0;
    QString originalPath;
    QByteArray sha256;
};

// The files of the works (assets): what each was when catalogued, its thumbnail, and on adding, its fingerprints
// and ISCC in the same transaction.
class AssetStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::Catalog)

public:
    explicit AssetStore(sql::Database &db) : m_db(db) {}

    Result<std::optional<AssetRef>> findBySha256(const QByteArray &sha256);
    // The ISCC is stored as given: cataloguing::WorkEditor gives it its work's Meta-Code first.
    Result<AssetRef> add(qint64 workId, int page, const NewAsset &asset);
    Result<int> nextPage(qint64 workId);
    Result<QByteArray> thumbnail(qint64 assetId);
    // Every asset, or only those missing fingerprints, an ISCC, or local features of `featuresVersion` or later
    // (catalogues from older versions).
    Result<QList<AssetFile>> files(bool onlyIncomplete, int featuresVersion = 1);

private:
    sql::Database &m_db;
};

} // namespace rakkan::catalog
