#pragma once

#include "reservations/ReservationPolicy.h"
#include "reservations/Verdict.h"

namespace rakkan::reservations {

// Spawning's ai.txt at the site root: robots.txt grammar, read when media is downloaded for datasets. Written in
// the shape of Spawning's own generator: one Disallow per image type, then the global line.
class AiTxt
{
public:
    static const QStringList &imageExtensions();
    static QByteArray write(const ReservationPolicy &policy);
    // Whether the file lets a dataset builder take an image (`samplePath`, e.g. /art/page.png).
    static Finding judge(const QByteArray &bytes, const QString &samplePath, const QString &source);
};

} // namespace rakkan::reservations
