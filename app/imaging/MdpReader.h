#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// MediBang Paint and FireAlpaca files (.mdp): an "mdipack" header, an XML description of the canvas and its
// layers, then named binary blocks ("PAC "), one of which is the preview the program keeps of the whole canvas
// (BGRA, often zlib-compressed). Rakkan reads that preview, and the picture says so; the layers, kept as tiles,
// are not drawn.
class MdpReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::MdpReader)

public:
    static Result<DecodedImage> read(const QByteArray &bytes, const DecodeLimits &limits);
};

} // namespace rakkan::imaging
