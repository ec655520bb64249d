#include "crypto/TimeStampToken.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <ctime>

namespace rakkan::crypto {
namespace {

PKCS7 *tokenFrom(QByteArrayView der, bool isResponse)
{
    const unsigned char *in = reinterpret_cast<const unsigned char *>(der.data());
    if (!isResponse)
        return d2i_PKCS7(nullptr, &in, long(der.size()));
    TS_RESP *response = d2i_TS_RESP(nullptr, &in, long(der.size()));
    if (!response)
        return nullptr;
    PKCS7 *token = TS_RESP_get_token(response);
    PKCS7 *copy = token ? PKCS7_dup(token) : nullptr;
    TS_RESP_free(response);
    return copy;
}

std::optional<TimeStampToken> read(QByteArrayView der, bool isResponse)
{
    PKCS7 *token = tokenFrom(der, isResponse);
    if (!token)
        return std::nullopt;
    TS_TST_INFO *info = PKCS7_to_TS_TST_INFO(token);
    std::optional<TimeStampToken> result;
    if (info) {
        TimeStampToken stamp;
        struct tm parts = {};
        const ASN1_GENERALIZEDTIME *time = TS_TST_INFO_get_time(info);
        if (time && ASN1_TIME_to_tm(time, &parts) == 1)
            stamp.time = QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                                   QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
        TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(info);
        const ASN1_OCTET_STRING *message = imprint ? TS_MSG_IMPRINT_get_msg(imprint) : nullptr;
        const X509_ALGOR *algorithm = imprint ? TS_MSG_IMPRINT_get_algo(imprint) : nullptr;
        if (message)
            stamp.imprint =
                QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(message)), ASN1_STRING_length(message));
        if (algorithm) {
            const ASN1_OBJECT *object = nullptr;
            X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
            stamp.imprintAlgorithm = QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(object))).toLower();
        }
        STACK_OF(X509) *certs = PKCS7_get0_signers(token, nullptr, 0);
        if (certs && sk_X509_num(certs) > 0) {
            char name[256] = {};
            X509_NAME_get_text_by_NID(X509_get_subject_name(sk_X509_value(certs, 0)), NID_commonName, name,
                                      sizeof name);
            stamp.authority = QString::fromUtf8(name);
        }
        sk_X509_free(certs);
        if (stamp.time.isValid() && !stamp.imprint.isEmpty())
            result = stamp;
        TS_TST_INFO_free(info);
    }
    PKCS7_free(token);
    return result;
}

// The system's anchors, loaded once: reading the whole bundle for every file would dominate a folder's check. An
// X509_STORE is safe to share between threads once filled.
X509_STORE *systemStore()
{
    static X509_STORE *const store = [] {
        X509_STORE *s = X509_STORE_new();
        if (s && X509_STORE_set_default_paths(s) != 1) {
            X509_STORE_free(s);
            s = nullptr;
        }
        return s;
    }();
    return store;
}

} // namespace

std::optional<TimeStampToken> TimeStampToken::fromToken(QByteArrayView der)
{
    return read(der, false);
}

std::optional<TimeStampToken> TimeStampToken::fromResponse(QByteArrayView der)
{
    return read(der, true);
}

bool TimeStampToken::signatureVerifies(QByteArrayView tokenDer, bool isResponse)
{
    PKCS7 *token = tokenFrom(tokenDer, isResponse);
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    X509_STORE *store = systemStore();
    bool ok = false;
    if (token && ctx && store && X509_STORE_up_ref(store) == 1) {
        TS_VERIFY_CTX_set_flags(ctx, TS_VFY_SIGNATURE);
        TS_VERIFY_CTX_set_store(ctx, store); // the context releases its reference when it is freed
        ok = TS_RESP_verify_token(ctx, token) == 1;
    }
    TS_VERIFY_CTX_free(ctx);
    PKCS7_free(token);
    return ok;
}

QByteArray TimeStampToken::hashWithImprintAlgorithm(QByteArrayView data) const
{
    const EVP_MD *md = EVP_get_digestbyname(imprintAlgorithm.toLatin1().constData());
    if (!md ||
        (EVP_MD_get_type(md) != NID_sha256 && EVP_MD_get_type(md) != NID_sha384 && EVP_MD_get_type(md) != NID_sha512))
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

std::optional<TimeStampQuery> TimeStampQuery::forSha256(QByteArrayView digest)
{
    if (digest.size() != 32)
        return std::nullopt;
    TimeStampQuery query;
    unsigned char nonce[8];
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        return std::nullopt;
    nonce[0] &= 0x7F; // a positive INTEGER
    nonce[0] |= 0x40; // and of full length, so its encoding is the bytes themselves
    query.nonce = QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce);

    TS_REQ *request = TS_REQ_new();
    TS_MSG_IMPRINT *imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR *algorithm = X509_ALGOR_new();
    BIGNUM *bn = BN_bin2bn(nonce, sizeof nonce, nullptr);
    ASN1_INTEGER *nonceInteger = bn ? BN_to_ASN1_INTEGER(bn, nullptr) : nullptr;
    bool ok = request && imprint && algorithm && nonceInteger && TS_REQ_set_version(request, 1) == 1 &&
              X509_ALGOR_set0(algorithm, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) == 1 &&
              TS_MSG_IMPRINT_set_algo(imprint, algorithm) == 1 &&
              TS_MSG_IMPRINT_set_msg(imprint, reinterpret_cast<unsigned char *>(const_cast<char *>(digest.data())),
                                     int(digest.size())) == 1 &&
              TS_REQ_set_msg_imprint(request, imprint) == 1 && TS_REQ_set_nonce(request, nonceInteger) == 1 &&
              TS_REQ_set_cert_req(request, 1) == 1;
    if (ok) {
        unsigned char *out = nullptr;
        const int length = i2d_TS_REQ(request, &out);
        ok = length > 0;
        if (ok)
            query.der = QByteArray(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
    }
    ASN1_INTEGER_free(nonceInteger);
    BN_free(bn);
    X509_ALGOR_free(algorithm);
    TS_MSG_IMPRINT_free(imprint);
    TS_REQ_free(request);
    return ok ? std::optional<TimeStampQuery>(query) : std::nullopt;
}

TimeStampReply TimeStampReply::check(QByteArrayView der, bool isResponse, QByteArrayView sha256Digest,
                                     QByteArrayView anchorsPem, QByteArrayView nonce)
{
    TimeStampReply reply;
    PKCS7 *token = nullptr;
    const unsigned char *in = reinterpret_cast<const unsigned char *>(der.data());
    if (isResponse) {
        TS_RESP *response = d2i_TS_RESP(nullptr, &in, long(der.size()));
        if (!response)
            return reply;
        TS_STATUS_INFO *status = TS_RESP_get_status_info(response);
        const long code = status ? ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status)) : -1;
        if (code != 0 && code != 1) {
            reply.failure = TimeStampFailure::NotGranted;
            const STACK_OF(ASN1_UTF8STRING) *text = status ? TS_STATUS_INFO_get0_text(status) : nullptr;
            for (int i = 0; text && i < sk_ASN1_UTF8STRING_num(text); ++i) {
                const ASN1_UTF8STRING *line = sk_ASN1_UTF8STRING_value(text, i);
                reply.statusText += QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(line)),
                                                      ASN1_STRING_length(line))
                                        .left(200);
            }
            TS_RESP_free(response);
            return reply;
        }
        PKCS7 *inside = TS_RESP_get_token(response);
        token = inside ? PKCS7_dup(inside) : nullptr;
        TS_RESP_free(response);
    } else {
        token = d2i_PKCS7(nullptr, &in, long(der.size()));
    }
    if (!token)
        return reply;
    unsigned char *tokenOut = nullptr;
    const int tokenLength = i2d_PKCS7(token, &tokenOut);
    if (tokenLength > 0)
        reply.tokenDer = QByteArray(reinterpret_cast<const char *>(tokenOut), tokenLength);
    OPENSSL_free(tokenOut);
    reply.token = TimeStampToken::fromToken(reply.tokenDer);
    if (PKCS7_type_is_signed(token) && token->d.sign && token->d.sign->cert) {
        BIO *bio = BIO_new(BIO_s_mem());
        for (int i = 0; bio && i < sk_X509_num(token->d.sign->cert); ++i)
            PEM_write_bio_X509(bio, sk_X509_value(token->d.sign->cert, i));
        char *data = nullptr;
        const long length = bio ? BIO_get_mem_data(bio, &data) : 0;
        reply.certificatesPem = QByteArray(data, int(length));
        BIO_free(bio);
    }
    if (!reply.token) {
        PKCS7_free(token);
        return reply;
    }

    // The signature, against the anchors given and nothing else.
    X509_STORE *store = X509_STORE_new();
    BIO *anchors = BIO_new_mem_buf(anchorsPem.data(), int(anchorsPem.size()));
    int anchorCount = 0;
    while (store && anchors) {
        X509 *cert = PEM_read_bio_X509(anchors, nullptr, nullptr, nullptr);
        if (!cert)
            break;
        anchorCount += X509_STORE_add_cert(store, cert) == 1;
        X509_free(cert);
    }
    BIO_free(anchors);
    bool signatureOk = false;
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    if (store && ctx && anchorCount > 0) {
        X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN);
        // The chain as it stood when the authority signed: a bag stays checkable after its certificate expires.
        X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store), time_t(reply.token->time.toSecsSinceEpoch()));
        TS_VERIFY_CTX_set_flags(ctx, TS_VFY_SIGNATURE);
        TS_VERIFY_CTX_set_store(ctx, store); // owned by the context from here
        store = nullptr;
        signatureOk = TS_RESP_verify_token(ctx, token) == 1;
    }
    TS_VERIFY_CTX_free(ctx);
    X509_STORE_free(store);

    QByteArray tokenNonce;
    if (TS_TST_INFO *info = PKCS7_to_TS_TST_INFO(token)) {
        if (const ASN1_INTEGER *n = TS_TST_INFO_get_nonce(info)) {
            BIGNUM *bn = ASN1_INTEGER_to_BN(n, nullptr);
            if (bn) {
                tokenNonce.resize(BN_num_bytes(bn));
                BN_bn2bin(bn, reinterpret_cast<unsigned char *>(tokenNonce.data()));
                BN_free(bn);
            }
        }
        TS_TST_INFO_free(info);
    }
    PKCS7_free(token);

    if (reply.token->imprintAlgorithm != QLatin1String("sha256") || reply.token->imprint != sha256Digest)
        reply.failure = TimeStampFailure::OtherDigest;
    else if (!nonce.isEmpty() && tokenNonce != nonce)
        reply.failure = TimeStampFailure::NonceChanged;
    else if (!signatureOk)
        reply.failure = TimeStampFailure::Signature;
    else
        reply.failure = TimeStampFailure::None;
    return reply;
}

} // namespace rakkan::crypto
