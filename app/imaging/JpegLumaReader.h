#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// Reads only the brightness of a JPEG, as small as the caller can use it, straight through libjpeg-turbo: the
// DCT scale is the smallest (1/8, 1/4, 1/2, 1/1) that keeps the pixels asked for, no colour is converted, and a
// progressive file whose first scans already hold every block's average (its DC coefficients) is read no further
// than those scans. That is all a PDQ hash needs, and for a progressive JPEG it skips almost the whole file
// (distance to the exact hash: docs/PERFORMANCE.md).
//
// Gives an error with code UnsupportedFormat for JPEGs it does not read (stored as RGB or CMYK, arithmetic
// coding): ImageDecoder::decodeLuma then uses the full decoder. Thread-safe: each call is independent.
// How small a brightness-only decode may come back.
struct LumaSize
{
    // The DCT scale chosen keeps at least this many pixels on the shorter side (or the whole picture).
    int minShorterSide = 256;
    // A progressive file is read from its first scans alone, at 1/8 scale, when that still leaves this many
    // pixels: a smaller picture than minShorterSide is accepted there, because it skips most of the file and the
    // passes over the whole picture that every later scan costs.
    int firstScansMinShorterSide = 256;
};

class JpegLumaReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::JpegLumaReader)

public:
    // The picture comes back as Format_Grayscale8 in DecodedImage::image; originalSize is the stored size and
    // orientation the EXIF orientation, as ImageDecoder reports them.
    static Result<DecodedImage> read(const QByteArray &bytes, const DecodeLimits &limits, LumaSize size);

    // A progressive file with more scans than this is refused: a few dozen is normal, and each scan can cost a
    // pass over the whole picture (a known way to make decoders spin).
    static constexpr int kMaxScans = 1000;
    // Working memory libjpeg may take (a progressive file keeps every coefficient: 2 bytes a pixel a channel).
    static constexpr long kMaxWorkingBytes = 1L << 30;
};

} // namespace rakkan::imaging
