#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::reservations {

// A copy of a picture for publishing on the web: turned upright, scaled to fit a longest side, optionally with a
// watermark line, encoded as JPEG, PNG or WebP (painting-program files become PNG). The original is only read.
class WebCopy
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::WebCopy)

public:
    struct Options
    {
        int maxSide = 0;   // 0: keep the size
        QString watermark; // empty: none
    };
    struct Encoded
    {
        QByteArray bytes;
        QString suffix; // "jpg", "png", "webp"
    };

    static Result<Encoded> make(const QByteArray &original, const Options &options,
                                const imaging::DecodeLimits &limits = {});
};

} // namespace rakkan::reservations
