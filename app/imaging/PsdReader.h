#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// Reads the flattened composite that Photoshop stores after the layers of a .psd or .psb (the "image data"
// section): every colour mode, 1/8/16/32 bits, raw or PackBits, with spot-colour inks printed over it. The
// composite is what the artist saw when saving. Transparency is dropped; Photoshop stores the composite's colours
// already matted onto white, which is also how Rakkan flattens every other format. A file saved without a
// flattened image ("Maximize Compatibility" off) is drawn from its layers (PsdCompositor), and the decoded
// image's notes say so and name what could not be drawn.
class PsdReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::PsdReader)

public:
    static Result<DecodedImage> read(const QByteArray &bytes, const DecodeLimits &limits);
    // Always from the layers, even when a flattened image exists: how the tests compare Rakkan's drawing of the
    // layers with Photoshop's own.
    static Result<DecodedImage> composeLayers(const QByteArray &bytes, const DecodeLimits &limits);

private:
    static Result<DecodedImage> decode(const QByteArray &bytes, const DecodeLimits &limits, bool fromLayers);
};

} // namespace rakkan::imaging
