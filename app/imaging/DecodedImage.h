#pragma once

#include "imaging/ImageFormat.h"

#include <QImage>
#include <QImageIOHandler>
#include <QSize>
#include <QStringList>

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
    // What the user should know about how the picture was made, in their language: "drawn from the layers", what
    // could not be drawn. Empty for a picture read as stored.
    QStringList notes;
};

} // namespace rakkan::imaging
