#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rakkan::crypto {

// SHA-256 of the bytes, 32 raw bytes (OpenSSL).
QByteArray sha256(QByteArrayView data);

} // namespace rakkan::crypto
