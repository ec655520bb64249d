#include "matching/CatalogMatcher.h"

#include "features/Resemblance.h"
#include "matching/FeatureSource.h"
#include "matching/MatchOverlay.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace rakkan::matching {

namespace {

// Local features of a suspect: as it is, and flipped (binary descriptors do not see a mirrored copy).
struct QueryFeatures
{
    features::FeatureSet plain;
    features::FeatureSet mirrored;
};

QueryFeatures describe(const QImage &image, const QRect &content)
{
    features::LocalFeatures::Options options = features::LocalFeatures::forQuery();
    options.within = content;
    QueryFeatures q;
    q.plain = features::LocalFeatures::extract(image, options);
    options.mirrored = true;
    q.mirrored = features::LocalFeatures::extract(image, options);
    return q;
}

// A descriptor pair this close is worth a vote; chance pairs of 256-bit descriptors lie around 128 bits apart.
constexpr int kVoteDistance = 56;
constexpr int kMinVotes = 3;
constexpr int kFeatureCandidates = 24;
// A picture with fewer keypoints than this cannot be checked: its PDQ match stands on its own.
constexpr int kCheckableFeatures = 40;
// Alignments with this many keypoints in line stand on their own; weaker ones must also look alike.
constexpr int kSureInliers = 40;
constexpr double kMinResemblance = 0.45;
// A PDQ match whose keypoints could not be lined up (a small drawing on a large page has few) stands when the two
// look alike through the geometry PDQ matched: regions and orientation.
constexpr double kPdqResemblance = 0.7;

Confidence confidenceOf(const Match &m)
{
    if (m.distance >= 0 && m.distance <= CatalogMatcher::kCertainDistance)
        return Confidence::SamePicture;
    if (!m.alignment)
        return CatalogMatcher::confidenceFor(m.distance);
    const features::Alignment &a = *m.alignment;
    // The whole work, unturned, unmirrored, filling the copy, with a great many keypoints in place: re-saved.
    if (a.inliers >= 60 && a.workShown > 0.95 && a.queryCovered > 0.9 && std::abs(a.rotation) < 1 && !a.mirrored)
        return Confidence::SamePicture;
    if (a.inliers >= 25 || (m.distance >= 0 && m.distance <= 20))
        return Confidence::VeryLikely;
    return Confidence::Possible;
}

} // namespace

CatalogMatcher::CatalogMatcher() = default;
CatalogMatcher::~CatalogMatcher() = default;

Result<void> CatalogMatcher::load(catalog::Catalog &catalog)
{
    m_index = fingerprint::MatchIndex();
    RAKKAN_TRY(
        catalog.fingerprints().forEach([this](qint64 assetId, qint64 workId, const catalog::StoredFingerprint &f) {
            addAsset(assetId, workId, {f});
        }));
    m_index.build();

    m_descriptors = features::DescriptorIndex();
    m_owners.clear();
    m_ownerOf.clear();
    RAKKAN_TRY(catalog.localFeatures().forEachProbes(
        features::LocalFeatures::kVersion, [this](qint64 assetId, qint64 workId, const QByteArray &probes) {
            std::vector<features::Descriptor> list(size_t(probes.size()) / sizeof(features::Descriptor));
            std::memcpy(list.data(), probes.constData(), list.size() * sizeof(features::Descriptor));
            const auto owner = quint32(m_owners.size());
            m_owners.push_back(Owner{assetId, workId});
            m_ownerOf.insert(assetId, owner);
            m_descriptors.add(owner, list);
        }));
    m_descriptors.build();
    m_features = std::make_unique<FeatureSource>(catalog.path());
    return {};
}

void CatalogMatcher::addAsset(qint64 assetId, qint64 workId, const QList<catalog::StoredFingerprint> &prints)
{
    for (const auto &f : prints) {
        if (f.quality < kMinQuality)
            continue;
        const auto hash = fingerprint::Hash256::fromBytes(f.hash);
        if (!hash)
            continue;
        m_index.add(*hash, fingerprint::MatchIndex::Entry{assetId, workId, m_index.regionId(f.region), f.quality});
    }
}

Result<std::shared_ptr<const features::FeatureSet>> CatalogMatcher::featuresOf(qint64 assetId) const
{
    if (!m_features)
        return std::shared_ptr<const features::FeatureSet>(std::make_shared<features::FeatureSet>());
    return m_features->of(assetId);
}

std::optional<Match> CatalogMatcher::verify(Match m, const features::FeatureSet &stored,
                                            std::initializer_list<const features::FeatureSet *> query,
                                            const QImage &queryImage) const
{
    m.workSize = stored.imageSize;
    std::optional<features::Alignment> best;
    qsizetype queryFeatures = 0;
    for (const features::FeatureSet *q : query) {
        queryFeatures = std::max(queryFeatures, q->size());
        auto aligned = features::Aligner::align(stored, *q);
        if (aligned && (!best || aligned->inliers > best->inliers))
            best = aligned;
    }
    // The stored picture, read and decoded once, and only if a check below needs it.
    std::optional<QImage> storedThumbnail;
    auto thumbnail = [&]() -> const QImage & {
        if (!storedThumbnail) {
            auto read = m_features ? m_features->thumbnail(m.assetId) : Result<QImage>(QImage());
            storedThumbnail = read.ok() ? *read : QImage();
        }
        return *storedThumbnail;
    };
    // How alike they look once lined up; with few keypoints in line, the picture around them must line up too, or
    // it was chance.
    if (best) {
        if (const QImage &thumb = thumbnail(); !thumb.isNull()) {
            m.look = features::Resembler::compare(thumb, stored.imageSize, queryImage, best->workToQuery);
            if (best->inliers < kSureInliers && m.look->overall < kMinResemblance) {
                best.reset();
                m.look.reset();
            }
        }
    }
    m.alignment = best;
    if (!best && m.distance > kCertainDistance) {
        if (const QImage &thumb = thumbnail(); !thumb.isNull()) {
            const QSizeF workSize = stored.imageSize.isEmpty() ? QSizeF(thumb.size()) : QSizeF(stored.imageSize);
            bool invertible = false;
            const auto toWork = MatchOverlay::suspectToWork(m, queryImage.size(), workSize);
            const QTransform workToQuery = toWork ? toWork->inverted(&invertible) : QTransform();
            if (invertible) {
                const features::Resemblance look =
                    features::Resembler::compare(thumb, workSize.toSize(), queryImage, workToQuery);
                if (look.overall >= kPdqResemblance) {
                    m.look = look;
                    m.confidence = confidenceOf(m);
                    return m;
                }
            }
        }
    }
    const bool checkable = stored.size() >= kCheckableFeatures && queryFeatures >= kCheckableFeatures;
    const bool pdqCertain = m.distance >= 0 && m.distance <= kCertainDistance;
    if (!best && !pdqCertain && (checkable || m.distance < 0))
        return std::nullopt;
    m.confidence = confidenceOf(m);
    return m;
}

std::optional<Match> CatalogMatcher::compareStored(qint64 assetA, qint64 assetB, int pdqDistance) const
{
    auto a = featuresOf(assetA);
    auto b = featuresOf(assetB);
    if (!a.ok() || !b.ok() || !m_features)
        return std::nullopt;
    // B stands in for a suspect: its thumbnail, brought to the size its features were taken at.
    auto thumb = m_features->thumbnail(assetB);
    if (!thumb.ok())
        return std::nullopt;
    QImage picture = *thumb;
    if (!picture.isNull() && !(*b)->imageSize.isEmpty())
        picture = picture.scaled((*b)->imageSize, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    Match m;
    m.assetId = assetA;
    auto owner = m_ownerOf.constFind(assetA);
    m.workId = owner != m_ownerOf.cend() ? m_owners[*owner].workId : 0;
    m.distance = pdqDistance;
    return verify(std::move(m), **a, {b->get()}, picture);
}

Result<QList<Match>> CatalogMatcher::match(const QImage &image, int threshold) const
{
    if (image.isNull() || std::max(image.width(), image.height()) <= kQuerySide)
        return matchAtSize(image, threshold);
    // Nothing in either stage looks finer than this, and a 400-megapixel suspect would cost seconds and gigabytes
    // at every step: it is brought down once, and what is found is given back in its own pixels.
    const QImage smaller = image.scaled(kQuerySide, kQuerySide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    RAKKAN_TRY(auto matches, matchAtSize(smaller, threshold));
    const QTransform up =
        QTransform::fromScale(double(image.width()) / smaller.width(), double(image.height()) / smaller.height());
    for (Match &m : matches) {
        m.queryRect = up.mapRect(QRectF(m.queryRect)).toAlignedRect().intersected(image.rect());
        if (m.alignment) {
            m.alignment->workToQuery = m.alignment->workToQuery * up;
            m.alignment->workInQuery = up.map(m.alignment->workInQuery);
            m.alignment->scale *= up.m11();
        }
    }
    return matches;
}

Result<QList<Match>> CatalogMatcher::matchAtSize(const QImage &image, int threshold) const
{
    // Stage one: whole-picture fingerprints of the suspect's regions, under every rotation and mirroring.
    QList<fingerprint::RegionFingerprint> regions;
    QList<std::array<fingerprint::PdqHash, fingerprint::kOrientationCount>> variants;
    const fingerprint::LumaImage full = fingerprint::Pdq::fullLuma(image);
    const QList<fingerprint::Region> parts = fingerprint::Regions::forQuery(image);
    for (const fingerprint::Region &region : parts) {
        const auto all = fingerprint::Pdq::hashAllOrientations(fingerprint::Pdq::referenceLuma(full, region.rect));
        regions << fingerprint::RegionFingerprint{region.key, region.rect, all[0]};
        variants << all;
    }
    const bool pdqUsable = std::any_of(regions.cbegin(), regions.cend(), [](const fingerprint::RegionFingerprint &r) {
        return r.pdq.quality >= kMinQuality;
    });
    const QList<Match> byPdq = pdqUsable ? matchFingerprints(regions, variants, threshold) : QList<Match>();

    // Stage two: local features, and the candidates their probes point at.
    const QueryFeatures query = describe(image, QRect());
    if (!pdqUsable && query.plain.size() < features::Aligner::Options().minInliers)
        return makeError(ErrorCode::TooFlat,
                         tr("This picture has too little detail (almost flat, or tiny) to be compared reliably."));
    QList<qint64> candidates;
    QHash<qint64, qint64> workOf;
    for (const Match &m : byPdq) {
        candidates << m.assetId;
        workOf.insert(m.assetId, m.workId);
    }
    std::vector<features::Descriptor> asked = query.plain.descriptors;
    asked.insert(asked.end(), query.mirrored.descriptors.begin(), query.mirrored.descriptors.end());
    for (const auto &c : m_descriptors.candidates(asked, kVoteDistance, kMinVotes, kFeatureCandidates)) {
        const Owner &owner = m_owners[c.owner];
        if (!workOf.contains(owner.assetId)) {
            candidates << owner.assetId;
            workOf.insert(owner.assetId, owner.workId);
        }
    }

    // One decision: every candidate is checked geometrically; what does not line up is not reported, unless its
    // fingerprint is all but identical or the stored picture has too few keypoints to check.
    QList<Match> decided;
    for (qint64 assetId : std::as_const(candidates)) {
        Match m;
        for (const Match &p : byPdq)
            if (p.assetId == assetId)
                m = p;
        m.assetId = assetId;
        m.workId = workOf.value(assetId);
        RAKKAN_TRY(auto stored, featuresOf(assetId));
        if (auto verified = verify(std::move(m), *stored, {&query.plain, &query.mirrored}, image))
            decided << *verified;
    }
    std::sort(decided.begin(), decided.end(), [](const Match &a, const Match &b) {
        if (a.confidence != b.confidence)
            return int(a.confidence) < int(b.confidence);
        const int ia = a.alignment ? a.alignment->inliers : 0;
        const int ib = b.alignment ? b.alignment->inliers : 0;
        if (ia != ib)
            return ia > ib;
        return a.assetId < b.assetId;
    });
    return decided;
}

QList<qint64> CatalogMatcher::neighboursOf(qint64 assetId, int limit) const
{
    auto own = featuresOf(assetId);
    if (!own.ok())
        return {};
    QList<qint64> out;
    // All its descriptors against the others' probes, as a suspect's are: probes against probes miss crops.
    for (const auto &c : m_descriptors.candidates((*own)->descriptors, kVoteDistance, kMinVotes, limit + 1))
        if (m_owners[c.owner].assetId != assetId)
            out << m_owners[c.owner].assetId;
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QList<Match> CatalogMatcher::matchFingerprints(
    const QList<fingerprint::RegionFingerprint> &regions,
    const QList<std::array<fingerprint::PdqHash, fingerprint::kOrientationCount>> &variants, int threshold) const
{
    QHash<qint64, Match> best;
    for (qsizetype r = 0; r < regions.size(); ++r) {
        if (regions[r].pdq.quality < kMinQuality)
            continue;
        for (int o = 0; o < fingerprint::kOrientationCount; ++o) {
            for (const fingerprint::MatchIndex::Hit &hit : m_index.query(variants[r][size_t(o)].hash, threshold)) {
                const fingerprint::MatchIndex::Entry &entry = m_index.entryAt(hit.entry);
                auto it = best.find(entry.assetId);
                if (it != best.end() && it->distance <= hit.distance)
                    continue;
                Match m;
                m.workId = entry.workId;
                m.assetId = entry.assetId;
                m.distance = hit.distance;
                m.orientation = fingerprint::Orientation(o);
                m.catalogueRegion = m_index.region(entry.regionId);
                m.queryRegion = regions[r].region;
                m.queryRect = regions[r].rect;
                m.confidence = confidenceFor(hit.distance);
                best.insert(entry.assetId, m);
            }
        }
    }
    QList<Match> matches = best.values();
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.assetId < b.assetId;
    });
    return matches;
}

Confidence CatalogMatcher::confidenceFor(int distance)
{
    if (distance <= 10)
        return Confidence::SamePicture;
    if (distance <= 20)
        return Confidence::VeryLikely;
    return Confidence::Possible;
}

QImage CatalogMatcher::upright(const QImage &copy, fingerprint::Orientation orientation)
{
    // Each case undoes what the orientation names (tests pin every one to QImage's own turns and mirrors).
    switch (orientation) {
    case fingerprint::Orientation::Original:
        return copy;
    case fingerprint::Orientation::Rotate90:
        return copy.transformed(QTransform().rotate(-90));
    case fingerprint::Orientation::Rotate180:
        return copy.transformed(QTransform().rotate(180));
    case fingerprint::Orientation::Rotate270:
        return copy.transformed(QTransform().rotate(90));
    case fingerprint::Orientation::FlipX:
        return copy.mirrored(false, true);
    case fingerprint::Orientation::FlipY:
        return copy.mirrored(true, false);
    case fingerprint::Orientation::FlipPlus1:
        return copy.transformed(QTransform(0, 1, 1, 0, 0, 0));
    case fingerprint::Orientation::FlipMinus1:
        return copy.transformed(QTransform(0, -1, -1, 0, 0, 0));
    }
    return copy;
}

} // namespace rakkan::matching
