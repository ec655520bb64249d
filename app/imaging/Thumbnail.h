#pragma once

#include <QByteArray>
#include <QImage>

namespace rakkan::imaging {

// Longest side of stored thumbnails: sharp in a 160-pixel grid cell on a 2x display.
constexpr int kThumbnailSide = 320;

// A JPEG thumbnail of the picture, transparency flattened onto white.
QByteArray makeThumbnailJpeg(const QImage &image, int maxSide = kThumbnailSide);

} // namespace rakkan::imaging
