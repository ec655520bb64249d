#include "credentials/SigningCertificate.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace rakkan::credentials {
namespace {

std::shared_ptr<X509> wrap(X509 *cert)
{
    return std::shared_ptr<X509>(cert, X509_free);
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

// The extended key usages common C2PA validators accept for a claim signer.
const char *const AllowedSignerEkus[] = {
    "1.3.6.1.5.5.7.3.4",         // emailProtection
    "1.3.6.1.5.5.7.3.36",        // documentSigning
    "1.3.6.1.5.5.7.3.8",         // timeStamping
    "1.3.6.1.5.5.7.3.9",         // OCSPSigning
    "1.3.6.1.4.1.311.76.59.1.9", // Microsoft C2PA signing
    "1.3.6.1.4.1.62558.2.1",     // c2pa-kp-claimSigning
};

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

X509_NAME *makeName(const QString &commonName)
{
    X509_NAME *name = X509_NAME_new();
    const QByteArray cn = commonName.left(64).toUtf8();
    if (name &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0) == 1)
        return name;
    X509_NAME_free(name);
    return nullptr;
}

// A v3 certificate with a random positive serial, the validity, subject, issuer and key; no extensions yet.
X509 *startCertificate(const QString &subject, const X509_NAME *issuer, evp_pkey_st *key, const QDateTime &from,
                       int years)
{
    X509 *cert = X509_new();
    X509_NAME *subjectName = makeName(subject);
    unsigned char serial[16];
    bool ok = cert && subjectName && RAND_bytes(serial, sizeof serial) == 1;
    if (ok) {
        serial[0] &= 0x7f;
        BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
        ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) && X509_set_version(cert, 2) == 1 &&
             ASN1_TIME_set(X509_getm_notBefore(cert), time_t(from.toSecsSinceEpoch())) &&
             ASN1_TIME_set(X509_getm_notAfter(cert), time_t(from.addYears(years).toSecsSinceEpoch())) &&
             X509_set_subject_name(cert, subjectName) == 1 &&
             X509_set_issuer_name(cert, issuer ? issuer : subjectName) == 1 && X509_set_pubkey(cert, key) == 1;
        BN_free(bn);
    }
    X509_NAME_free(subjectName);
    if (!ok) {
        X509_free(cert);
        return nullptr;
    }
    return cert;
}

const EVP_MD *certificateDigest(const SigningKey &key)
{
    return key.algorithm() == cose::EdDSA ? nullptr : EVP_sha256();
}

// A certificate just made, as a Certificate; `cert` is freed.
Result<Certificate> takeCertificate(X509 *cert)
{
    unsigned char *out = nullptr;
    const int length = i2d_X509(cert, &out);
    QByteArray der(reinterpret_cast<const char *>(out), qMax(length, 0));
    OPENSSL_free(out);
    X509_free(cert);
    return Certificate::fromDer(der);
}

} // namespace

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    const unsigned char *in = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &in, long(der.size()));
    if (!cert || in != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        X509_free(cert);
        return makeError(ErrorCode::Corrupt, tr("A certificate in the credential is damaged."));
    }
    Certificate result;
    result.m_cert = wrap(cert);
    return result;
}

Result<QList<Certificate>> Certificate::listFromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    QList<Certificate> list;
    while (bio) {
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        if (!cert)
            break;
        Certificate c;
        c.m_cert = wrap(cert);
        list.append(c);
    }
    BIO_free(bio);
    if (list.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("The file holds no certificate in PEM form."));
    return list;
}

QByteArray Certificate::der() const
{
    unsigned char *out = nullptr;
    const int length = i2d_X509(m_cert.get(), &out);
    QByteArray der;
    if (length > 0)
        der = QByteArray(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

QByteArray Certificate::pem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_X509(bio, m_cert.get()) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(length));
    }
    BIO_free(bio);
    return pem;
}

QString Certificate::subjectName() const
{
    const X509_NAME *name = X509_get_subject_name(m_cert.get());
    const QString cn = nameEntry(name, NID_commonName);
    return cn.isEmpty() ? nameEntry(name, NID_organizationName) : cn;
}

QString Certificate::subjectOrganization() const
{
    return nameEntry(X509_get_subject_name(m_cert.get()), NID_organizationName);
}

QString Certificate::issuerName() const
{
    const X509_NAME *name = X509_get_issuer_name(m_cert.get());
    const QString cn = nameEntry(name, NID_commonName);
    return cn.isEmpty() ? nameEntry(name, NID_organizationName) : cn;
}

QDateTime Certificate::notBefore() const
{
    return fromAsn1(X509_get0_notBefore(m_cert.get()));
}

QDateTime Certificate::notAfter() const
{
    return fromAsn1(X509_get0_notAfter(m_cert.get()));
}

bool Certificate::isSelfIssued() const
{
    return X509_check_issued(m_cert.get(), m_cert.get()) == X509_V_OK;
}

evp_pkey_st *Certificate::publicKey() const
{
    return X509_get0_pubkey(m_cert.get());
}

QStringList Certificate::signerProfileProblems() const
{
    X509 *cert = m_cert.get();
    QStringList problems;
    if (X509_get_version(cert) != 2)
        problems << QStringLiteral("not an X.509 version 3 certificate");
    const uint32_t flags = X509_get_extension_flags(cert);
    if (flags & EXFLAG_CRITICAL)
        problems << QStringLiteral("an unknown critical extension");
    if ((flags & EXFLAG_BCONS) && (flags & EXFLAG_CA))
        problems << QStringLiteral("a certificate authority, not an end entity");
    if (!(flags & EXFLAG_KUSAGE))
        problems << QStringLiteral("no key usage");
    else if (!(X509_get_key_usage(cert) & KU_DIGITAL_SIGNATURE))
        problems << QStringLiteral("key usage without digitalSignature");
    else if (X509_get_key_usage(cert) & KU_KEY_CERT_SIGN)
        problems << QStringLiteral("key usage with keyCertSign");
    if (!(flags & EXFLAG_XKUSAGE)) {
        problems << QStringLiteral("no extended key usage");
    } else {
        auto *ekus = static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
        bool allowed = false;
        bool any = false;
        for (int i = 0; ekus && i < sk_ASN1_OBJECT_num(ekus); ++i) {
            char oid[80] = {};
            OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(ekus, i), 1);
            any = any || QByteArray(oid) == "2.5.29.37.0";
            for (const char *allowedOid : AllowedSignerEkus)
                allowed = allowed || QByteArray(oid) == allowedOid;
        }
        sk_ASN1_OBJECT_pop_free(ekus, ASN1_OBJECT_free);
        if (any)
            problems << QStringLiteral("anyExtendedKeyUsage");
        else if (!allowed)
            problems << QStringLiteral("no extended key usage allowed for claim signing");
    }
    if (!X509_get0_authority_key_id(cert))
        problems << QStringLiteral("no authority key identifier");
    EVP_PKEY *key = X509_get0_pubkey(cert);
    const int keyType = key ? EVP_PKEY_get_base_id(key) : 0;
    const bool keyAllowed =
        (keyType == EVP_PKEY_EC && EVP_PKEY_get_bits(key) >= 256) ||
        ((keyType == EVP_PKEY_RSA || keyType == EVP_PKEY_RSA_PSS) && EVP_PKEY_get_bits(key) >= 2048) ||
        keyType == EVP_PKEY_ED25519;
    if (!keyAllowed)
        problems << QStringLiteral("a key type or size C2PA does not allow");
    switch (X509_get_signature_nid(cert)) {
    case NID_ecdsa_with_SHA256:
    case NID_ecdsa_with_SHA384:
    case NID_ecdsa_with_SHA512:
    case NID_sha256WithRSAEncryption:
    case NID_sha384WithRSAEncryption:
    case NID_sha512WithRSAEncryption:
    case NID_rsassaPss:
    case NID_ED25519:
        break;
    default:
        problems << QStringLiteral("a certificate signature algorithm C2PA does not allow");
    }
    return problems;
}

Result<TrustAnchors> TrustAnchors::fromPemFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Certificate::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Trust anchor files are a few certificates; a bound keeps a wrong path (a disk image, ...) from filling memory.
    if (file.size() > 16 * 1024 * 1024)
        return makeError(ErrorCode::TooLarge,
                         Certificate::tr("%1 is too large to be a list of certificates.").arg(path));
    RAKKAN_TRY(QList<Certificate> certificates, Certificate::listFromPem(file.readAll()));
    return TrustAnchors{certificates};
}

ChainTrust checkChain(const Certificate &leaf, const QList<Certificate> &intermediates, const TrustAnchors &anchors,
                      const QDateTime &when)
{
    if (anchors.certificates.isEmpty())
        return ChainTrust::Untrusted;
    X509_STORE *store = X509_STORE_new();
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    bool trusted = false;
    if (store && untrusted && ctx) {
        for (const Certificate &anchor : anchors.certificates)
            X509_STORE_add_cert(store, anchor.get());
        for (const Certificate &c : intermediates)
            sk_X509_push(untrusted, c.get());
        if (X509_STORE_CTX_init(ctx, store, leaf.get(), untrusted) == 1) {
            X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
            // A user may trust one artist's certificate itself, not only a root (C2PA 2.2 §14.4.3).
            X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
            X509_VERIFY_PARAM_set_time(param, time_t(when.toSecsSinceEpoch()));
            trusted = X509_verify_cert(ctx) == 1;
        }
    }
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted); // the certificates belong to their Certificate objects
    X509_STORE_free(store);
    return trusted ? ChainTrust::Trusted : ChainTrust::Untrusted;
}

Result<Certificate> LocalAuthority::makeRoot(const SigningKey &rootKey, const QString &name, const QDateTime &from,
                                             int years)
{
    X509 *cert = startCertificate(name, nullptr, rootKey.get(), from, years);
    X509V3_CTX ctx;
    bool ok = cert != nullptr;
    if (ok) {
        X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
        ok = addExtension(cert, &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(cert, &ctx, NID_key_usage, "critical,keyCertSign,cRLSign") &&
             addExtension(cert, &ctx, NID_subject_key_identifier, "hash") &&
             X509_sign(cert, rootKey.get(), certificateDigest(rootKey)) > 0;
    }
    if (!ok) {
        X509_free(cert);
        return makeError(ErrorCode::Io, tr("The certificate authority could not be made."));
    }
    return takeCertificate(cert);
}

Result<Certificate> LocalAuthority::issueSigner(const Certificate &root, const SigningKey &rootKey,
                                                const SigningKey &signerKey, const QString &name, const QDateTime &from,
                                                int years)
{
    X509 *cert = startCertificate(name, X509_get_subject_name(root.get()), signerKey.get(), from, years);
    X509V3_CTX ctx;
    bool ok = cert != nullptr;
    if (ok) {
        X509V3_set_ctx(&ctx, root.get(), cert, nullptr, nullptr, 0);
        // claimSigning for C2PA 2.x validators, documentSigning for the CAWG trust model, and emailProtection
        // because the reference implementation as shipped (c2pa-rs in @contentauth/c2pa-wasm 0.13.3) accepts
        // neither of the first two alone and calls the certificate invalid (tst_c2pa_oracle).
        ok = addExtension(cert, &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert, &ctx, NID_key_usage, "critical,digitalSignature") &&
             addExtension(cert, &ctx, NID_ext_key_usage, "1.3.6.1.4.1.62558.2.1,1.3.6.1.5.5.7.3.36,emailProtection") &&
             addExtension(cert, &ctx, NID_subject_key_identifier, "hash") &&
             addExtension(cert, &ctx, NID_authority_key_identifier, "keyid:always") &&
             X509_sign(cert, rootKey.get(), certificateDigest(rootKey)) > 0;
    }
    if (!ok) {
        X509_free(cert);
        return makeError(ErrorCode::Io, tr("The signing certificate could not be made."));
    }
    return takeCertificate(cert);
}

} // namespace rakkan::credentials
