#include "crypto/TimeStampToken.h"

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
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

} // namespace rakkan::crypto
