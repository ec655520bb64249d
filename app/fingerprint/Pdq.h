#pragma once

#include "fingerprint/Hash256.h"

#include <QImage>

#include <array>
#include <vector>

namespace rakkan::fingerprint {

// The eight symmetries of the square, in the order Meta's PDQ reference lists its dihedral hashes.
enum class Orientation { Original, Rotate90, Rotate180, Rotate270, FlipX, FlipY, FlipPlus1, FlipMinus1 };
constexpr int kOrientationCount = 8;
QString orientationKey(Orientation orientation);

// A greyscale picture as PDQ sees it: row-major float luma.
struct LumaImage
{
    int rows = 0;
    int cols = 0;
    std::vector<float> pixels;
};

struct PdqHash
{
    Hash256 hash;
    int quality = 0; // 0..100; PDQ's advice is to ignore hashes of quality below 50
};

// Meta's PDQ, bit-exact with the C++ reference (facebook/ThreatExchange pdq/cpp) on the same pixels: float luma,
// two Jarosz (tent) passes, 64x64 decimation, a 16x16 DCT without the DC terms, median threshold.
class Pdq
{
public:
    // Below this size (rows or columns) the reference gives an all-zero hash of quality 0.
    static constexpr int kMinHashableSide = 5;
    // The reference resizes anything larger to exactly 512x512 with nearest-neighbour sampling before hashing.
    static constexpr int kReferenceSide = 512;

    // Luma as the reference computes it: images larger than 512 in either side first resized to 512x512 by
    // nearest neighbour; grey images used as they are; colour as 0.299 R + 0.587 G + 0.114 B in float;
    // transparency flattened onto white (the reference cannot hash such images at all).
    static LumaImage referenceLuma(const QImage &image);
    // The same in two steps, so that several regions of one picture share one conversion: float luma at the
    // picture's own size, then a region of it sampled as the reference would sample that region alone.
    static LumaImage fullLuma(const QImage &image);
    static LumaImage referenceLuma(const LumaImage &full, const QRect &region);

    static PdqHash hash(const LumaImage &luma);
    // All eight orientations from one DCT (the image is never rotated); the quality is shared.
    static std::array<PdqHash, kOrientationCount> hashAllOrientations(const LumaImage &luma);
};

} // namespace rakkan::fingerprint
