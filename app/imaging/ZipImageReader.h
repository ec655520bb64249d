#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// Krita (.kra) and OpenRaster (.ora) files are zips that carry the flattened picture as "mergedimage.png". The
// entry is read with a ceiling on its inflated size, so a zip bomb is refused, not expanded.
class ZipImageReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::ZipImageReader)

public:
    static Result<DecodedImage> read(const QByteArray &bytes, ImageFormat format, const DecodeLimits &limits);
    // A zip that is a painting program's file although its first entry does not say so (Procreate may write its
    // entries in any order): decided from the zip's directory. Unknown for any other zip.
    static ImageFormat identify(const QByteArray &bytes);
};

} // namespace rakkan::imaging
