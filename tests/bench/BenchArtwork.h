#pragma once

#include <QImage>

namespace rakkan::bench {

// Pictures with the texture of real artwork (gradients, shapes, grain), different for every seed.
QImage makeArtwork(QSize size, quint32 seed);

// The picture as a JPEG at quality 90, baseline or progressive.
QByteArray jpegBytes(const QImage &image, bool progressive = false);

} // namespace rakkan::bench
