#include "crypto/Library.h"

#include <openssl/crypto.h>

namespace rakkan::crypto {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
}

} // namespace rakkan::crypto
