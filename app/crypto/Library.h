#pragma once

#include <QString>

namespace rakkan::crypto {

// The OpenSSL library in use at run time, e.g. "3.0.15" (for Help > About and bug reports).
QString openSslVersion();

} // namespace rakkan::crypto
