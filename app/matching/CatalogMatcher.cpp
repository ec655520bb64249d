#include "matching/CatalogMatcher.h"

#include <QHash>

#include <algorithm>

namespace rakkan::matching {

Result<void> CatalogMatcher::load(catalog::Catalog &catalog)
{
    m_index = fingerprint::MatchIndex();
    RAKKAN_TRY(
        catalog.fingerprints().forEach([this](qint64 assetId, qint64 workId, const catalog::StoredFingerprint &f) {
            addAsset(assetId, workId, {f});
        }));
    m_index.build();
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

Result<QList<Match>> CatalogMatcher::match(const QImage &image, int threshold) const
{
    QList<fingerprint::RegionFingerprint> regions;
    QList<std::array<fingerprint::PdqHash, fingerprint::kOrientationCount>> variants;
    const fingerprint::LumaImage full = fingerprint::Pdq::fullLuma(image);
    const QList<fingerprint::Region> parts = fingerprint::Regions::forQuery(image);
    for (const fingerprint::Region &region : parts) {
        const auto all = fingerprint::Pdq::hashAllOrientations(fingerprint::Pdq::referenceLuma(full, region.rect));
        regions << fingerprint::RegionFingerprint{region.key, region.rect, all[0]};
        variants << all;
    }
    // PDQ loses a copy turned by a few degrees; the content turned back by a few likely angles finds it again.
    const QImage content = parts.last().rect == image.rect() ? image : image.copy(parts.last().rect);
    const QImage small =
        content.width() > fingerprint::Pdq::kReferenceSide || content.height() > fingerprint::Pdq::kReferenceSide
            ? content.scaled(fingerprint::Pdq::kReferenceSide, fingerprint::Pdq::kReferenceSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation)
            : content;
    for (double angle : {-8.0, -4.0, 4.0, 8.0}) {
        const QImage upright = fingerprint::Regions::derotated(small, angle);
        const auto all = fingerprint::Pdq::hashAllOrientations(fingerprint::Pdq::referenceLuma(upright));
        regions << fingerprint::RegionFingerprint{parts.last().key, parts.last().rect, all[0]};
        variants << all;
    }
    const bool anyUsable = std::any_of(regions.cbegin(), regions.cend(), [](const fingerprint::RegionFingerprint &r) {
        return r.pdq.quality >= kMinQuality;
    });
    if (!anyUsable)
        return makeError(ErrorCode::TooFlat,
                         tr("This picture has too little detail (almost flat, or tiny) to be compared reliably."));
    return matchFingerprints(regions, variants, threshold);
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

QString CatalogMatcher::confidenceKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::SamePicture:
        return QStringLiteral("same_picture");
    case Confidence::VeryLikely:
        return QStringLiteral("very_likely");
    case Confidence::Possible:
        break;
    }
    return QStringLiteral("possible");
}

QString CatalogMatcher::confidenceLabel(Confidence confidence)
{
    switch (confidence) {
    case Confidence::SamePicture:
        return tr("The same picture (re-saved, resized or recompressed)");
    case Confidence::VeryLikely:
        return tr("Very likely a copy");
    case Confidence::Possible:
        break;
    }
    return tr("Possibly a copy: compare them by eye");
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

QString CatalogMatcher::regionLabel(const QString &key)
{
    if (key == QLatin1String("full"))
        return tr("the whole picture");
    if (key == QLatin1String("trim"))
        return tr("the picture without its border");
    if (key.startsWith(QLatin1String("center")))
        return tr("its central %1 %").arg(key.mid(6));
    if (key.startsWith(QLatin1String("panel:")))
        return tr("one of its panels");
    return key;
}

QString CatalogMatcher::orientationLabel(fingerprint::Orientation orientation)
{
    switch (orientation) {
    case fingerprint::Orientation::Original:
        return tr("same orientation");
    case fingerprint::Orientation::Rotate90:
        return tr("rotated a quarter turn clockwise");
    case fingerprint::Orientation::Rotate180:
        return tr("upside down");
    case fingerprint::Orientation::Rotate270:
        return tr("rotated a quarter turn anticlockwise");
    case fingerprint::Orientation::FlipX:
        return tr("mirrored top to bottom");
    case fingerprint::Orientation::FlipY:
        return tr("mirrored left to right");
    case fingerprint::Orientation::FlipPlus1:
        return tr("mirrored along the diagonal");
    case fingerprint::Orientation::FlipMinus1:
        return tr("mirrored along the other diagonal");
    }
    return {};
}

} // namespace rakkan::matching
