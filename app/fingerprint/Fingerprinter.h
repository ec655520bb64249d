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
    // For a bare PDQ hash: PDQ filters the picture down to 64 x 64 before its DCT, so a JPEG decoded at 1/8 scale
    // (each block its average) keeps its hash close while this many pixels remain on the shorter side (measured
    // against the exact hash: docs/PERFORMANCE.md).
    static constexpr int kPdqOnlyShorterSide = 256;
    // A progressive JPEG read from its DC scans alone gives 1/8 of its size; accepted down to this side, where the
    // hash drifts further (measured in docs/PERFORMANCE.md) but the file is read about ten times faster.
    static constexpr int kPdqOnlyFirstScansShorterSide = 128;

    static QList<RegionFingerprint> forCatalogue(const QImage &image);
    // A picture far larger than PDQ reads, area-averaged down to at least kDecodeSize a side (what the JPEG fast
    // path decodes directly); smaller pictures come back as they are. Distance to the exact hash: PERFORMANCE.md.
    static QImage reducedForHashing(const QImage &image);
    static QList<RegionFingerprint> forQuery(const QImage &image);

private:
    static QList<RegionFingerprint> hashRegions(const QImage &image, const QList<Region> &regions);
};

} // namespace rakkan::fingerprint
