#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"
#include "imaging/JpegLumaReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>

namespace rakkan::imaging {

// Turns the bytes of any importable file into pixels, refusing what is damaged, truncated or too large with an
// error the user understands. Thread-safe: each call is independent.
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::ImageDecoder)

public:
    // fitWithin, when valid, lets a format that can (JPEG) decode at a reduced scale: the result is at least as
    // large as fitWithin in one dimension, or the full image when it is smaller.
    static Result<DecodedImage> decode(const QByteArray &bytes, const DecodeLimits &limits, QSize fitWithin = {});

    // Only the brightness, as small as `size` allows where the format can decode smaller (JPEG through
    // JpegLumaReader, even stopping after a progressive file's first scans); other formats decode as decode()
    // does, in colour, fitting size.minShorterSide. For hashes that look at nothing else (PDQ).
    static Result<DecodedImage> decodeLuma(const QByteArray &bytes, const DecodeLimits &limits, LumaSize size);

    // The Qt image plugins path (JPEG, PNG, GIF, BMP, WebP, TIFF), also used for PNGs found inside other files.
    static Result<DecodedImage> decodeWithQt(const QByteArray &bytes, ImageFormat format, const DecodeLimits &limits,
                                             QSize fitWithin = {});

    static Error tooLarge(QSize size, const DecodeLimits &limits);
    // A picture with transparency as Rakkan keeps every picture: matted onto white, RGB32. Null when there is no
    // memory for it.
    static QImage mattedOnWhite(const QImage &image);
};

} // namespace rakkan::imaging
