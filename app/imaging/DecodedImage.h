#pragma once

#include "imaging/ImageFormat.h"

#include <QImage>
#include <QImageIOHandler>
#include <QSize>

namespace rakkan::imaging {

struct DecodedImage
{
    ImageFormat format = ImageFormat::Unknown;
    // The picture's own size (the canvas for painting-program files), whatever size `image` was decoded at.
    QSize originalSize;
    // The pixels, possibly decoded smaller than originalSize when the caller asked for a size to fit.
    QImage image;
    // The EXIF orientation the file asks for, not applied to `image` (fingerprints see the stored pixels; ISCC
    // applies it, as its reference tools do).
    QImageIOHandler::Transformations orientation = QImageIOHandler::TransformationNone;
};

} // namespace rakkan::imaging
