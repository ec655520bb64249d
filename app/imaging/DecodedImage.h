#pragma once

#include "imaging/ImageFormat.h"

#include <QImage>
#include <QSize>

namespace rakkan::imaging {

struct DecodedImage
{
    ImageFormat format = ImageFormat::Unknown;
    // The picture's own size (the canvas for painting-program files), whatever size `image` was decoded at.
    QSize originalSize;
    // The pixels, possibly decoded smaller than originalSize when the caller asked for a size to fit.
    QImage image;
};

} // namespace rakkan::imaging
