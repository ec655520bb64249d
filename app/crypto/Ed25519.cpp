#include "crypto/Ed25519.h"

#include "crypto/Base58.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <memory>

namespace rakkan::crypto {

namespace {

const QByteArray kPublicPrefix("\xED\x01", 2);
const QByteArray kSecretPrefix("\x80\x26", 2);

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdDeleter>;

const auto *bytesOf(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

Result<Ed25519> Ed25519::generate()
{
    QByteArray seed(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), int(seed.size())) != 1)
        return makeError(ErrorCode::Io, tr("The system could not provide random numbers for a new key."));
    return fromSeed(seed);
}

Result<Ed25519> Ed25519::fromSeed(const QByteArray &seed)
{
    if (seed.size() != 32)
        return makeError(ErrorCode::InvalidArgument, tr("An Ed25519 secret key is 32 bytes."));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(seed), size_t(seed.size())));
    if (!key)
        return makeError(ErrorCode::InvalidArgument, tr("The secret key is not a valid Ed25519 key."));
    QByteArray pub(32, Qt::Uninitialized);
    size_t length = size_t(pub.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pub.data()), &length) != 1 ||
        length != 32)
        return makeError(ErrorCode::InvalidArgument, tr("The secret key is not a valid Ed25519 key."));
    Ed25519 k;
    k.m_seed = seed;
    k.m_public = pub;
    return k;
}

Result<Ed25519> Ed25519::fromMultibaseSecret(const QString &secret)
{
    const auto raw = secret.startsWith(QLatin1Char('z')) ? base58Decode(secret.mid(1)) : std::nullopt;
    if (!raw || !raw->startsWith(kSecretPrefix) || raw->size() != 34)
        return makeError(ErrorCode::InvalidArgument, tr("This is not an Ed25519 secret key in multibase form."));
    return fromSeed(raw->mid(2));
}

QString Ed25519::multibasePublicKey() const
{
    return QLatin1Char('z') + base58Encode(kPublicPrefix + m_public);
}

QString Ed25519::multibaseSecretKey() const
{
    return QLatin1Char('z') + base58Encode(kSecretPrefix + m_seed);
}

Result<QByteArray> Ed25519::publicKeyFromMultibase(const QString &multibase)
{
    const auto raw = multibase.startsWith(QLatin1Char('z')) ? base58Decode(multibase.mid(1)) : std::nullopt;
    if (!raw || !raw->startsWith(kPublicPrefix) || raw->size() != 34)
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not an Ed25519 public key in multibase form (z6Mk...).").arg(multibase));
    return raw->mid(2);
}

Result<QByteArray> Ed25519::sign(const QByteArray &message) const
{
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(m_seed), size_t(m_seed.size())));
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytesOf(message),
                       size_t(message.size())) != 1)
        return makeError(ErrorCode::Io, tr("Signing failed."));
    return signature;
}

Result<bool> Ed25519::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytesOf(publicKey), size_t(publicKey.size())));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return makeError(ErrorCode::InvalidArgument, tr("The public key is not a valid Ed25519 key."));
    return EVP_DigestVerify(ctx.get(), bytesOf(signature), size_t(signature.size()), bytesOf(message),
                            size_t(message.size())) == 1;
}

QByteArray Ed25519::publicKeyPem(const QByteArray &publicKey)
{
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicKey.constData()), publicKey.size());
    QByteArray out;
    BIO *bio = BIO_new(BIO_s_mem());
    if (key && bio && PEM_write_bio_PUBKEY(bio, key) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, int(length));
    }
    BIO_free(bio);
    EVP_PKEY_free(key);
    return out;
}

QByteArray Ed25519::publicKeyFromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
    QByteArray raw(32, Qt::Uninitialized);
    size_t length = 32;
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519 ||
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1 || length != 32)
        raw.clear();
    EVP_PKEY_free(key);
    BIO_free(bio);
    return raw;
}

} // namespace rakkan::crypto
