#pragma once

#include "iscc/IsccCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace rakkan::catalog {

enum class WorkKind { Illustration, MangaChapter, MangaPage, Cover, Sketch, Other };

enum class HolderRole { Author, Artist, Writer, Studio, Publisher, RightsHolder };

// Stable names stored in the catalogue and used on the command line; the user sees the translated labels.
QString workKindKey(WorkKind kind);
std::optional<WorkKind> workKindFromKey(const QString &key);
QString workKindLabel(WorkKind kind);
QList<WorkKind> allWorkKinds();

QString holderRoleKey(HolderRole role);
std::optional<HolderRole> holderRoleFromKey(const QString &key);
QString holderRoleLabel(HolderRole role);
QList<HolderRole> allHolderRoles();

// A rights holder of a work with the role they hold it in.
struct WorkHolder
{
    QString name;
    QString nameLatin;
    HolderRole role = HolderRole::Author;
    bool operator==(const WorkHolder &) const = default;
};

struct Publication
{
    qint64 id = 0;
    QString url;
    QString platform;
    QDate publishedOn;
    bool operator==(const Publication &) const = default;
};

struct Asset
{
    qint64 id = 0;
    qint64 workId = 0;
    int page = 1;
    QByteArray sha256;
    qint64 fileSize = 0;
    QSize pixelSize;
    QString format;
    QString originalPath;
    QString importedAt;
    QStringList decodeNotes; // how the picture was made, when the user should know ("drawn from the layers")
    std::optional<iscc::AssetIscc> iscc; // none until computed (catalogues from before format 4)
};

struct Work
{
    qint64 id = 0;
    QString title;
    QString titleLatin;
    WorkKind kind = WorkKind::Illustration;
    QString series;
    QString seriesLatin;
    int volume = 0; // 0: none
    QString chapter;
    QString notes;
    QStringList tags;
    QList<WorkHolder> holders;
    QList<Publication> publications;
    QList<Asset> assets;
    qint64 signingIdentityId = 0; // 0: the catalogue's default identity signs for it
    QString createdAt;
    QString updatedAt;
};

// What the work list shows: one row per work, enough to draw and filter it without another query.
struct WorkSummary
{
    qint64 id = 0;
    QString title;
    QString titleLatin;
    WorkKind kind = WorkKind::Illustration;
    QString series;
    QString seriesLatin;
    int volume = 0;
    QString chapter;
    QStringList tags;
    QStringList holders;
    QStringList holdersLatin; // the Latin forms that were given, for search
    qint64 coverAssetId = 0;
    int pageCount = 0;
    QSize coverSize;
};

// A change to a work. Unset fields stay as they are; list fields either replace the whole set or add/remove.
struct WorkEdit
{
    std::optional<QString> title;
    std::optional<QString> titleLatin;
    std::optional<WorkKind> kind;
    std::optional<QString> series; // empty: no series
    std::optional<int> volume;     // 0: none
    std::optional<QString> chapter;
    std::optional<QString> notes;
    std::optional<QStringList> tags;
    QStringList addTags;
    QStringList removeTags;
    std::optional<QList<WorkHolder>> holders;
    QList<WorkHolder> addHolders;
    QStringList removeHolders;
    QList<Publication> addPublications;
    QList<qint64> removePublications;
    std::optional<qint64> signingIdentityId; // 0: back to the default identity

    bool isEmpty() const;
};

// One perceptual fingerprint of (a region of) an asset, as stored.
struct StoredFingerprint
{
    QString region;  // "full", "trim", "center80", "panel:X,Y,W,H", ...
    QByteArray hash; // 32 bytes, PDQ
    int quality = 0;
    bool operator==(const StoredFingerprint &) const = default;
};

// Everything needed to put a removed work back exactly as it was, thumbnails and fingerprints included (undo).
// The local features of an asset as the catalogue keeps them: opaque to it.
struct StoredFeatures
{
    int version = 0;
    QByteArray features;
    QByteArray probes; // 32 bytes a descriptor
    bool isEmpty() const { return features.isEmpty(); }
};

struct WorkSnapshot
{
    Work work;
    QList<QByteArray> thumbnails;                 // parallel to work.assets
    QList<QList<StoredFingerprint>> fingerprints; // parallel to work.assets
    QList<StoredFeatures> features;               // parallel to work.assets
};

// A file prepared for the catalogue by the importer.
struct NewAsset
{
    QByteArray sha256;
    qint64 fileSize = 0;
    QSize pixelSize;
    QString format;
    QString originalPath;
    QStringList decodeNotes;
    QByteArray thumbnailJpeg;
    QList<StoredFingerprint> fingerprints;
    // The file-derived ISCC units; cataloguing::WorkEditor adds the Meta-Code from the work's title.
    std::optional<iscc::AssetIscc> iscc;
    // Local features, stored as given (features::LocalFeatures packs them); empty for a picture without any.
    StoredFeatures features;
};

} // namespace rakkan::catalog
