#pragma once

#include <QString>

namespace rakkan::crypto {

// The OpenSSL library in use at run time, e.g. "OpenSSL 3.0.15 3 Sep 2024" (for Help > About and bug reports).
QString openSslVersion();

} // namespace rakkan::crypto
