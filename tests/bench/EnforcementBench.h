#pragma once

#include <QtGlobal>

namespace rakkan::bench {

// Enforcement's bulk work on one thread: auditing a generated access log (plain and gzip) of `megabytes` MB,
// finding the pictures of a large HTML page, and sealing and verifying an evidence bag of `files` pictures.
int enforcement(int megabytes, int files);

} // namespace rakkan::bench
