#pragma once

#include <QSize>
#include <QtGlobal>

namespace rakkan::imaging {

// Ceilings checked against what a file declares, before any large allocation: a 200-byte PNG that claims
// 100000x100000 pixels is refused from its header, not by running out of memory.
struct DecodeLimits
{
    qint64 maxFileBytes = qint64(4) << 30;     // 4 GiB: a layered PSB of a double-page spread fits
    qint64 maxPixels = 400'000'000;            // a 20000x20000 canvas; real manga pages are 10-60 MP
    int maxSide = 100'000;                     // PSB allows up to 300000; nobody draws that
    qint64 maxEmbeddedBytes = qint64(1) << 30; // one entry inside a .kra/.ora zip or a .clip file

    bool pixelsAllowed(QSize size) const
    {
        return size.width() > 0 && size.height() > 0 && size.width() <= maxSide && size.height() <= maxSide &&
               qint64(size.width()) * size.height() <= maxPixels;
    }
};

} // namespace rakkan::imaging
