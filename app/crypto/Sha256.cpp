#include "crypto/Sha256.h"

#include <openssl/evp.h>

namespace rakkan::crypto {

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    // EVP_Digest cannot fail for SHA-256 short of memory exhaustion; an empty result would then be caught by the
    // catalogue's length check rather than stored.
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()), &length,
                   EVP_sha256(), nullptr) != 1 ||
        length != 32)
        return {};
    return digest;
}

} // namespace rakkan::crypto
