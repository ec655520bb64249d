#pragma once

#include <QSize>

namespace rakkan::bench {

// Content Credentials on one thread: signing a copy (ES256 and Ed25519), reading and validating it, and finding
// that an ordinary JPEG has none, per file, with the bytes a manifest adds.
int credentials(int files, QSize size);

} // namespace rakkan::bench
