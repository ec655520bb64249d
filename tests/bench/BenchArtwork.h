#pragma once

#include <QImage>

namespace rakkan::bench {

// Pictures with the texture of real artwork (gradients, shapes, grain), different for every seed.
QImage makeArtwork(QSize size, quint32 seed);

} // namespace rakkan::bench
