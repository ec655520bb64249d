#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// HEIC and AVIF pictures (iPhone and iPad photos and exports, browsers' AVIF), through libheif: the primary
// image, turned and mirrored as the file says, matted onto white. The size is checked before anything is decoded.
class HeifReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::HeifReader)

public:
    static Result<DecodedImage> read(const QByteArray &bytes, ImageFormat format, const DecodeLimits &limits);
};

} // namespace rakkan::imaging
