#pragma once

#include <QStringList>

namespace rakkan::bench {

// PDQ of real JPEGs on one thread, each file as it is stored and as a progressive copy of the same pixels:
// the exact path (full decode, as Meta's reference hasher reads a file), the matcher's reduced decode, and the
// brightness-only decode (1/8 scale, a progressive file's first scans only), with how far each hash lies from
// the exact one.
int jpegHash(const QStringList &folders, int limit);

} // namespace rakkan::bench
