#pragma once

#include <QString>

namespace rakkan::bench {

// Writes a set of real artwork from Debian packages into OUT/works and OUT/unrelated.
int evalSet(const QString &out, int perKind, int unrelatedPerKind);
// Imports OUT/works, matches every copy of every work and of every unrelated picture, prints the table.
int eval(const QString &folder);
// Writes the `key` copy of an image (matching::Transforms), to look at a miss.
int transform(const QString &in, const QString &key, const QString &out);

} // namespace rakkan::bench
