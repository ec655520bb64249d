#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// Reads the flattened composite that Photoshop stores after the layers of a .psd or .psb (the "image data"
// section): every colour mode, 1/8/16/32 bits, raw or PackBits. Layers themselves are not composited: the
// composite is what the artist saw when saving. Transparency is dropped; Photoshop stores the composite's colours
// already matted onto white, which is also how Rakkan flattens every other format.
class PsdReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::PsdReader)

public:
    static Result<DecodedImage> read(const QByteArray &bytes, const DecodeLimits &limits);
};

} // namespace rakkan::imaging
