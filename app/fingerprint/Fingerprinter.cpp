#include "fingerprint/Fingerprinter.h"

namespace rakkan::fingerprint {

QList<RegionFingerprint> Fingerprinter::hashRegions(const QImage &image, const QList<Region> &regions)
{
    QList<RegionFingerprint> out;
    out.reserve(regions.size());
    const LumaImage full = Pdq::fullLuma(image);
    for (const Region &region : regions)
        out << RegionFingerprint{region.key, region.rect, Pdq::hash(Pdq::referenceLuma(full, region.rect))};
    return out;
}

QList<RegionFingerprint> Fingerprinter::forCatalogue(const QImage &image)
{
    if (image.isNull())
        return {};
    return hashRegions(image, Regions::forCatalogue(image));
}

QImage Fingerprinter::reducedForHashing(const QImage &image)
{
    if (image.width() < 2 * kDecodeSize.width() || image.height() < 2 * kDecodeSize.height())
        return image;
    return image.scaled(image.size().scaled(kDecodeSize, Qt::KeepAspectRatioByExpanding), Qt::IgnoreAspectRatio,
                        Qt::SmoothTransformation);
}

QList<RegionFingerprint> Fingerprinter::forQuery(const QImage &image)
{
    if (image.isNull())
        return {};
    return hashRegions(image, Regions::forQuery(image));
}

} // namespace rakkan::fingerprint
