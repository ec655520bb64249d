#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "features/Alignment.h"
#include "features/DescriptorIndex.h"
#include "features/Resemblance.h"
#include "fingerprint/Fingerprinter.h"
#include "fingerprint/MatchIndex.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>
#include <optional>

namespace rakkan::matching {

class FeatureSource;

// How sure a match is, in words a creator can act on.
enum class Confidence { SamePicture, VeryLikely, Possible };

struct Match
{
    qint64 workId = 0;
    qint64 assetId = 0;
    // PDQ: the distance in bits of the nearest stored region (-1 when only local features found the work), which
    // variant of the copy matched (tests pin each one to QImage's mirroring and rotation), and which regions.
    int distance = -1;
    fingerprint::Orientation orientation = fingerprint::Orientation::Original;
    QString catalogueRegion; // "full", "center80", "panel:...", ...
    QString queryRegion;     // "full" or "trim"
    QRect queryRect;         // in the pixels the suspect image was decoded at
    // Local features: how the work lines up in the copy, when they could say (line art and photos alike).
    std::optional<features::Alignment> alignment;
    // How alike the two look once lined up, as a whole and part by part (what shows a watermark or lettering).
    std::optional<features::Resemblance> look;
    QSize workSize; // the catalogued picture's size, in the pixels the alignment maps from
    Confidence confidence = Confidence::Possible;
};

// Is this mine? Matches suspect images against a catalogue in two stages that reach one decision. Whole-picture
// fingerprints (PDQ of the picture and of its regions, under all eight rotations and mirrorings) find re-encoded,
// resized and lightly cropped copies at once. Local features (ORB keypoints) find the rest, turned, screenshotted,
// watermarked, hard-cropped or lifted from a page, and check every candidate geometrically: a candidate whose
// keypoints do not line up is not reported, which is what keeps unrelated pictures from being called copies.
class CatalogMatcher
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::matching::CatalogMatcher)

public:
    // PDQ's own advice: 31 bits is a confident match, and hashes under quality 50 are too flat to trust.
    static constexpr int kDefaultThreshold = 31;
    static constexpr int kMinQuality = 50;
    // PDQ matches this close are the same picture whatever local features say (a flat logo has few keypoints).
    static constexpr int kCertainDistance = 10;
    // Suspects larger than this on their longer side are compared at this size (positions are given back in theirs).
    static constexpr int kQuerySide = 2048;

    CatalogMatcher();
    ~CatalogMatcher();
    CatalogMatcher(const CatalogMatcher &) = delete;
    CatalogMatcher &operator=(const CatalogMatcher &) = delete;

    // Reads every fingerprint and every picture's probe descriptors; the full local features are read when a
    // candidate is checked, through connections of their own (so matching may run on several threads).
    Result<void> load(catalog::Catalog &catalog);
    void addAsset(qint64 assetId, qint64 workId, const QList<catalog::StoredFingerprint> &prints);
    void removeAsset(qint64 assetId) { m_index.removeAsset(assetId); }

    // The works `image` comes from, best first. Empty when none; a flat query (too little detail to fingerprint)
    // gives an error instead of a false "no match". `threshold` bounds the PDQ distance of a match (0 to 128).
    Result<QList<Match>> match(const QImage &image, int threshold = kDefaultThreshold) const;
    // The PDQ stage alone, for its own tests and the evaluation's side-by-side figures.
    QList<Match>
    matchFingerprints(const QList<fingerprint::RegionFingerprint> &regions,
                      const QList<std::array<fingerprint::PdqHash, fingerprint::kOrientationCount>> &variants,
                      int threshold) const;

    const fingerprint::MatchIndex &index() const { return m_index; }
    const features::DescriptorIndex &descriptorIndex() const { return m_descriptors; }
    qint64 memoryBytes() const { return m_index.memoryBytes() + m_descriptors.memoryBytes(); }
    // The stored local features of an asset (empty when it has none), as the matcher checks them.
    Result<std::shared_ptr<const features::FeatureSet>> featuresOf(qint64 assetId) const;
    // Whether catalogued picture B is a copy of A (near duplicates), by the decision match() makes: B's stored
    // features and thumbnail stand in for a suspect. `pdqDistance` is theirs, or -1 when PDQ did not pair them.
    std::optional<Match> compareStored(qint64 assetA, qint64 assetB, int pdqDistance) const;
    // Catalogued pictures whose probes meet `assetId`'s, most shared first.
    QList<qint64> neighboursOf(qint64 assetId, int limit) const;

    static Confidence confidenceFor(int distance);
    // The copy turned and mirrored back the way the original stands, for showing the two side by side.
    static QImage upright(const QImage &copy, fingerprint::Orientation orientation);

private:
    Result<QList<Match>> matchAtSize(const QImage &image, int threshold) const;
    // The one decision on a candidate: kept when its keypoints line up with the suspect's (and, with few of them,
    // the pictures look alike once lined up), or when PDQ is certain or the pictures are too plain to check.
    std::optional<Match> verify(Match m, const features::FeatureSet &stored,
                                std::initializer_list<const features::FeatureSet *> query,
                                const QImage &queryImage) const;

    struct Owner
    {
        qint64 assetId = 0;
        qint64 workId = 0;
    };

    fingerprint::MatchIndex m_index;
    features::DescriptorIndex m_descriptors;
    std::vector<Owner> m_owners; // the descriptor index's owners
    QHash<qint64, quint32> m_ownerOf;
    std::unique_ptr<FeatureSource> m_features;
};

} // namespace rakkan::matching
