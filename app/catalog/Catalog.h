#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
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

// The catalogue: one SQLite file the user chose (a studio keeps several). Each instance is one connection and
// belongs to one thread at a time; every write is one transaction, and writes compose through sql::Transaction.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::Catalog)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating it and its folder if needed) and upgrades the catalogue. A read-only connection never
    // creates nor upgrades; it refuses a catalogue it cannot read.
    static Result<std::unique_ptr<Catalog>> open(const QString &path, Access access = Access::ReadWrite);

    QString path() const { return m_db->path(); }
    sql::Database &database() { return *m_db; }

    // Works
    Result<qint64> createWork(const QString &title, WorkKind kind);
    Result<Work> work(qint64 id);
    Result<QList<WorkSummary>> workSummaries();
    // Only the given works (those an import just touched, say); missing ids are left out.
    Result<QList<WorkSummary>> workSummaries(const QList<qint64> &ids);
    Result<qint64> workCount();
    Result<void> updateWork(qint64 id, const WorkEdit &edit);
    // Removes the work and its assets from the catalogue (never the files) and returns what undo needs.
    Result<WorkSnapshot> removeWork(qint64 id);
    Result<void> restoreWork(const WorkSnapshot &snapshot);

    // Assets
    Result<std::optional<AssetRef>> findAssetBySha256(const QByteArray &sha256);
    Result<AssetRef> addAsset(qint64 workId, int page, const NewAsset &asset);
    Result<int> nextPageNumber(qint64 workId);
    Result<QByteArray> thumbnail(qint64 assetId);

    // Fingerprints
    Result<QList<StoredFingerprint>> fingerprints(qint64 assetId);
    Result<void> replaceFingerprints(qint64 assetId, const QList<StoredFingerprint> &prints);
    Result<void>
    forEachFingerprint(const std::function<void(qint64 assetId, qint64 workId, const StoredFingerprint &)> &visit);
    // Every asset, or only those missing fingerprints or an ISCC (catalogues from older versions).
    Result<QList<AssetFile>> assetFiles(bool onlyIncomplete);

    // ISCC (catalog/CatalogIscc.cpp). Storing takes the Meta-Code from the work's current title.
    Result<std::optional<iscc::AssetIscc>> iscc(qint64 assetId);
    Result<void> replaceIscc(qint64 assetId, const iscc::AssetIscc &iscc);

    // Names already in use, for completion in editors.
    Result<QStringList> seriesTitles();
    Result<QStringList> tagNames();
    Result<QStringList> holderNames();

private:
    explicit Catalog(std::unique_ptr<sql::Database> db);

    Result<void> configure(Access access);
    Result<qint64> idByName(const QString &table, const QString &column, const QString &name);
    Result<qint64> ensureSeries(const QString &title);
    Result<qint64> ensureTag(const QString &name);
    Result<qint64> ensureHolder(const WorkHolder &holder);
    Result<void> addTag(qint64 workId, const QString &name);
    Result<void> insertFingerprints(qint64 assetId, const QList<StoredFingerprint> &prints);
    Result<void> storeIscc(qint64 assetId, const iscc::AssetIscc &iscc);
    Result<void> refreshMetaCodes(qint64 workId);
    Result<void> addHolder(qint64 workId, const WorkHolder &holder);
    Result<void> addPublication(qint64 workId, const Publication &publication);
    Result<void> applyEdit(qint64 id, const WorkEdit &edit);
    Result<void> requireWork(qint64 id);
    Result<QStringList> stringColumn(const QString &sql);
    Result<QList<WorkSummary>> summariesWhere(const QString &where);

    std::unique_ptr<sql::Database> m_db;
};

// Where the GUI and the CLI keep the catalogue unless told otherwise: RAKKAN_CATALOG, else the platform's
// application-data folder.
QString defaultCatalogPath();

} // namespace rakkan::catalog
