#include "fingerprint/CatalogMatcher.h"

#include <QHash>

#include <algorithm>

namespace rakkan::fingerprint {

Result<void> CatalogMatcher::load(catalog::Catalog &catalog)
{
    m_index = MatchIndex();
    RAKKAN_TRY(catalog.forEachFingerprint([this](qint64 assetId, qint64 workId, const catalog::StoredFingerprint &f) {
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
        const auto hash = Hash256::fromBytes(f.hash);
        if (!hash)
            continue;
        m_index.add(*hash, MatchIndex::Entry{assetId, workId, m_index.regionId(f.region), f.quality});
    }
}

Result<QList<Match>> CatalogMatcher::match(const QImage &image, int threshold) const
{
    QList<RegionFingerprint> regions;
    QList<std::array<PdqHash, kOrientationCount>> variants;
    const LumaImage full = Pdq::fullLuma(image);
    const QList<Region> parts = Regions::forQuery(image);
    for (const Region &region : parts) {
        const auto all = Pdq::hashAllOrientations(Pdq::referenceLuma(full, region.rect));
        regions << RegionFingerprint{region.key, region.rect, all[0]};
        variants << all;
    }
    // PDQ loses a copy turned by a few degrees; the content turned back by a few likely angles finds it again.
    const QImage content = parts.last().rect == image.rect() ? image : image.copy(parts.last().rect);
    const QImage small =
        content.width() > Pdq::kReferenceSide || content.height() > Pdq::kReferenceSide
            ? content.scaled(Pdq::kReferenceSide, Pdq::kReferenceSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : content;
    for (double angle : {-8.0, -4.0, 4.0, 8.0}) {
        const QImage upright = Regions::derotated(small, angle);
        const auto all = Pdq::hashAllOrientations(Pdq::referenceLuma(upright));
        regions << RegionFingerprint{parts.last().key, parts.last().rect, all[0]};
        variants << all;
    }
    const bool anyUsable = std::any_of(regions.cbegin(), regions.cend(),
                                       [](const RegionFingerprint &r) { return r.pdq.quality >= kMinQuality; });
    if (!anyUsable)
        return makeError(ErrorCode::TooFlat,
                         tr("This picture has too little detail (almost flat, or tiny) to be compared reliably."));
    return matchFingerprints(regions, variants, threshold);
}

QList<Match> CatalogMatcher::matchFingerprints(const QList<RegionFingerprint> &regions,
                                               const QList<std::array<PdqHash, kOrientationCount>> &variants,
                                               int threshold) const
{
    QHash<qint64, Match> best;
    for (qsizetype r = 0; r < regions.size(); ++r) {
        if (regions[r].pdq.quality < kMinQuality)
            continue;
        for (int o = 0; o < kOrientationCount; ++o) {
            for (const MatchIndex::Hit &hit : m_index.query(variants[r][size_t(o)].hash, threshold)) {
                const MatchIndex::Entry &entry = m_index.entryAt(hit.entry);
                auto it = best.find(entry.assetId);
                if (it != best.end() && it->distance <= hit.distance)
                    continue;
                Match m;
                m.workId = entry.workId;
                m.assetId = entry.assetId;
                m.distance = hit.distance;
                m.orientation = Orientation(o);
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

QImage CatalogMatcher::upright(const QImage &copy, Orientation orientation)
{
    // Each case undoes what the orientation names (tests pin every one to QImage's own turns and mirrors).
    switch (orientation) {
    case Orientation::Original:
        return copy;
    case Orientation::Rotate90:
        return copy.transformed(QTransform().rotate(-90));
    case Orientation::Rotate180:
        return copy.transformed(QTransform().rotate(180));
    case Orientation::Rotate270:
        return copy.transformed(QTransform().rotate(90));
    case Orientation::FlipX:
        return copy.mirrored(false, true);
    case Orientation::FlipY:
        return copy.mirrored(true, false);
    case Orientation::FlipPlus1:
        return copy.transformed(QTransform(0, 1, 1, 0, 0, 0));
    case Orientation::FlipMinus1:
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

QString CatalogMatcher::orientationLabel(Orientation orientation)
{
    switch (orientation) {
    case Orientation::Original:
        return tr("same orientation");
    case Orientation::Rotate90:
        return tr("rotated a quarter turn clockwise");
    case Orientation::Rotate180:
        return tr("upside down");
    case Orientation::Rotate270:
        return tr("rotated a quarter turn anticlockwise");
    case Orientation::FlipX:
        return tr("mirrored top to bottom");
    case Orientation::FlipY:
        return tr("mirrored left to right");
    case Orientation::FlipPlus1:
        return tr("mirrored along the diagonal");
    case Orientation::FlipMinus1:
        return tr("mirrored along the other diagonal");
    }
    return {};
}

} // namespace rakkan::fingerprint
