#pragma once

#include <QString>

namespace rakkan::bench {

// "Is this mine?" at studio scale: a generated catalogue of `works` pictures (fingerprints and local features made
// as an import makes them), the matcher's load time and memory, then `queries` suspects answered one by one:
// transformed copies of catalogued works and unrelated pictures, with latency percentiles and recall.
// With `keep`, the catalogue is kept in that folder and reused by the next run with as many works.
int matchAtScale(int works, int queries, const QString &keep);

} // namespace rakkan::bench
