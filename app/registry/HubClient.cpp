#include "registry/HubClient.h"

#include "crypto/Jcs.h"
#include "registry/DataIntegrity.h"
#include "registry/IsccId.h"

#include <QJsonDocument>

#include <curl/curl.h>

#include <mutex>

namespace rakkan::registry {

namespace {

struct Transfer
{
    QByteArray body;
    bool tooLarge = false;
    int retryAfter = 0;
};

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->body.size() + qsizetype(n) > HubClient::kMaxAnswerBytes) {
        t->tooLarge = true;
        return 0; // aborts the transfer
    }
    t->body.append(data, qsizetype(n));
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.toLower().startsWith("retry-after:"))
        t->retryAfter = std::clamp(line.mid(12).trimmed().toInt(), 0, 3600);
    return size * count;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

HubClient::HubClient(HubEndpoint endpoint) : m_endpoint(std::move(endpoint))
{
    initCurlOnce();
    m_curl = curl_easy_init();
}

HubClient::~HubClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

HubClient::Raw HubClient::perform(const QString &path, const QByteArray *postBody, bool force)
{
    Raw raw;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        raw.curlCode = -1;
        raw.curlMessage = tr("The network library could not start.");
        return raw;
    }
    curl_easy_reset(curl);
    Transfer transfer;
    const QByteArray url = (m_endpoint.url + path).toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray ca = m_endpoint.caFile.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_endpoint.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_endpoint.timeoutMs, 10000)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Rakkan/" RAKKAN_VERSION);
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Accept: application/json");
    if (force)
        headers = curl_slist_append(headers, "X-Force-Declaration: true");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (postBody) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, postBody->constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(postBody->size()));
    }
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &raw.status);
    raw.body = transfer.body;
    raw.retryAfter = transfer.retryAfter;
    raw.curlCode = int(code);
    if (code != CURLE_OK)
        raw.curlMessage = transfer.tooLarge ? tr("The hub's answer is larger than %1 bytes.").arg(kMaxAnswerBytes)
                                            : QString::fromUtf8(curl_easy_strerror(code));
    if (transfer.tooLarge)
        raw.curlCode = -2;
    return raw;
}

Result<QString> HubClient::verifyReceipt(const QJsonObject &receipt, const QByteArray &hubKey, int hubId,
                                         const QJsonObject &expectedNote)
{
    RAKKAN_TRY(DataIntegrity::verify(receipt, hubKey));
    const QJsonObject declaration =
        receipt.value(QStringLiteral("credentialSubject")).toObject().value(QStringLiteral("declaration")).toObject();
    const QString isccId = declaration.value(QStringLiteral("iscc_id")).toString();
    auto id = IsccId::parse(isccId);
    if (!id.ok() || id->hubId != hubId)
        return makeError(ErrorCode::Corrupt,
                         tr("The receipt's ISCC-ID \"%1\" was not issued by hub %2.").arg(isccId).arg(hubId));
    if (!expectedNote.isEmpty()) {
        const auto a = crypto::Jcs::canonicalize(QJsonValue(declaration.value(QStringLiteral("iscc_note")).toObject()));
        const auto b = crypto::Jcs::canonicalize(QJsonValue(expectedNote));
        if (!a.ok() || !b.ok() || *a != *b)
            return makeError(ErrorCode::Corrupt, tr("The receipt is for another declaration than the one sent."));
    }
    return isccId;
}

HubReply HubClient::classify(const Raw &raw, const QJsonObject &sentNote)
{
    HubReply r;
    r.status = int(raw.status);
    r.body = raw.body;
    if (raw.curlCode != 0) {
        const int c = raw.curlCode;
        const bool tls = c == CURLE_PEER_FAILED_VERIFICATION || c == CURLE_SSL_CACERT_BADFILE ||
                         c == CURLE_SSL_CERTPROBLEM || c == CURLE_SSL_CONNECT_ERROR || c == CURLE_SSL_ISSUER_ERROR ||
                         c == CURLE_SSL_PINNEDPUBKEYNOTMATCH;
        if (tls) {
            r.kind = HubReply::Kind::Failed;
            r.code = QStringLiteral("tls");
            r.message = tr("The hub's certificate is not trusted for this address (%1). Nothing was sent.")
                            .arg(raw.curlMessage);
        } else if (c == -2) {
            r.kind = HubReply::Kind::Failed;
            r.code = QStringLiteral("oversized_answer");
            r.message = raw.curlMessage;
        } else {
            r.kind = HubReply::Kind::Retry;
            r.code = c == CURLE_OPERATION_TIMEDOUT ? QStringLiteral("timeout") : QStringLiteral("network");
            r.message = tr("The hub could not be reached or did not answer (%1).").arg(raw.curlMessage);
        }
        return r;
    }
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(raw.body, &parseError).object();
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    r.code = error.value(QStringLiteral("code")).toString();
    r.message = error.value(QStringLiteral("message")).toString();
    r.field = error.value(QStringLiteral("field")).toString();
    if (r.status == 429 || r.status >= 500) {
        r.kind = HubReply::Kind::Retry;
        r.retryAfterSeconds = raw.retryAfter;
        if (r.message.isEmpty())
            r.message = tr("The hub is busy or failing (HTTP %1); Rakkan will try again.").arg(r.status);
        return r;
    }
    if (parseError.error != QJsonParseError::NoError) {
        r.kind = HubReply::Kind::Failed;
        r.code = QStringLiteral("garbled_answer");
        r.message = tr("The hub answered HTTP %1 with something that is not JSON.").arg(r.status);
        return r;
    }
    if (r.status == 201 || (r.status == 200 && body.contains(QStringLiteral("proof")))) {
        auto id = verifyReceipt(body, m_endpoint.hubKey, m_endpoint.hubId, sentNote);
        if (!id.ok()) {
            r.kind = HubReply::Kind::Failed;
            r.code = QStringLiteral("bad_receipt");
            r.message = id.error().message;
            return r;
        }
        r.kind = HubReply::Kind::Declared;
        r.receipt = body;
        r.isccId = *id;
        return r;
    }
    if (r.status == 409 || r.code == QLatin1String("nonce_reuse")) {
        r.kind = HubReply::Kind::Duplicate;
        r.existingIsccId = error.value(QStringLiteral("existing_iscc_id")).toString();
        r.existingActor = error.value(QStringLiteral("existing_actor")).toString();
        return r;
    }
    if (r.status == 400 || r.status == 401 || r.status == 404 || r.status == 413 || r.status == 422) {
        r.kind = HubReply::Kind::Rejected;
        if (r.message.isEmpty())
            r.message = tr("The hub refused the declaration (HTTP %1).").arg(r.status);
        return r;
    }
    r.kind = HubReply::Kind::Failed;
    r.code = QStringLiteral("unexpected_status");
    r.message = tr("The hub answered with an unexpected HTTP status %1.").arg(r.status);
    return r;
}

HubReply HubClient::declare(const QJsonObject &signedNote, bool force)
{
    const QByteArray body = QJsonDocument(signedNote).toJson(QJsonDocument::Compact);
    return classify(perform(QStringLiteral("/declaration"), &body, force), signedNote);
}

HubReply HubClient::receipt(const QString &isccId, const QJsonObject &expectedNote)
{
    return classify(perform(QStringLiteral("/declaration/") + isccId, nullptr, false), expectedNote);
}

Result<QJsonObject> HubClient::info()
{
    const Raw raw = perform(QStringLiteral("/hub"), nullptr, false);
    if (raw.curlCode != 0)
        return makeError(ErrorCode::Io, tr("The hub could not be reached: %1").arg(raw.curlMessage));
    const QJsonObject o = QJsonDocument::fromJson(raw.body).object();
    if (raw.status != 200 || !o.contains(QStringLiteral("public_key")))
        return makeError(ErrorCode::InvalidArgument, tr("This server does not describe itself as an ISCC hub."));
    return o;
}

} // namespace rakkan::registry
