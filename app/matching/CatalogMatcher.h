#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "fingerprint/Fingerprinter.h"
#include "fingerprint/MatchIndex.h"

#include <QCoreApplication>
#include <QImage>

namespace rakkan::matching {

// How sure a match is, in words a creator can act on.
enum class Confidence { SamePicture, VeryLikely, Possible };

struct Match
{
    qint64 workId = 0;
    qint64 assetId = 0;
    int distance = 0;
    // What was done to the original to give the copy: the PDQ variant of the copy that matched the original
    // (tests pin each one to QImage's mirroring and rotation).
    fingerprint::Orientation orientation = fingerprint::Orientation::Original;
    QString catalogueRegion; // which stored region matched: "full", "center80", "panel:...", ...
    QString queryRegion;     // which part of the suspect image: "full" or "trim"
    QRect queryRect;         // in the pixels the suspect image was decoded at
    Confidence confidence = Confidence::Possible;
};

// Matches suspect images against every fingerprint of a catalogue, under all eight rotations and mirrorings.
class CatalogMatcher
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::matching::CatalogMatcher)

public:
    // PDQ's own advice: 31 bits is a confident match, and hashes under quality 50 are too flat to trust.
    static constexpr int kDefaultThreshold = 31;
    static constexpr int kMinQuality = 50;

    Result<void> load(catalog::Catalog &catalog);
    void addAsset(qint64 assetId, qint64 workId, const QList<catalog::StoredFingerprint> &prints);
    void removeAsset(qint64 assetId) { m_index.removeAsset(assetId); }

    // The best match per asset, nearest first. Empty when nothing is within the threshold; a flat query (too
    // little detail to fingerprint) gives an error instead of a false "no match".
    Result<QList<Match>> match(const QImage &image, int threshold = kDefaultThreshold) const;
    QList<Match>
    matchFingerprints(const QList<fingerprint::RegionFingerprint> &regions,
                      const QList<std::array<fingerprint::PdqHash, fingerprint::kOrientationCount>> &variants,
                      int threshold) const;

    const fingerprint::MatchIndex &index() const { return m_index; }

    static Confidence confidenceFor(int distance);
    static QString confidenceLabel(Confidence confidence);
    static QString orientationLabel(fingerprint::Orientation orientation);
    static QString confidenceKey(Confidence confidence);
    // The copy turned and mirrored back the way the original stands, for showing the two side by side.
    static QImage upright(const QImage &copy, fingerprint::Orientation orientation);
    // A stored or query region ("full", "center84", "panel:...") in words.
    static QString regionLabel(const QString &key);

private:
    fingerprint::MatchIndex m_index;
};

} // namespace rakkan::matching
