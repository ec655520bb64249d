#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QString>

namespace rakkan::matching {

// Decodes a file for fingerprinting. Fast: JPEGs decode at a reduced DCT scale, at least 512 px a side, which is
// all PDQ uses (documented distance to Exact in docs/PERFORMANCE.md). Exact: the full stored pixels, as Meta's
// reference reads them, for hashes that must be bit-identical with it. PdqOnly: the brightness alone, as small
// as a PDQ hash stays close at (for a progressive JPEG only its first scans); for callers that compute one PDQ
// hash and nothing else (no local features, no preview).
enum class DecodeMode { Fast, Exact, PdqOnly };

Result<imaging::DecodedImage> decodeForFingerprint(const QString &path, const imaging::DecodeLimits &limits,
                                                   DecodeMode mode);

} // namespace rakkan::matching
