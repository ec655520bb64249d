#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// JPEG XL pictures through libjxl, at their full size, matted onto white; the size is checked from the header.
class JxlReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::JxlReader)

public:
    static Result<DecodedImage> read(const QByteArray &bytes, const DecodeLimits &limits);
};

} // namespace rakkan::imaging
