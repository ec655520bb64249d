#include "credentials/Cose.h"

#include "credentials/CborSpans.h"

#include <QCborArray>
#include <QCborStreamWriter>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace rakkan::credentials {
namespace {

using Pkey = std::shared_ptr<EVP_PKEY>;

Pkey wrap(EVP_PKEY *key)
{
    return Pkey(key, EVP_PKEY_free);
}

const EVP_MD *digestFor(int algorithm)
{
    switch (algorithm) {
    case cose::ES256:
    case cose::PS256:
        return EVP_sha256();
    case cose::ES384:
    case cose::PS384:
        return EVP_sha384();
    case cose::ES512:
    case cose::PS512:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

bool isEcdsa(int algorithm)
{
    return algorithm == cose::ES256 || algorithm == cose::ES384 || algorithm == cose::ES512;
}

bool isPss(int algorithm)
{
    return algorithm == cose::PS256 || algorithm == cose::PS384 || algorithm == cose::PS512;
}

// The byte width of r and s for the key's curve; 0 when the key is not on a curve C2PA allows.
int ecWidth(EVP_PKEY *key)
{
    char curve[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, &length) != 1)
        return 0;
    const QByteArray name(curve);
    if (name == "prime256v1" || name == "P-256")
        return 32;
    if (name == "secp384r1" || name == "P-384")
        return 48;
    if (name == "secp521r1" || name == "P-521")
        return 66;
    return 0;
}

bool keyFits(EVP_PKEY *key, int algorithm)
{
    const int type = EVP_PKEY_get_base_id(key);
    if (isEcdsa(algorithm))
        return type == EVP_PKEY_EC && ecWidth(key) > 0;
    if (isPss(algorithm))
        return (type == EVP_PKEY_RSA || type == EVP_PKEY_RSA_PSS) && EVP_PKEY_get_bits(key) >= 2048;
    if (algorithm == cose::EdDSA)
        return type == EVP_PKEY_ED25519;
    return false;
}

std::optional<int> algorithmForKey(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC:
        switch (ecWidth(key)) {
        case 32:
            return cose::ES256;
        case 48:
            return cose::ES384;
        case 66:
            return cose::ES512;
        default:
            return std::nullopt;
        }
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        if (EVP_PKEY_get_bits(key) < 2048)
            return std::nullopt;
        return cose::PS256;
    case EVP_PKEY_ED25519:
        return cose::EdDSA;
    default:
        return std::nullopt;
    }
}

bool setUpPss(EVP_PKEY_CTX *ctx, int algorithm)
{
    if (!isPss(algorithm))
        return true;
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, digestFor(algorithm)) > 0 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) > 0;
}

// COSE keeps ECDSA signatures as r‖s at a fixed width; OpenSSL speaks DER.
QByteArray rawToDer(QByteArrayView raw)
{
    const int half = int(raw.size() / 2);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.data()), half, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.data()) + half, half, nullptr);
    QByteArray der;
    if (sig && r && s && ECDSA_SIG_set0(sig, r, s) == 1) {
        r = s = nullptr; // owned by sig now
        unsigned char *out = nullptr;
        const int length = i2d_ECDSA_SIG(sig, &out);
        if (length > 0)
            der = QByteArray(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
    }
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return der;
}

QByteArray derToRaw(QByteArrayView der, int width)
{
    const unsigned char *in = reinterpret_cast<const unsigned char *>(der.data());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &in, long(der.size()));
    if (!sig)
        return {};
    QByteArray raw(2 * width, '\0');
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    const bool ok = BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), width) == width &&
                    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + width, width) == width;
    ECDSA_SIG_free(sig);
    return ok ? raw : QByteArray();
}

QList<QByteArray> chainFrom(const QCborValue &value)
{
    if (value.isByteArray())
        return {value.toByteArray()};
    // Anything but certificates in the chain makes it no chain at all, rather than a shorter one.
    QList<QByteArray> chain;
    if (value.isArray())
        for (const QCborValue &item : value.toArray()) {
            if (!item.isByteArray())
                return {};
            chain.append(item.toByteArray());
        }
    return chain;
}

} // namespace

QString coseAlgorithmName(int algorithm)
{
    switch (algorithm) {
    case cose::ES256:
        return QStringLiteral("ES256");
    case cose::ES384:
        return QStringLiteral("ES384");
    case cose::ES512:
        return QStringLiteral("ES512");
    case cose::PS256:
        return QStringLiteral("PS256");
    case cose::PS384:
        return QStringLiteral("PS384");
    case cose::PS512:
        return QStringLiteral("PS512");
    case cose::EdDSA:
        return QStringLiteral("Ed25519");
    default:
        return {};
    }
}

Result<SigningKey> SigningKey::fromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    // No passphrase: OpenSSL's default would ask for one on the terminal, behind the user's back.
    auto noPassphrase = [](char *, int, int, void *) { return 0; };
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, noPassphrase, nullptr) : nullptr;
    BIO_free(bio);
    if (!key)
        return makeError(ErrorCode::Corrupt, tr("The file does not hold a private key in PEM form, or the key is "
                                                "encrypted (save it without a passphrase first)."));
    SigningKey result;
    result.m_key = wrap(key);
    const auto algorithm = algorithmForKey(key);
    if (!algorithm)
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("Content Credentials are signed with P-256, P-384, P-521, RSA (2048 bits or more) or "
                            "Ed25519 keys; this key is none of them."));
    result.m_algorithm = *algorithm;
    return result;
}

Result<SigningKey> SigningKey::fromEd25519Seed(const QByteArray &seed)
{
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(seed.constData()), size_t(seed.size()));
    if (!key)
        return makeError(ErrorCode::InvalidArgument, tr("The Ed25519 key is not 32 bytes."));
    SigningKey result;
    result.m_key = wrap(key);
    result.m_algorithm = cose::EdDSA;
    return result;
}

Result<SigningKey> SigningKey::generateP256()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key)
        return makeError(ErrorCode::Io, tr("A new P-256 key could not be made."));
    SigningKey result;
    result.m_key = wrap(key);
    result.m_algorithm = cose::ES256;
    return result;
}

QByteArray SigningKey::privateKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(length));
    }
    BIO_free(bio);
    return pem;
}

std::optional<CoseSign1> parseCoseSign1(QByteArrayView cbor)
{
    const auto value = decodeCbor(cbor);
    if (!value || !value->isTag() || value->tag() != QCborKnownTags(18))
        return std::nullopt;
    const QCborValue body = value->taggedValue();
    if (!body.isArray())
        return std::nullopt;
    const QCborArray parts = body.toArray();
    // The payload is detached: nil, never a byte string a validator might verify instead of the claim.
    if (parts.size() != 4 || !parts[0].isByteArray() || !parts[1].isMap() || !parts[2].isNull() ||
        !parts[3].isByteArray())
        return std::nullopt;
    CoseSign1 sign1;
    sign1.protectedBytes = parts[0].toByteArray();
    if (!sign1.protectedBytes.isEmpty()) {
        const auto header = decodeCbor(sign1.protectedBytes);
        if (!header || !header->isMap())
            return std::nullopt;
        sign1.protectedHeader = header->toMap();
    }
    sign1.unprotectedHeader = parts[1].toMap();
    sign1.signature = parts[3].toByteArray();
    const QCborValue alg = sign1.protectedHeader.value(1);
    // Compared as it is: 4294967289 is not -7 cut to an int.
    if (alg.isInteger() && alg.toInteger() >= -65536 && alg.toInteger() <= 65536)
        sign1.algorithm = int(alg.toInteger());
    // Label 33 wins over the older "x5chain" text label; the same credential in both buckets is two credentials.
    auto chainIn = [](const QCborMap &header) {
        const QCborValue byNumber = header.value(33);
        return byNumber.isUndefined() ? header.value(QStringLiteral("x5chain")) : byNumber;
    };
    const QCborValue inProtected = chainIn(sign1.protectedHeader);
    const QCborValue inUnprotected = chainIn(sign1.unprotectedHeader);
    sign1.credentialAmbiguous = !inProtected.isUndefined() && !inUnprotected.isUndefined();
    sign1.x5chain = chainFrom(inProtected.isUndefined() ? inUnprotected : inProtected);
    return sign1;
}

namespace {

// [context, protected, h'' (no external data), payload]: the structures COSE signs (RFC 9052 §4.4, RFC 9338).
QByteArray toBeSigned(QLatin1String context, QByteArrayView protectedBytes, QByteArrayView payload)
{
    QByteArray out;
    QCborStreamWriter writer(&out);
    writer.startArray(4);
    writer.append(context);
    writer.appendByteString(protectedBytes.data(), protectedBytes.size());
    writer.appendByteString("", 0);
    writer.appendByteString(payload.data(), payload.size());
    writer.endArray();
    return out;
}

} // namespace

QByteArray coseSigStructure(QByteArrayView protectedBytes, QByteArrayView payload)
{
    return toBeSigned(QLatin1String("Signature1"), protectedBytes, payload);
}

QByteArray coseCounterSignatureData(QByteArrayView protectedBytes, QByteArrayView signature)
{
    // v2 stamps the signature as its CBOR byte string, wrapped once more as the payload.
    QByteArray wrappedSignature;
    QCborStreamWriter inner(&wrappedSignature);
    inner.appendByteString(signature.data(), signature.size());
    return toBeSigned(QLatin1String("CounterSignature"), protectedBytes, wrappedSignature);
}

QByteArray coseCounterSignatureDataV1(QByteArrayView protectedBytes, QByteArrayView claim)
{
    return toBeSigned(QLatin1String("CounterSignature"), protectedBytes, claim);
}

SignatureCheck verifyCoseSignature(EVP_PKEY *publicKey, int algorithm, QByteArrayView toBeSigned,
                                   QByteArrayView signature)
{
    if (coseAlgorithmName(algorithm).isEmpty())
        return SignatureCheck::UnsupportedAlgorithm;
    if (!publicKey || !keyFits(publicKey, algorithm))
        return SignatureCheck::KeyNotForAlgorithm;
    QByteArray sig = signature.toByteArray();
    if (isEcdsa(algorithm)) {
        if (signature.size() != 2 * ecWidth(publicKey))
            return SignatureCheck::Mismatch;
        sig = rawToDer(signature);
        if (sig.isEmpty())
            return SignatureCheck::Mismatch;
    }
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    bool valid =
        ctx && EVP_DigestVerifyInit(ctx, &pctx, digestFor(algorithm), nullptr, publicKey) == 1 &&
        setUpPss(pctx, algorithm) &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                         reinterpret_cast<const unsigned char *>(toBeSigned.data()), size_t(toBeSigned.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return valid ? SignatureCheck::Valid : SignatureCheck::Mismatch;
}

Result<QByteArray> signCose(const SigningKey &key, QByteArrayView toBeSigned)
{
    const int algorithm = key.algorithm();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    size_t length = 0;
    QByteArray sig;
    bool ok = ctx && EVP_DigestSignInit(ctx, &pctx, digestFor(algorithm), nullptr, key.get()) == 1 &&
              setUpPss(pctx, algorithm) &&
              EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(toBeSigned.data()),
                             size_t(toBeSigned.size())) == 1;
    if (ok) {
        sig.resize(qsizetype(length));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &length,
                            reinterpret_cast<const unsigned char *>(toBeSigned.data()), size_t(toBeSigned.size())) == 1;
        sig.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    if (ok && isEcdsa(algorithm))
        sig = derToRaw(sig, ecWidth(key.get()));
    if (!ok || sig.isEmpty())
        return makeError(ErrorCode::Io, SigningKey::tr("The claim could not be signed."));
    return sig;
}

QByteArray encodeCoseSign1(const QByteArray &protectedBytes, const QCborMap &unprotectedHeader,
                           const QByteArray &signature)
{
    QCborArray parts{protectedBytes, unprotectedHeader, QCborValue(nullptr), signature};
    return QCborValue(QCborKnownTags(18), parts).toCbor();
}

} // namespace rakkan::credentials
