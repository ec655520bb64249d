#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::imaging {

// Reads a picture file whole, read-only, within the limits: import, re-identification and the matcher all take a
// file's bytes this one way, so a file too large or unreadable is refused with the same words everywhere.
class ImageFile
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::ImageFile)

public:
    static Result<QByteArray> read(const QString &path, const DecodeLimits &limits);
};

} // namespace rakkan::imaging
