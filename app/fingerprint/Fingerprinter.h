#pragma once

#include "fingerprint/Pdq.h"
#include "fingerprint/Regions.h"

#include <QImage>
#include <QList>

namespace rakkan::fingerprint {

struct RegionFingerprint
{
    QString region;
    QRect rect;
    PdqHash pdq;
};

// Fingerprints a decoded picture region by region (see Regions). Decoding at least kDecodeSize is enough:
// PDQ itself never looks at more than 512 x 512 pixels.
class Fingerprinter
{
public:
    static constexpr QSize kDecodeSize{Pdq::kReferenceSide, Pdq::kReferenceSide};

    static QList<RegionFingerprint> forCatalogue(const QImage &image);
    // A picture far larger than PDQ reads, area-averaged down to at least kDecodeSize a side (what the JPEG fast
    // path decodes directly); smaller pictures come back as they are. Distance to the exact hash: PERFORMANCE.md.
    static QImage reducedForHashing(const QImage &image);
    static QList<RegionFingerprint> forQuery(const QImage &image);

private:
    static QList<RegionFingerprint> hashRegions(const QImage &image, const QList<Region> &regions);
};

} // namespace rakkan::fingerprint
